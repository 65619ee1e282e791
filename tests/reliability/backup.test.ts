// REL-7: an online snapshot taken while writes continue is complete and passes integrity_check.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { databaseFile } from "@/lib/database-url";
import { backupDatabase } from "@/lib/ops/backup";

describe("backup", () => {
  it("snapshots a live database under concurrent writes and verifies the copy", async () => {
    const teacher = await prisma.teacher.create({ data: { email: "bk@example.test", name: "B", passwordHash: "x" } });
    await prisma.article.createMany({
      data: Array.from({ length: 200 }, (_, i) => ({ teacherId: teacher.id, title: `a${i}`, text: "été « 2 030 »", language: "fr", contentHash: "h" })),
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aq-backup-"));
    const writes = Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        prisma.article.create({ data: { teacherId: teacher.id, title: `w${i}`, text: "x", language: "fr", contentHash: "h" } }),
      ),
    );
    const report = backupDatabase(databaseFile(), dir);
    await writes;
    expect(report.integrity).toBe("ok");
    expect(report.rowCounts.Article).toBeGreaterThanOrEqual(200);
    const copy = new Database(report.file, { readonly: true });
    const row = copy.prepare("SELECT text FROM Article WHERE title = 'a7'").get() as { text: string };
    copy.close();
    expect(row.text).toBe("été « 2 030 »");
  });

  it("refuses to report a missing database as backed up", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aq-backup-"));
    expect(() => backupDatabase(path.join(dir, "nope.db"), dir)).toThrow();
  });
});
