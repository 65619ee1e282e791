// REL-3: a query from one request must never run inside another request's open transaction
// on the single SQLite connection (dirty reads, or acknowledged writes lost on rollback).
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("REL-3 transaction isolation on one connection", () => {
  it("keeps concurrent writes out of a transaction that rolls back, and never shows its rows", async () => {
    const teacher = await prisma.teacher.create({ data: { email: "rel3@example.test", name: "R", passwordHash: "x" } });
    for (let round = 0; round < 5; round++) {
      const marker = `rolled-back-${round}`;
      const txA = prisma
        .$transaction(async (tx) => {
          await tx.article.create({ data: { teacherId: teacher.id, title: marker, text: "x", language: "fr", contentHash: "a" } });
          await sleep(50);
          throw new Error("abort A");
        })
        .catch((e: Error) => e.message);

      await sleep(5); // let A open its transaction first
      const sawX: boolean[] = [];
      const writesB = Array.from({ length: 40 }, (_, i) =>
        prisma.article
          .create({ data: { teacherId: teacher.id, title: `b-${round}-${i}`, text: "y", language: "fr", contentHash: "b" } })
          .then(async () => {
            sawX.push((await prisma.article.count({ where: { title: marker } })) > 0);
          }),
      );
      const [aResult] = await Promise.all([txA, ...writesB]);
      expect(aResult).toBe("abort A");
      expect(sawX.filter(Boolean)).toHaveLength(0);
      expect(await prisma.article.count({ where: { title: { startsWith: `b-${round}-` } } })).toBe(40);
      expect(await prisma.article.count({ where: { title: marker } })).toBe(0);
    }
  });
});
