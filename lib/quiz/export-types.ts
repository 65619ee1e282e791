// What the exporters need from a quiz: its title, language and questions in order.
import type { Language } from "@/lib/generation/contract";
import type { QuestionFields } from "./question-row";

export interface ExportQuiz {
  title: string;
  language: Language;
  articleTitle: string;
  /** The article's text: exported first, as a description item, so the quiz can be read. */
  articleText: string;
  questions: QuestionFields[];
}

export const CATEGORY_LABELS: Record<Language, Record<string, string>> = {
  fr: { comprehension: "Compréhension", current_affairs: "Actualité" },
  en: { comprehension: "Comprehension", current_affairs: "Current affairs" },
};

/** Ordering questions become matching questions (item → rank); Moodle needs 3 pairs for that. */
export const MIN_MATCHING_PAIRS = 3;

export function orderLabel(items: string[], language: Language): string {
  return items.join(language === "fr" ? " → " : " → ");
}

/** The category that holds the quiz's own items (the article) above the per-kind ones. */
export function quizCategoryPath(title: string): string {
  return `$course$/Actuquiz/${title.replace(/[\r\n/]+/g, " ").trim()}`;
}
