// PostgreSQL connection settings from a postgresql:// URL, as separate fields: a pg Pool given a
// connectionString ignores a `database` override, which made Prisma's shadow database reuse the
// main one (prisma/orm#27403). A `host` query parameter names a Unix socket folder.
import type { PoolConfig } from "pg";

export function pgConfig(url: string): PoolConfig {
  const u = new URL(url);
  const socketHost = u.searchParams.get("host");
  return {
    host: socketHost || decodeURIComponent(u.hostname) || "localhost",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || undefined,
  };
}
