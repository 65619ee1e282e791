// Builders the reading tests share: a candidate on a text of the test's own, as a template builds it.
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { entityAccepted } from "./slots";
import type { Candidate } from "./template";

/** A number cloze or question on the text's second sentence, as the numeric and wh templates build them. */
export function onSecond(text: string, title: string, language: "fr" | "en", prompt: string, answer: string, choices: string[]) {
  const a = kitFor(analyzeArticle(text, { language, title })).full;
  const s = a.sentences[1];
  const c = { kind: "multiple_choice", category: "comprehension", source: "article", skill: "detail", template: "numeric", score: 0.9, difficulty: 1,
    prompt, choices, answer, evidence: { text: s.text, start: s.start, end: s.end }, explanation: "…", sentenceIndex: s.index, meta: { slot: "number" } } as Candidate;
  return { a, c };
}

/** The accepted answers for the person whose name includes `who`, in a text of its own. */
export function acceptedFor(text: string, language: "fr" | "en", title: string, who: string): string[] {
  const a = kitFor(analyzeArticle(text, { language, title })).full;
  const e = a.entities.find((x) => x.name.includes(who))!;
  return entityAccepted(a, e.id, e.name);
}
