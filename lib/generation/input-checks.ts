// Request checks done before any analysis: they are cheap and decide the error code.
import { detectLanguage } from "../analysis/language";
import { leadingCalendarDate } from "../quiz/calendar-date";
import {
  DEFAULT_COUNT, GenerateError, MAX_COUNT, MAX_TEXT_CHARS, MIN_TEXT_WORDS, QUESTION_KINDS, QUESTION_SKILLS,
  type GenerateRequest, type Language, type QuestionCategory, type QuestionKind, type QuestionSkill,
} from "./contract";

export interface CheckedRequest {
  text: string;
  title: string | null;
  language: Language;
  count: number;
  date: Date | null;
  kinds: QuestionKind[] | null;
  categories: QuestionCategory[] | null;
  skills: QuestionSkill[] | null;
}

function invalid(message: string): never {
  throw new GenerateError("invalid_request", message);
}

/** NUL bytes, or more than 1 % control / replacement characters: not an article. */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad > Math.max(2, text.length * 0.01);
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

export function checkRequest(req: unknown): CheckedRequest {
  if (!req || typeof req !== "object") invalid("The request must be an object with a text field.");
  const r = req as Partial<Record<keyof GenerateRequest, unknown>>;
  if (typeof r.text !== "string") invalid("`text` must be a string.");
  if (r.title !== undefined && r.title !== null && typeof r.title !== "string") invalid("`title` must be a string.");
  if (r.language !== undefined && r.language !== null && r.language !== "fr" && r.language !== "en") invalid("`language` must be \"fr\" or \"en\".");
  let count = DEFAULT_COUNT;
  if (r.count !== undefined && r.count !== null) {
    if (typeof r.count !== "number" || !Number.isInteger(r.count) || r.count < 1 || r.count > MAX_COUNT) {
      invalid(`\`count\` must be an integer between 1 and ${MAX_COUNT}.`);
    }
    count = r.count;
  }
  let date: Date | null = null;
  if (r.date !== undefined && r.date !== null) {
    // A real day only: Date.parse would roll 2024-02-30 over to 1 March.
    const day = typeof r.date === "string" ? leadingCalendarDate(r.date) : null;
    if (!day) invalid("`date` must be a real day, YYYY-MM-DD.");
    date = new Date(`${day}T00:00:00Z`);
  }
  const kinds = r.kinds ?? null;
  if (kinds !== null && (!Array.isArray(kinds) || kinds.some((k) => !QUESTION_KINDS.includes(k as QuestionKind)))) invalid("`kinds` lists unknown question kinds.");
  const categories = r.categories ?? null;
  if (categories !== null && (!Array.isArray(categories) || categories.some((k) => k !== "comprehension" && k !== "current_affairs"))) {
    invalid("`categories` lists unknown categories.");
  }
  const skills = r.skills ?? null;
  if (skills !== null && (!Array.isArray(skills) || skills.length === 0 || skills.some((k) => !QUESTION_SKILLS.includes(k as QuestionSkill)))) {
    invalid("`skills` lists unknown skills.");
  }
  const text = r.text;
  if (!text.trim()) throw new GenerateError("empty_text", "The article text is empty.");
  if (text.length > MAX_TEXT_CHARS) throw new GenerateError("text_too_long", `The article is longer than ${MAX_TEXT_CHARS} characters.`);
  if (looksBinary(text)) throw new GenerateError("binary_content", "The text contains binary or control characters; paste the article as plain text.");
  const words = countWords(text);
  if (words < MIN_TEXT_WORDS) throw new GenerateError("text_too_short", `The article has ${words} words; at least ${MIN_TEXT_WORDS} are needed.`);
  const guess = detectLanguage(text);
  let language: Language;
  if (guess.other || !guess.language) {
    throw new GenerateError("unsupported_language", "Only French and English articles are supported.");
  }
  language = (r.language as Language | undefined) ?? guess.language;
  return {
    text, title: typeof r.title === "string" ? r.title : null, language, count, date,
    kinds: kinds as QuestionKind[] | null, categories: categories as QuestionCategory[] | null,
    skills: skills as QuestionSkill[] | null,
  };
}
