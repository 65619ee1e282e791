// A wrong gist for the main-idea question: the key with its direction reversed ("could increase
// the risk" → "could reduce the risk", « en baisse de 3 % » → « en hausse de 3 % »). Readers
// rejected options that were only true side details, found without reading (readings 14–20:
// "replace them with plausible wrong gists"); a reversed key is about the same news and false,
// so only reading tells them apart. Closed lists of opposite words; every occurrence in the
// statement turns, so "fell to a four-year low" becomes "rose to a four-year high", never a mix.
import { fold } from "../../../analysis/fold";
import type { Language } from "../../contract";

/**
 * Pairs of opposite directions, each way, in the same grammatical form. Not "victory"/"defeat":
 * the rest of a winner's sentence stays a winner's ("a pair of defeats … to become the most
 * decorated gold medal winner"), so the reversed gist contradicts itself.
 */
const PAIRS: Record<Language, Array<[string, string]>> = {
  fr: [
    ["hausse", "baisse"], ["hausses", "baisses"],
    ["augmente", "diminue"], ["augmentent", "diminuent"], ["augmenté", "diminué"], ["augmentée", "diminuée"],
    ["augmentation", "diminution"], ["augmentations", "diminutions"],
    ["progresse", "recule"], ["progressé", "reculé"], ["progression", "recul"],
    ["adopté", "rejeté"], ["adoptée", "rejetée"], ["adoptés", "rejetés"], ["adoptées", "rejetées"],
    ["accepté", "refusé"], ["acceptée", "refusée"],
    ["ouverture", "fermeture"],
    ["meilleur", "pire"], ["meilleurs", "pires"],
    ["maximum", "minimum"], ["maximale", "minimale"], ["maximal", "minimal"],
    ["autorisé", "interdit"], ["autorisée", "interdite"],
  ],
  en: [
    ["increase", "reduce"], ["increases", "reduces"], ["increased", "reduced"], ["increasing", "reducing"],
    ["rise", "fall"], ["rises", "falls"], ["rose", "fell"], ["risen", "fallen"], ["rising", "falling"],
    ["higher", "lower"], ["highest", "lowest"], ["high", "low"],
    ["success", "failure"], ["successful", "failed"], ["successfully", "unsuccessfully"],
    ["approved", "rejected"], ["approves", "rejects"],
    ["accepted", "refused"], ["accepts", "refuses"],
    ["gains", "losses"],
    ["better", "worse"], ["best", "worst"],
    ["allowed", "banned"],
  ],
};

/** Words that, just before a turning word, make the turn wrong: « ne … plus », "high school", "the rise of". */
const BLOCK_BEFORE: Record<Language, RegExp> = {
  fr: /(?:^|[\s\u00A0])(?:ne|n['’]|sans)[\s\u00A0]*$/iu,
  en: /(?:^|[\s\u00A0])(?:not|no|never|without)[\s\u00A0]+$/iu,
};
/**
 * A direction someone asks for is a goal: strikers "pour obtenir une hausse de leurs salaires"
 * reversed want a pay cut, absurd enough to rule out without reading.
 */
const GOAL_BEFORE: Record<Language, RegExp> = {
  fr: /(?:pour|afin|obtenir|demand\p{L}*|réclam\p{L}*|exig\p{L}*|souhait\p{L}*|veu\p{L}*|voulo\p{L}*)(?:[\s\u00A0]+[\p{L}'’]+){0,3}[\s\u00A0'’]*$/iu,
  en: /(?:for|demand\p{L}*|seek\p{L}*|call\p{L}*|want\p{L}*|ask\p{L}*|push\p{L}*)(?:[\s\u00A0]+[\p{L}'’]+){0,3}[\s\u00A0]*$/iu,
};
const BLOCK_AFTER: Record<Language, RegExp> = {
  fr: /(?!)/u,
  // "high school", "High Court", "high-speed": a fixed phrase, not a direction.
  en: /^[\s\u00A0]*(?:school|court|commission|commissioner|street|seas|tide|-)/iu,
};

const vowelStart = (w: string) => /^[aeiouyhàâäéèêëîïôöûü]/iu.test(w);

/**
 * The statement reversed, or null when it holds no opposite word, holds a negation near one (a
 * reversed negation reads as true), or mixes capitalised turning words (a name: "Rising Star").
 */
export function reversedGist(statement: string, lang: Language): string | null {
  const map = new Map<string, string>();
  for (const [x, y] of PAIRS[lang]) {
    map.set(fold(x), y);
    map.set(fold(y), x);
  }
  let turned = 0;
  let blocked = false;
  const out = statement.replace(/[\p{L}'’-]+/gu, (w, at: number) => {
    const to = map.get(fold(w));
    if (!to) return w;
    if (/^\p{Lu}/u.test(w) && at > 0) { blocked = true; return w; }
    if (GOAL_BEFORE[lang].test(statement.slice(Math.max(0, at - 40), at)) || BLOCK_BEFORE[lang].test(statement.slice(Math.max(0, at - 12), at)) || BLOCK_AFTER[lang].test(statement.slice(at + w.length))) { blocked = true; return w; }
    // « la ouverture », « l'fermeture »: French elision follows the first letter, so a pair
    // whose words differ there is left alone after an article or « de ».
    if (lang === "fr" && vowelStart(w) !== vowelStart(to) && /(?:^|[\s\u00A0])(?:la|le|de|que|l['’]|d['’]|qu['’])[\s\u00A0]*$/iu.test(statement.slice(Math.max(0, at - 4), at))) { blocked = true; return w; }
    turned++;
    return at === 0 ? to.charAt(0).toUpperCase() + to.slice(1) : to;
  });
  return turned && !blocked ? out : null;
}
