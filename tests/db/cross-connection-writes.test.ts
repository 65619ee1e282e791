// Several app processes share one SQLite file, each with its own connection. Two handles on one
// file stand in for two processes here (SQLite locks per connection): read-modify-write
// transactions on both must all commit, none failing with SQLITE_BUSY, and a process waiting
// for another's write lock must keep serving its other requests.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createDbHandle } from "@/lib/db/client";
import { databaseUrl } from "@/lib/database-url";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const a = createDbHandle(process.env.DATABASE_URL);
const b = createDbHandle(process.env.DATABASE_URL);

afterAll(async () => {
  await Promise.all([a.prisma.$disconnect(), b.prisma.$disconnect()]);
});

describe("write transactions across connections (BEGIN IMMEDIATE)", () => {
  it("interleaved read-then-write transactions on two connections all commit, none lost", async () => {
    await a.prisma.rateLimit.create({ data: { key: "xconn", count: 0, windowEnd: new Date() } });
    // Each reads the counter, yields, then writes it + 1. With a deferred BEGIN the second
    // writer's snapshot is stale and SQLite refuses its write (SQLITE_BUSY_SNAPSHOT).
    // maxWait: 20 transactions queue on each connection's in-process lock, which on a busy
    // machine can take longer than Prisma's 2 s default to reach.
    const increment = (h: typeof a) =>
      h.prisma.$transaction(
        async (tx) => {
          const row = await tx.rateLimit.findUniqueOrThrow({ where: { key: "xconn" } });
          await sleep(2);
          await tx.rateLimit.update({ where: { key: "xconn" }, data: { count: row.count + 1 } });
        },
        { maxWait: 60_000, timeout: 60_000 },
      );
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => increment(i % 2 ? b : a)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect((await b.prisma.rateLimit.findUniqueOrThrow({ where: { key: "xconn" } })).count).toBe(40);
  });

  it("waits for another connection's write lock without blocking the event loop", async () => {
    await a.prisma.$connect();
    const other = new Database(databaseUrl(process.env.DATABASE_URL).replace(/^file:/, ""));
    other.exec("BEGIN IMMEDIATE");
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(Date.now()), 5);
    let committed = false;
    const waiting = a.prisma.$transaction(async (tx) => {
      await tx.rateLimit.create({ data: { key: "xconn-wait", count: 1, windowEnd: new Date() } });
      committed = true;
    });
    // The other connection holds the lock until timers have run here several times.
    while (ticks.length < 10) await sleep(5);
    expect(committed).toBe(false);
    other.exec("COMMIT");
    other.close();
    await waiting;
    clearInterval(timer);
    expect(committed).toBe(true);
  });
});
