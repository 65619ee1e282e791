// One statement on the e2e database, opened and closed around it (the server writes in between).
import { openDb } from "./student-fixtures";

export function dbGet<T>(sql: string, ...args: unknown[]): T {
  const db = openDb();
  try {
    return db.prepare(sql).get(...args) as T;
  } finally {
    db.close();
  }
}

export function dbRun(sql: string, ...args: unknown[]): void {
  const db = openDb();
  try {
    db.prepare(sql).run(...args);
  } finally {
    db.close();
  }
}
