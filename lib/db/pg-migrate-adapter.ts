// The adapter the Prisma CLI uses on PostgreSQL (prisma.config.ts). @prisma/adapter-pg 6.19 as
// shipped fails `migrate deploy` / `migrate diff` with the JS schema engine (prisma/orm#27403):
// it cannot type the catalog's `name` and `"char"` columns, and its shadow database reuses the
// main one when given a connection string and is dropped while its pool is still open. This
// wrapper relabels those columns as text, passes the settings field by field (pgConfig) and
// closes the shadow pool before dropping the database.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { pgConfig } from "./pg-config";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

type PerformIO = (q: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;

function relabelCatalogTypes<T extends object>(queryable: T): T {
  const target = queryable as unknown as { performIO: PerformIO; startTransaction?: (l?: unknown) => Promise<object> };
  const performIO = target.performIO.bind(target);
  target.performIO = async (q) => {
    const result = await performIO(q);
    for (const f of result.fields) if (f.dataTypeID === NAME_OID || f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID;
    return result;
  };
  if (target.startTransaction) {
    const start = target.startTransaction.bind(target);
    target.startTransaction = async (level) => relabelCatalogTypes(await start(level));
  }
  return queryable;
}

export function pgMigrateAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const config = pgConfig(url);
  const inner = new PrismaPg(config);
  return {
    provider: "postgres",
    adapterName: inner.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      return relabelCatalogTypes(await inner.connect());
    },
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const database = `prisma_shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
      const admin = new pg.Client(config);
      await admin.connect();
      await admin.query(`CREATE DATABASE "${database}"`);
      await admin.end();
      const pool = new pg.Pool({ ...config, database });
      const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose(); // ends the pool first: PostgreSQL refuses to drop a database in use
        const drop = new pg.Client(config);
        await drop.connect();
        await drop.query(`DROP DATABASE IF EXISTS "${database}"`);
        await drop.end();
      };
      return relabelCatalogTypes(adapter);
    },
  };
}
