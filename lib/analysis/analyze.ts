// One entry point for the analysis layer: text → sentences, tokens, numbers, dates, entities,
// acronyms, quotes and key terms, all with offsets into the original text.
import type { Language } from "../generation/contract";
import { extractAcronyms } from "./acronyms";
import { extractDates } from "./dates";
import { extractEntities } from "./entities";
import { extractKeyTerms } from "./key-terms";
import { extractNumbers } from "./numbers";
import { extractQuotes } from "./quotes";
import { extractRoles } from "./roles";
import { segmentSentences } from "./sentences";
import { tokenize } from "./tokens";
import type { FullAnalysis } from "./types";

export interface AnalyzeOptions {
  title?: string;
  language: Language;
  /** Publication date; when absent it is inferred from the first full date in the text, else `now`. */
  date?: Date | null;
  now?: Date;
  /** Called between stages; throws to abort (cooperative time budget). */
  checkpoint?: () => void;
}

export function analyzeArticle(text: string, opts: AnalyzeOptions): FullAnalysis {
  const lang = opts.language;
  const tick = opts.checkpoint ?? (() => {});
  const sentences = segmentSentences(text, lang);
  tick();
  const tokens = tokenize(text, sentences, lang);
  tick();
  const { dates, referenceDate } = extractDates(text, sentences, lang, opts.date ?? null, opts.now ?? new Date());
  tick();
  const numbers = extractNumbers(text, sentences, dates, lang);
  tick();
  const acronyms = extractAcronyms(text, sentences, tokens, lang);
  const { entities, mentions } = extractEntities(text, sentences, tokens, acronyms, dates, lang);
  tick();
  extractRoles(text, sentences, mentions, entities, lang);
  const quotes = extractQuotes(text, sentences, mentions, lang);
  tick();
  const keyTerms = extractKeyTerms(text, sentences, tokens, lang);
  return {
    text,
    title: opts.title ?? "",
    language: lang,
    referenceDate,
    referenceDateGiven: !!opts.date,
    sentences,
    tokens,
    numbers,
    dates,
    entities,
    entityMentions: mentions,
    acronyms,
    quotes,
    keyTerms,
  };
}
