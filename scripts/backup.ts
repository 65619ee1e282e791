// `npm run backup [-- --out DIR]`: online, verified snapshot of the database.
// Restore: stop the app, copy the snapshot to the DATABASE_URL file (remove any -wal/-shm), start.
import path from "node:path";
import { databaseFile } from "../lib/database-url";
import { backupDatabase } from "../lib/ops/backup";

const outIndex = process.argv.indexOf("--out");
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : process.env.BACKUP_DIR || "backups";

try {
  const report = backupDatabase(databaseFile(), path.resolve(outDir));
  console.log(JSON.stringify(report, null, 2));
} catch (e) {
  console.error(`backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
