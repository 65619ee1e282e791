// Small numbers written in words: news style writes one to twenty (and round tens) in letters.
import type { Language } from "../../generation/contract";

export const NUMBER_WORDS: Record<Language, Record<string, number>> = {
  fr: {
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, "dix-sept": 17,
    "dix-huit": 18, "dix-neuf": 19, vingt: 20, trente: 30, quarante: 40, cinquante: 50,
    soixante: 60, "soixante-dix": 70, "quatre-vingts": 80, "quatre-vingt-dix": 90, cent: 100,
  },
  en: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  },
};

/**
 * Words that join a number word into a longer number: "seven hundred eighty million", "one
 * thousand three hundred", "nineteen ninety-five", « trois cents », « deux mille ». Such a word
 * is one part of a figure, never the figure (reading 35: "about _____ hundred eighty million").
 */
export const NUMBER_PART_WORDS: Record<Language, string> = {
  fr: "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille",
  en: "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand",
};
export const NUMBER_PART: Record<Language, RegExp> = {
  fr: new RegExp(`^(?:${NUMBER_PART_WORDS.fr})(?:-[\\p{L}]+)*$`, "iu"),
  en: new RegExp(`^(?:${NUMBER_PART_WORDS.en})(?:-[\\p{L}]+)*$`, "iu"),
};

/** Reverse table for rendering distractors in words (only exact entries). */
export function numberToWord(n: number, lang: Language): string | null {
  for (const [w, v] of Object.entries(NUMBER_WORDS[lang])) if (v === n) return w;
  return null;
}

/** Scale words and their multipliers. */
export const SCALE_WORDS: Record<Language, Record<string, number>> = {
  fr: { million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, millier: 1e3, milliers: 1e3 },
  en: { thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12 },
};

/** Hedges before a number, longest first so "un peu plus de" wins over "plus de". */
export const HEDGES: Record<Language, Array<[string, "gt" | "lt" | "approx" | "min" | "max"]>> = {
  // « il ne reste pas plus de 175 gazelles » is at most 175, not more (reading 39: "plus de 175"
  // accepted as an answer); the negated forms come before the plain ones.
  fr: [
    ["pas plus de", "max"], ["pas moins de", "min"],
    ["un peu plus de", "gt"], ["un peu moins de", "lt"], ["plus de", "gt"], ["moins de", "lt"],
    ["près de", "approx"], ["environ", "approx"], ["quelque", "approx"], ["presque", "approx"],
    ["au moins", "min"], ["jusqu'à", "max"], ["jusqu’à", "max"],
    ["autour de", "approx"], ["quasiment", "approx"], ["au-dessus de", "gt"], ["au-delà de", "gt"],
  ],
  en: [
    ["no more than", "max"], ["not more than", "max"], ["no fewer than", "min"], ["no less than", "min"],
    // "Oil prices once were above $100 a barrel" (reading 124: $20 and $30 offered, true too).
    ["more than", "gt"], ["fewer than", "lt"], ["less than", "lt"], ["over", "gt"], ["above", "gt"], ["in excess of", "gt"], ["upwards of", "gt"], ["nearly", "approx"],
    ["almost", "approx"], ["about", "approx"], ["around", "approx"], ["roughly", "approx"],
    ["approximately", "approx"], ["some", "approx"], ["at least", "min"], ["up to", "max"],
    ["an estimated", "approx"], ["an average of", "approx"],
  ],
};
