// `npm run backup [-- --out DIR]`: online, verified snapshot of the database.
// Restore: stop the app, copy the snapshot to the DATABASE_URL file (remove any -wal/-shm), start.
import path from "node:path";
import { databaseFile, isPostgresUrl } from "../lib/database-url";
import { backupDatabase } from "../lib/ops/backup";

const outIndex = process.argv.indexOf("--out");
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : process.env.BACKUP_DIR || "backups";

if (isPostgresUrl(process.env.DATABASE_URL)) {
  // PostgreSQL has its own online, consistent dump (README "Several processes: PostgreSQL").
  console.error(
    'backup: DATABASE_URL is PostgreSQL. Use pg_dump instead:\n  pg_dump --format=custom --file=actuquiz-$(date +%F).dump "$DATABASE_URL"\n' +
      'Restore into an empty database: pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" actuquiz-YYYY-MM-DD.dump',
  );
  process.exit(2);
}

try {
  const report = backupDatabase(databaseFile(), path.resolve(outDir));
  console.log(JSON.stringify(report, null, 2));
} catch (e) {
  console.error(`backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
