// The seeded demo quiz as exporter input (read from prisma/demo, like the seed does).
import fs from "node:fs";
import path from "node:path";
import type { ExportQuiz } from "@/lib/quiz/export-types";
import type { QuestionFields } from "@/lib/quiz/question-row";

const dir = path.resolve(__dirname, "../../prisma/demo");

export function demoArticle(): { title: string; text: string } {
  const raw = fs.readFileSync(path.join(dir, "article-fr.txt"), "utf8").trim();
  const nl = raw.indexOf("\n");
  return { title: raw.slice(0, nl).trim(), text: raw.slice(nl + 1).trim() };
}

export function demoQuestions(): QuestionFields[] {
  const { text } = demoArticle();
  const list = JSON.parse(fs.readFileSync(path.join(dir, "questions-fr.json"), "utf8")) as (QuestionFields & { evidence: string })[];
  return list.map((q) => {
    const start = text.indexOf(q.evidence);
    return {
      kind: q.kind,
      category: q.category,
      source: q.source,
      prompt: q.prompt,
      choices: q.choices ?? null,
      answer: q.answer,
      accepted: q.accepted ?? [],
      evidenceText: q.evidence,
      evidenceStart: start,
      evidenceEnd: start + q.evidence.length,
      explanation: q.explanation,
      difficulty: q.difficulty,
      template: "demo",
      validFrom: null,
      validTo: null,
    };
  });
}

export function demoQuiz(): ExportQuiz {
  return { title: "Kazakhstan, janvier 2022 : la crise en huit questions", language: "fr", articleTitle: demoArticle().title, questions: demoQuestions() };
}
