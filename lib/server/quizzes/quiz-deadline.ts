// A quiz's optional deadline (closesAt). Past it the quiz counts as closed; the status column
// catches up lazily, whenever a page or route looks the quiz up, in one guarded UPDATE.
import "server-only";
import { prisma } from "@/lib/db";

/** Submissions sent this long after the deadline are still taken (a slow phone network). */
export const DEADLINE_GRACE_MS = 30_000;

export async function closeQuizzesPastDeadline(now = new Date()): Promise<void> {
  await prisma.quiz.updateMany({
    where: { status: "published", closesAt: { lte: new Date(now.getTime() - DEADLINE_GRACE_MS) } },
    data: { status: "closed", closedAt: now },
  });
}

export type DeadlineParse = { ok: true; closesAt: Date | null } | { ok: false };

/**
 * The deadline typed in a form: the ISO instant the browser computed from its local time
 * (hidden field), or nothing for "no deadline". It must lie in the future and within a year.
 */
export function parseDeadline(iso: unknown, now = new Date()): DeadlineParse {
  if (iso === null || iso === undefined || iso === "") return { ok: true, closesAt: null };
  if (typeof iso !== "string" || iso.length > 40) return { ok: false };
  const at = new Date(iso);
  const t = at.getTime();
  if (!Number.isFinite(t) || t <= now.getTime() || t > now.getTime() + 366 * 24 * 3600 * 1000) return { ok: false };
  return { ok: true, closesAt: at };
}
