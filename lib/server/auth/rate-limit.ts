// Fixed-window counters in the RateLimit table (they survive restarts). A caller reserves a
// slot BEFORE doing the costly or guessable thing (hashing a password, looking a code up):
// the check and the increment are one synchronous transaction under the database lock, so a
// burst of concurrent requests cannot all pass the check before any of them is counted.
// The caller then keeps the slot (a failure) or releases it (an outcome that must not count).
import "server-only";
import { prisma, withDbTransaction, type SqlTx } from "@/lib/db";
import { fromSqlDate, toNumber, toSqlDate } from "@/lib/server/attempts/sql-values";

export interface Window {
  max: number;
  windowMs: number;
}

/** A slot taken in `key`'s window; `windowEnd` identifies the window it was taken in. */
export interface Reservation {
  key: string;
  windowEnd: string;
}

export type Db = SqlTx;
type Row = { count: bigint | number; windowEnd: unknown } | undefined;

/** The slot `key` would get now, or null when its window is full (reads only). */
export async function nextSlot(db: Db, key: string, w: Window, now: Date): Promise<{ fresh: boolean; windowEnd: string } | null> {
  const row = (await db.prepare(`SELECT count, windowEnd FROM RateLimit WHERE key = ?`).get(key)) as Row;
  const end = row ? fromSqlDate(row.windowEnd) : null;
  if (!row || !end || end.getTime() <= now.getTime()) return { fresh: true, windowEnd: toSqlDate(new Date(now.getTime() + w.windowMs)) };
  return toNumber(row.count) >= w.max ? null : { fresh: false, windowEnd: String(row.windowEnd) };
}

/** `nextSlot` for each bucket, in order. */
export async function nextSlots(db: Db, buckets: { key: string; window: Window }[], now: Date) {
  const slots: { key: string; slot: { fresh: boolean; windowEnd: string } | null }[] = [];
  for (const b of buckets) slots.push({ key: b.key, slot: await nextSlot(db, b.key, b.window, now) });
  return slots;
}

/** `takeSlot` for each slot `nextSlots` found (none of them null). */
export async function takeSlots(db: Db, slots: { key: string; slot: { fresh: boolean; windowEnd: string } | null }[]): Promise<void> {
  for (const s of slots) await takeSlot(db, s.key, s.slot!);
}

/**
 * Takes one slot in every window when each has fewer than `max` taken (a window whose time
 * ended starts again at zero), all in one transaction; null, and nothing taken, when any is full.
 */
export function reserveAll(limits: { key: string; window: Window }[], now = new Date()): Promise<Reservation[] | null> {
  return withDbTransaction(async (db): Promise<Reservation[] | null> => {
    const slots = [];
    for (const { key, window } of limits) slots.push({ key, slot: await nextSlot(db, key, window, now) });
    if (slots.some((s) => !s.slot)) return null;
    const taken: Reservation[] = [];
    for (const { key, slot } of slots) taken.push(await takeSlot(db, key, slot!));
    return taken;
  });
}

/** Writes the slot `nextSlot` found; call it in the same transaction. */
export async function takeSlot(db: Db, key: string, slot: { fresh: boolean; windowEnd: string }): Promise<Reservation> {
  if (slot.fresh) {
    await db.prepare(
      `INSERT INTO RateLimit (key, count, windowEnd) VALUES (?, 1, ?)
       ON CONFLICT(key) DO UPDATE SET count = 1, windowEnd = excluded.windowEnd`,
    ).run(key, slot.windowEnd);
  } else {
    await db.prepare(`UPDATE RateLimit SET count = count + 1 WHERE key = ?`).run(key);
  }
  return { key, windowEnd: slot.windowEnd };
}

export async function reserve(key: string, w: Window, now = new Date()): Promise<Reservation | null> {
  return (await reserveAll([{ key, window: w }], now))?.[0] ?? null;
}

/** Gives slots back (each only if its window is still the current one). */
export async function release(reservations: Reservation[]): Promise<void> {
  if (!reservations.length) return;
  await withDbTransaction(async (db) => {
    const stmt = db.prepare(`UPDATE RateLimit SET count = count - 1 WHERE key = ? AND windowEnd = ? AND count > 0`);
    for (const r of reservations) await stmt.run(r.key, r.windowEnd);
  });
}

export async function clearFailures(key: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key } });
}
