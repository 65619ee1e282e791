// Online, verified snapshot of the SQLite database. VACUUM INTO reads a consistent snapshot
// while the app keeps writing (WAL), then the copy is checked before it is reported good.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export interface BackupReport {
  file: string;
  bytes: number;
  integrity: string;
  rowCounts: Record<string, number>;
  ms: number;
}

const TABLES = ["Teacher", "Article", "Quiz", "Question", "Participant", "Attempt", "Response"] as const;

function countRows(db: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of TABLES) counts[t] = Number((db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n);
  return counts;
}

function timestamp(d = new Date()): string {
  return d.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

export function backupDatabase(sourceFile: string, targetDir: string): BackupReport {
  const t0 = performance.now();
  fs.mkdirSync(targetDir, { recursive: true });
  let file = path.join(targetDir, `actuquiz-${timestamp()}.db`);
  for (let i = 1; fs.existsSync(file); i++) file = path.join(targetDir, `actuquiz-${timestamp()}-${i}.db`);

  const source = new Database(sourceFile, { readonly: true, fileMustExist: true });
  source.pragma("busy_timeout = 5000");
  let before: Record<string, number>;
  try {
    before = countRows(source);
    source.prepare("VACUUM INTO ?").run(file);
  } finally {
    source.close();
  }

  const copy = new Database(file, { fileMustExist: true });
  try {
    const integrity = String(copy.pragma("integrity_check", { simple: true }));
    const fk = copy.pragma("foreign_key_check") as unknown[];
    const rowCounts = countRows(copy);
    const problems: string[] = [];
    if (integrity !== "ok") problems.push(`integrity_check: ${integrity}`);
    if (fk.length) problems.push(`${fk.length} foreign key violations`);
    for (const t of TABLES) if (rowCounts[t] < before[t]) problems.push(`${t}: ${rowCounts[t]} rows < ${before[t]} at start`);
    if (problems.length) throw new Error(`Backup ${file} failed verification: ${problems.join("; ")}`);
    return { file, bytes: fs.statSync(file).size, integrity, rowCounts, ms: Math.round(performance.now() - t0) };
  } finally {
    copy.close();
  }
}
