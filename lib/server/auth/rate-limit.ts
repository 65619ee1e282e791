// Fixed-window failure counters in the RateLimit table (they survive restarts). Sign-in
// checks them before any password hash is computed.
import "server-only";
import { prisma } from "@/lib/db";

export interface Window {
  max: number;
  windowMs: number;
}

/** True when `key` has reached its ceiling in the current window. */
export async function isLimited(key: string, w: Window, now = new Date()): Promise<boolean> {
  const row = await prisma.rateLimit.findUnique({ where: { key } });
  return !!row && row.windowEnd.getTime() > now.getTime() && row.count >= w.max;
}

/** Counts one failure for `key`, opening a new window when the previous one ended. */
export async function recordFailure(key: string, w: Window, now = new Date()): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key } });
    if (!row || row.windowEnd.getTime() <= now.getTime()) {
      const windowEnd = new Date(now.getTime() + w.windowMs);
      await tx.rateLimit.upsert({ where: { key }, create: { key, count: 1, windowEnd }, update: { count: 1, windowEnd } });
      return 1;
    }
    const updated = await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
    return updated.count;
  });
}

export async function clearFailures(key: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key } });
}
