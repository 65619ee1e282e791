// How many attempts a device has used on a quiz: those of every participant it joined as.
// Participants from before device cookies existed (no deviceHash) count on their own.
import "server-only";
import { prisma, type SqlTx } from "@/lib/db";
import { toNumber } from "./sql-values";

export async function deviceAttemptCount(db: SqlTx, participantId: string, quizId: string, deviceHash: string | null): Promise<number> {
  const row = (await (
    deviceHash
      ? db
          .prepare(`SELECT COUNT(*) AS n FROM Attempt a JOIN Participant p ON p.id = a.participantId WHERE p.quizId = ? AND p.deviceHash = ?`)
          .get(quizId, deviceHash)
      : db.prepare(`SELECT COUNT(*) AS n FROM Attempt WHERE participantId = ?`).get(participantId)
  )) as { n: bigint | number };
  return toNumber(row.n);
}

/** The same count through Prisma, for pages. */
export async function attemptsUsedOnDevice(participantId: string): Promise<number> {
  const p = await prisma.participant.findUnique({ where: { id: participantId }, select: { quizId: true, deviceHash: true } });
  if (!p) return 0;
  return prisma.attempt.count({
    where: p.deviceHash ? { participant: { quizId: p.quizId, deviceHash: p.deviceHash } } : { participantId },
  });
}
