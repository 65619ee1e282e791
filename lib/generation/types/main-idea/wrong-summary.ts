// A wrong summary for the main-idea question: the key with one figure changed. Reviewers edited
// main ideas whose key was "the only general statement among narrow details", guessed from its
// length or from the headline, and asked for "plausible but wrong summaries" (readings 40–51). The
// key with another toll, amount or count is as long as the key and as close to the headline, and
// false: only reading the article tells them apart. Numbers only: a person or a place swapped into
// a sentence made statements readers called absurd (true/false items of the first generation).
import type { FullAnalysis, NumberMention, Sentence } from "../../../analysis/types";
import { NUMBER_WORDS } from "../../../analysis/lexicon/number-words";
import { numericDistractors } from "../../distractors/numbers";
import { isCalendarYear } from "../../count-cues";
import type { Rng } from "../../random";

const DIGITS = /\d(?:[\d\s\u00A0\u202F.,]*\d)?/u;

/** The numeral of a rendered option ("at least 90" → "90", « trois cents » → « trois cents »). */
function numeralOf(option: string, m: NumberMention, lang: "fr" | "en"): string | null {
  if (m.format === "digits") return DIGITS.exec(option)?.[0] ?? null;
  const words = NUMBER_WORDS[lang];
  const tokens = option.split(/[\s\u00A0]+/u).filter((w) => Object.hasOwn(words, w.toLowerCase().replace(/-/gu, "")) || /^\p{L}+(?:-\p{L}+)+$/u.test(w) && w.split("-").every((p) => Object.hasOwn(words, p.toLowerCase())));
  return tokens.length ? tokens.join(" ") : null;
}

/** `shown` with its figure `from` (written once, at word boundaries) changed to `to`. */
function replaceOnce(shown: string, from: string, to: string): string | null {
  const at = shown.indexOf(from);
  if (at < 0 || shown.indexOf(from, at + 1) >= 0) return null;
  const edge = (ch: string | undefined) => ch === undefined || !/[\p{L}\d]/u.test(ch);
  if (!edge(shown[at - 1]) || !edge(shown[at + from.length])) return null;
  return shown.slice(0, at) + to + shown.slice(at + from.length);
}

/**
 * The key as shown, with one of its figures (not a year, not a date's day) changed to an option the
 * numeric questions would offer for it; null when the key shows no such figure.
 */
export function wrongSummary(a: FullAnalysis, key: Sentence, shown: string, rng: Rng): string | null {
  const lang = a.language;
  const figures = a.numbers.filter((m) => m.sentenceIndex === key.index && !(isCalendarYear(m.value) && !m.unit) &&
    m.mantissa >= 2 && !/^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)/iu.test(a.text.slice(m.numEnd, m.numEnd + 12).trim()));
  for (const m of figures) {
    const written = a.text.slice(m.numStart, m.numEnd);
    for (const option of numericDistractors(a, m, rng, 3)) {
      const numeral = numeralOf(option, m, lang);
      if (!numeral || numeral === written) continue;
      const changed = replaceOnce(shown, written, numeral);
      if (changed) return changed;
    }
  }
  return null;
}
