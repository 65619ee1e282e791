// What a student's browser receives while taking a quiz. Built field by field from an
// allow-list: the answer, accepted spellings, explanation and evidence never leave the
// server before submission (research §1.2). Choice ids are opaque (lib/grading/choice-id).
import "server-only";
import type { QuestionKind } from "@/lib/generation/contract";
import { choiceId } from "@/lib/grading/choice-id";
import { prisma } from "@/lib/db";
import { seededShuffle } from "./seeded-shuffle";

export interface StudentChoice {
  id: string;
  text: string;
}

export interface StudentQuestion {
  id: string;
  kind: QuestionKind;
  prompt: string;
  /** Choices, true/false labels or ordering items in display order; null for free text. */
  choices: StudentChoice[] | null;
}

export interface StudentAttemptView {
  attemptId: string;
  attemptNumber: number;
  quiz: {
    joinCode: string;
    title: string;
    language: string;
    articleTitle: string;
    articleText: string;
  };
  startedAt: string;
  deadlineAt: string | null;
  /** Server clock when the page was rendered, so the browser can correct its own clock. */
  serverNow: string;
  questions: StudentQuestion[];
}

/** The columns a student view is built from; `answer` is read only as the item list of an
 * ordering question stored without choices, and is never copied into the view. */
export interface QuestionSource {
  id: string;
  kind: string;
  prompt: string;
  choices: string | null;
  answer: string;
}

export interface ShuffleOptions {
  seed: string;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
}

function parseList(json: string | null): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

/**
 * Ordering items in a uniformly random order, the solved order included: any rule that
 * avoids the key (re-rotating when the shuffle lands on it) makes the key the one order
 * never shown, and so gives it away to whoever joins often enough.
 */
function orderingItems(q: QuestionSource, seed: string): string[] {
  const stored = parseList(q.choices);
  return seededShuffle(stored.length ? stored : parseList(q.answer), seed, `order:${q.id}`);
}

function studentChoices(q: QuestionSource, o: ShuffleOptions): StudentChoice[] | null {
  const toChoice = (text: string): StudentChoice => ({ id: choiceId(q.id, text), text });
  switch (q.kind) {
    case "ordering":
      return orderingItems(q, o.seed).map(toChoice);
    case "true_false":
      return parseList(q.choices).map(toChoice);
    case "multiple_choice": {
      const choices = parseList(q.choices);
      return (o.shuffleChoices ? seededShuffle(choices, o.seed, `choices:${q.id}`) : choices).map(toChoice);
    }
    default:
      return null;
  }
}

/** Questions (already in their stored position order) as the student sees them. */
export function buildStudentQuestions(rows: readonly QuestionSource[], o: ShuffleOptions): StudentQuestion[] {
  const ordered = o.shuffleQuestions ? seededShuffle(rows, o.seed, "questions") : [...rows];
  return ordered.map((q) => ({
    id: q.id,
    kind: q.kind as QuestionKind,
    prompt: q.prompt,
    choices: studentChoices(q, o),
  }));
}

/**
 * The in-progress attempt `attemptId` of `participantId`, ready for the browser; null when it
 * does not exist, is someone else's, or is no longer in progress.
 */
export async function getStudentAttemptView(attemptId: string, participantId: string): Promise<StudentAttemptView | null> {
  const a = await prisma.attempt.findFirst({
    where: { id: attemptId, participantId, status: "in_progress" },
    select: {
      id: true,
      number: true,
      shuffleSeed: true,
      startedAt: true,
      deadlineAt: true,
      quiz: {
        select: {
          joinCode: true,
          title: true,
          language: true,
          shuffleQuestions: true,
          shuffleChoices: true,
          article: { select: { title: true, text: true } },
          questions: {
            orderBy: { position: "asc" },
            select: { id: true, kind: true, prompt: true, choices: true, answer: true },
          },
        },
      },
    },
  });
  if (!a) return null;
  const { quiz } = a;
  return {
    attemptId: a.id,
    attemptNumber: a.number,
    quiz: {
      joinCode: quiz.joinCode ?? "",
      title: quiz.title,
      language: quiz.language,
      articleTitle: quiz.article.title,
      articleText: quiz.article.text,
    },
    startedAt: a.startedAt.toISOString(),
    deadlineAt: a.deadlineAt?.toISOString() ?? null,
    serverNow: new Date().toISOString(),
    questions: buildStudentQuestions(quiz.questions, {
      seed: a.shuffleSeed,
      shuffleQuestions: quiz.shuffleQuestions,
      shuffleChoices: quiz.shuffleChoices,
    }),
  };
}
