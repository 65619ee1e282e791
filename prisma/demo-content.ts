// The demo article and its questions (prisma/demo). The seed stores them and the tests use
// them as a known-good quiz, so both read and convert them here, the same way.
import fs from "node:fs";
import path from "node:path";
import type { GeneratedQuestion } from "../lib/generation/contract";
import { fieldsFromGenerated, type QuestionFields } from "../lib/quiz/question-row";

export const DEMO_QUIZ_TITLE = "Kazakhstan, janvier 2022 : la crise en huit questions";

const dir = path.join(__dirname, "demo");

/** A question as written in questions-fr.json: the evidence is the sentence itself. */
type DemoQuestion = Omit<GeneratedQuestion, "id" | "evidence" | "template" | "validity"> & {
  evidence: string;
  validFrom?: string;
  validTo?: string;
};

/** The article file holds the title on its first line, then the text. */
export function readDemoArticle(): { title: string; text: string } {
  const raw = fs.readFileSync(path.join(dir, "article-fr.txt"), "utf8").trim();
  const newline = raw.indexOf("\n");
  return { title: raw.slice(0, newline).trim(), text: raw.slice(newline + 1).trim() };
}

function demoQuestionFields(text: string, q: DemoQuestion): QuestionFields {
  const start = text.indexOf(q.evidence);
  if (start < 0) throw new Error(`Demo evidence not found in the article: ${q.evidence.slice(0, 60)}…`);
  return fieldsFromGenerated({
    ...q,
    evidence: { text: q.evidence, start, end: start + q.evidence.length },
    template: "demo",
    validity: { from: q.validFrom ?? null, to: q.validTo ?? null },
  });
}

/** The demo questions, their evidence located in the demo article `text`. */
export function readDemoQuestions(text: string): QuestionFields[] {
  const questions: DemoQuestion[] = JSON.parse(fs.readFileSync(path.join(dir, "questions-fr.json"), "utf8"));
  return questions.map((q) => demoQuestionFields(text, q));
}
