// Counts the prompt itself gives away: the items a small count counts are listed around the blank
// ("his _____ children, ages 10 and 6", « les préfectures du Calvados et des Alpes-Maritimes où se
// déroulent _____ sommets »), or a demonstrative points back to them (« Ces _____ chercheurs »,
// after three names). The student counts the list instead of reading (readings 9, 14, 22, 25).
import { HEDGES, NUMBER_WORDS } from "../analysis/lexicon/number-words";
import type { Candidate } from "./template";

/** A key as a number: digits, or a number in words ("quatre", "four"), its hedge left out. */
export function numberValue(answer: string, lang: "fr" | "en"): number | null {
  let t = answer.trim().toLowerCase();
  const hedge = HEDGES[lang].find(([h]) => t.startsWith(`${h} `));
  if (hedge) t = t.slice(hedge[0].length + 1);
  const digits = t.replace(/[\s\u00A0\u202F]/g, "").replace(",", ".");
  if (/^\d+(?:\.\d+)?$/.test(digits)) return Number(digits);
  return NUMBER_WORDS[lang][t] ?? null;
}

/** One listed item: a name (with its determiner, « des Alpes-Maritimes ») or a figure ("ages 10 and 6"). */
const ITEM = "(?:(?:du|des|de la|de l['’]|de|le|la|les|l['’]|the)[\\s\\u00A0]+)?(?:\\p{Lu}[\\p{L}'’.-]*(?:[\\s\\u00A0]+(?:(?:de|du|des|of|the)[\\s\\u00A0]+)?\\p{Lu}[\\p{L}'’.-]*)*|\\d[\\d.,]*)";
const LIST = new RegExp(`${ITEM}((?:,[\\s\\u00A0]*${ITEM})*),?[\\s\\u00A0]+(?:et|and|&)[\\s\\u00A0]+${ITEM}`, "gu");
const DEMONSTRATIVE_BLANK = /(?<![\p{L}])(?:ces|these|those)[\s\u00A0]+_____/iu;

/** Why the prompt gives a small count away, or null. */
export function countCue(c: Candidate, lang: "fr" | "en"): string | null {
  if (c.meta?.slot !== "number" || typeof c.answer !== "string") return null;
  const key = numberValue(c.answer, lang);
  const at = c.prompt.indexOf("_____");
  if (key === null || !Number.isInteger(key) || key < 2 || key > 6 || at < 0) return null;
  if (DEMONSTRATIVE_BLANK.test(c.prompt)) return "a demonstrative points back to what the count counts";
  // A whole list (not the tail a window would cut) that reaches near the blank: a list at the
  // other end of a long sentence counts something else.
  for (const m of c.prompt.replace("_____", ";;;;;").matchAll(LIST)) {
    const items = 2 + (m[1].match(/,/g)?.length ?? 0);
    if (items === key && m.index < at + 65 && m.index + m[0].length > at - 60) return "the prompt lists what the count counts";
  }
  return null;
}
