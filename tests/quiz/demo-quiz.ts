// The seeded demo quiz as exporter input (read from prisma/demo by the seed's own reader).
import type { ExportQuiz } from "@/lib/quiz/export-types";
import type { QuestionFields } from "@/lib/quiz/question-row";
import { DEMO_QUIZ_TITLE, readDemoArticle, readDemoQuestions } from "../../prisma/demo-content";

export const demoArticle = readDemoArticle;

export function demoQuestions(): QuestionFields[] {
  return readDemoQuestions(demoArticle().text);
}

export function demoQuiz(): ExportQuiz {
  return { title: DEMO_QUIZ_TITLE, language: "fr", articleTitle: demoArticle().title, articleText: demoArticle().text, questions: demoQuestions() };
}
