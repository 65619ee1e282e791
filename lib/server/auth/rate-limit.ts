// Fixed-window counters in the RateLimit table (they survive restarts). A caller reserves a
// slot BEFORE doing the costly or guessable thing (hashing a password, looking a code up):
// the check and the increment are one synchronous transaction under the database lock, so a
// burst of concurrent requests cannot all pass the check before any of them is counted.
// The caller then keeps the slot (a failure) or releases it (an outcome that must not count).
import "server-only";
import { prisma, withSyncTransaction } from "@/lib/db";
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

export type Db = Parameters<Parameters<typeof withSyncTransaction>[0]>[0];
type Row = { count: bigint | number; windowEnd: unknown } | undefined;

/** The slot `key` would get now, or null when its window is full (reads only). */
export function nextSlot(db: Db, key: string, w: Window, now: Date): { fresh: boolean; windowEnd: string } | null {
  const row = db.prepare(`SELECT count, windowEnd FROM RateLimit WHERE key = ?`).get(key) as Row;
  const end = row ? fromSqlDate(row.windowEnd) : null;
  if (!row || !end || end.getTime() <= now.getTime()) return { fresh: true, windowEnd: toSqlDate(new Date(now.getTime() + w.windowMs)) };
  return toNumber(row.count) >= w.max ? null : { fresh: false, windowEnd: String(row.windowEnd) };
}

/**
 * Takes one slot in every window when each has fewer than `max` taken (a window whose time
 * ended starts again at zero), all in one transaction; null, and nothing taken, when any is full.
 */
export function reserveAll(limits: { key: string; window: Window }[], now = new Date()): Promise<Reservation[] | null> {
  return withSyncTransaction((db): Reservation[] | null => {
    const slots = limits.map(({ key, window }) => ({ key, slot: nextSlot(db, key, window, now) }));
    if (slots.some((s) => !s.slot)) return null;
    return slots.map(({ key, slot }) => takeSlot(db, key, slot!));
  });
}

/** Writes the slot `nextSlot` found; call it in the same transaction. */
export function takeSlot(db: Db, key: string, slot: { fresh: boolean; windowEnd: string }): Reservation {
  if (slot.fresh) {
    db.prepare(
      `INSERT INTO RateLimit (key, count, windowEnd) VALUES (?, 1, ?)
       ON CONFLICT(key) DO UPDATE SET count = 1, windowEnd = excluded.windowEnd`,
    ).run(key, slot.windowEnd);
  } else {
    db.prepare(`UPDATE RateLimit SET count = count + 1 WHERE key = ?`).run(key);
  }
  return { key, windowEnd: slot.windowEnd };
}

export async function reserve(key: string, w: Window, now = new Date()): Promise<Reservation | null> {
  return (await reserveAll([{ key, window: w }], now))?.[0] ?? null;
}

/** Gives slots back (each only if its window is still the current one). */
export async function release(reservations: Reservation[]): Promise<void> {
  if (!reservations.length) return;
  await withSyncTransaction((db) => {
    const stmt = db.prepare(`UPDATE RateLimit SET count = count - 1 WHERE key = ? AND windowEnd = ? AND count > 0`);
    for (const r of reservations) stmt.run(r.key, r.windowEnd);
  });
}

export async function clearFailures(key: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key } });
}
