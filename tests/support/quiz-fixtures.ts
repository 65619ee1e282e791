// Test data for the student workflow, written with Prisma directly: a teacher, an article, a
// quiz with one question of every kind, and participants with their cookie tokens.
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import { hashParticipantToken, newParticipantToken } from "@/lib/server/participants/participant-token";

export const ARTICLE_TEXT =
  "Le 2 janvier, les premiers rassemblements ont eu lieu à Janaozen.\nLe 5 janvier, le gouvernement a démissionné.\nLe 13 janvier, les troupes ont commencé leur retrait.";

export interface FixtureQuestion {
  kind: string;
  prompt: string;
  choices: string[] | null;
  answer: string | string[];
  accepted?: string[];
  explanation?: string;
  evidenceText?: string;
  source?: string;
}

/** Markers planted in fields that must never reach a student before submission. */
export function markers(tag: string) {
  return {
    explanation: `XPLMARK${tag}`,
    accepted: `ACCMARK${tag}`,
    fillAnswer: `FILLMARK${tag}`,
    shortAnswer: `SHORTMARK${tag}`,
    evidence: `EVIMARK${tag}`,
  };
}

export function everyKind(tag = "A"): FixtureQuestion[] {
  const m = markers(tag);
  return [
    { kind: "multiple_choice", prompt: `Combien ? ${tag}`, choices: ["2 030", "3 020", "250", "1 300"], answer: "2 030", accepted: [m.accepted], explanation: m.explanation },
    { kind: "true_false", prompt: `Vrai ou faux ? ${tag}`, choices: ["Vrai", "Faux"], answer: "Faux", explanation: m.explanation },
    { kind: "fill_blank", prompt: `Complétez ____ ${tag}`, choices: null, answer: m.fillAnswer, accepted: [m.accepted], explanation: m.explanation },
    { kind: "short_answer", prompt: `Quelle ville ? ${tag}`, choices: null, answer: m.shortAnswer, accepted: [m.accepted], explanation: m.explanation },
    {
      kind: "ordering",
      prompt: `Ordre ? ${tag}`,
      choices: ["Démission", "Retrait", "Rassemblements"],
      answer: ["Rassemblements", "Démission", "Retrait"],
      explanation: m.explanation,
    },
    {
      kind: "multiple_choice",
      prompt: `Capitale ? ${tag}`,
      choices: ["Noursoultan", "Almaty", "Bichkek"],
      answer: "Noursoultan",
      accepted: [m.accepted],
      explanation: m.explanation,
      evidenceText: m.evidence,
      source: "knowledge",
    },
  ];
}

export interface QuizOptions {
  status?: string;
  showAnswers?: string;
  attemptsAllowed?: number;
  timeLimitSec?: number | null;
  shuffleQuestions?: boolean;
  shuffleChoices?: boolean;
  questions?: FixtureQuestion[];
}

export async function createQuiz(o: QuizOptions = {}) {
  const suffix = randomBytes(4).toString("hex");
  const teacher = await prisma.teacher.create({
    data: { email: `t-${suffix}@example.test`, name: "Prof", passwordHash: "x" },
  });
  const article = await prisma.article.create({
    data: { teacherId: teacher.id, title: "Article", text: ARTICLE_TEXT, language: "fr", contentHash: suffix },
  });
  const questions = o.questions ?? everyKind();
  const quiz = await prisma.quiz.create({
    data: {
      teacherId: teacher.id,
      articleId: article.id,
      title: `Quiz ${suffix}`,
      language: "fr",
      status: o.status ?? "published",
      // No zero: a typed zero is read as the letter O, so such a code could never be looked up.
      joinCode: `T${suffix.toUpperCase()}`.slice(0, 8).replace(/0/g, "O"),
      showAnswers: o.showAnswers ?? "after_submit",
      attemptsAllowed: o.attemptsAllowed ?? 2,
      timeLimitSec: o.timeLimitSec ?? null,
      shuffleQuestions: o.shuffleQuestions ?? false,
      shuffleChoices: o.shuffleChoices ?? true,
      questions: {
        create: questions.map((q, i) => {
          const evidence = q.evidenceText ?? ARTICLE_TEXT.split("\n")[i % 3];
          const start = Math.max(0, ARTICLE_TEXT.indexOf(evidence));
          return {
            position: i,
            kind: q.kind,
            category: "comprehension",
            source: q.source ?? "article",
            prompt: q.prompt,
            choices: q.choices ? JSON.stringify(q.choices) : null,
            answer: JSON.stringify(q.answer),
            accepted: JSON.stringify(q.accepted ?? []),
            evidenceText: evidence,
            evidenceStart: start,
            evidenceEnd: start + evidence.length,
            explanation: q.explanation ?? "",
          };
        }),
      },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  return quiz;
}

export async function createParticipant(quizId: string, displayName = "Élève", deviceHash: string | null = null) {
  const token = newParticipantToken();
  const tokenHash = hashParticipantToken(token);
  const participant = await prisma.participant.create({ data: { quizId, displayName, tokenHash, deviceHash } });
  return { participant, token, tokenHash };
}
