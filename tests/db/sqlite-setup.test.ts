import { describe, expect, it } from "vitest";
import { prisma, readPragmas, withDbTransaction } from "@/lib/db";

describe("SQLite connection", () => {
  it("sets WAL, busy_timeout, foreign_keys and synchronous at boot", async () => {
    const p = await readPragmas();
    expect(p.journalMode).toBe("wal");
    expect(p.busyTimeout).toBe(5000);
    expect(p.foreignKeys).toBe(1);
    expect([1, 2]).toContain(p.synchronous);
    // 3.51.0 returned wrong results for nested EXISTS, which Prisma relation filters use.
    expect(p.sqliteVersion).not.toBe("3.51.0");
  });

  it("round-trips a teacher, an article and a quiz through Prisma", async () => {
    const teacher = await prisma.teacher.create({
      data: { email: "rt@example.test", name: "Round Trip", passwordHash: "x" },
    });
    const article = await prisma.article.create({
      data: { teacherId: teacher.id, title: "Titre « accentué »", text: "Texte été 2 030", language: "fr", contentHash: "h" },
    });
    const quiz = await prisma.quiz.create({
      data: { teacherId: teacher.id, articleId: article.id, title: "Quiz", language: "fr", joinCode: "RTRT22" },
    });
    const loaded = await prisma.quiz.findUniqueOrThrow({ where: { id: quiz.id }, include: { article: true } });
    expect(loaded.article.title).toBe("Titre « accentué »");
    expect(loaded.status).toBe("draft");
    await expect(
      prisma.quiz.create({ data: { teacherId: teacher.id, articleId: article.id, title: "B", language: "fr", joinCode: "RTRT22" } }),
    ).rejects.toThrow();
  });

  it("enforces foreign keys", async () => {
    await expect(
      prisma.article.create({ data: { teacherId: "missing", title: "t", text: "t", language: "fr", contentHash: "h" } }),
    ).rejects.toThrow();
  });

  it("rolls back a synchronous transaction entirely when it throws", async () => {
    const before = await prisma.teacher.count();
    await expect(
      withDbTransaction(async (db) => {
        await db.prepare("INSERT INTO Teacher (id, email, name, passwordHash, locale, createdAt) VALUES ('t1','a@b.c','n','h','fr',0)").run();
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await prisma.teacher.count()).toBe(before);
  });
});
