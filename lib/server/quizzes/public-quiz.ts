// Public (no sign-in) reads of published quizzes: only fields a student may see.
import "server-only";
import { prisma } from "@/lib/db";
import { closeQuizzesPastDeadline } from "./quiz-deadline";
import { normaliseJoinCode } from "@/lib/quiz/join-code";

export interface PublicQuizSummary {
  id: string;
  title: string;
  joinCode: string;
  language: string;
  articleTitle: string;
  questionCount: number;
  timeLimitSec: number | null;
  attemptsAllowed: number;
  /** published | closed (drafts are never returned). */
  status: string;
}

const summarySelect = {
  id: true,
  title: true,
  joinCode: true,
  language: true,
  timeLimitSec: true,
  attemptsAllowed: true,
  status: true,
  article: { select: { title: true } },
  _count: { select: { questions: true } },
} as const;

type SummaryRow = {
  id: string;
  title: string;
  joinCode: string | null;
  language: string;
  timeLimitSec: number | null;
  attemptsAllowed: number;
  status: string;
  article: { title: string };
  _count: { questions: number };
};

function toSummary(q: SummaryRow): PublicQuizSummary {
  return {
    id: q.id,
    title: q.title,
    joinCode: q.joinCode ?? "",
    language: q.language,
    articleTitle: q.article.title,
    questionCount: q._count.questions,
    timeLimitSec: q.timeLimitSec,
    attemptsAllowed: q.attemptsAllowed,
    status: q.status,
  };
}

export async function getDemoQuiz(): Promise<PublicQuizSummary | null> {
  const q = await prisma.quiz.findFirst({
    where: { isDemo: true, status: "published" },
    orderBy: { createdAt: "asc" },
    select: summarySelect,
  });
  return q ? toSummary(q) : null;
}

/** A published quiz by join code; closed and unknown codes look the same to the caller. */
export async function getOpenQuizByCode(code: string): Promise<PublicQuizSummary | null> {
  const joinCode = normaliseJoinCode(code);
  if (!joinCode) return null;
  await closeQuizzesPastDeadline();
  const q = await prisma.quiz.findFirst({ where: { joinCode, status: "published" }, select: summarySelect });
  return q ? toSummary(q) : null;
}

/**
 * A published or closed quiz by join code. Callers must show a closed quiz only to a device
 * that already joined it (to read its results), and treat it as unknown otherwise.
 */
export async function getStartedQuizByCode(code: string): Promise<PublicQuizSummary | null> {
  const joinCode = normaliseJoinCode(code);
  if (!joinCode) return null;
  await closeQuizzesPastDeadline();
  const q = await prisma.quiz.findFirst({
    where: { joinCode, status: { in: ["published", "closed"] } },
    select: summarySelect,
  });
  return q ? toSummary(q) : null;
}

/** The article of a published or closed quiz (students may read it while answering). */
export async function getQuizArticle(quizId: string): Promise<{ title: string; text: string; language: string } | null> {
  const q = await prisma.quiz.findFirst({
    where: { id: quizId, status: { in: ["published", "closed"] } },
    select: { article: { select: { title: true, text: true, language: true } } },
  });
  return q?.article ?? null;
}
