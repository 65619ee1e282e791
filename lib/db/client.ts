// Builds a Prisma client on the serialized SQLite adapter. Used by lib/db.ts (the app's
// singleton) and by scripts and tests, which cannot import "server-only" modules.
import { PrismaClient } from "../../generated/prisma/client";
import { databaseUrl } from "../database-url";
import { SerializedSqliteFactory, type SqliteSync } from "./serialized-adapter";

export interface DbHandle {
  prisma: PrismaClient;
  factory: SerializedSqliteFactory;
}

export function createDbHandle(rawUrl?: string, synchronous: SqliteSync = "NORMAL"): DbHandle {
  const factory = new SerializedSqliteFactory(databaseUrl(rawUrl), synchronous);
  const prisma = new PrismaClient({ adapter: factory });
  return { prisma, factory };
}
