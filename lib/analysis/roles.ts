// Roles written next to a person's name, so a short-answer question can ask
// "Qui est le ministre de l'Intérieur ?" / "Who is the finance minister?".
// Patterns: "le ministre de l'Intérieur, Étienne Caradec", "Mme Morel, secrétaire générale de l'USATU,",
// "le physicien italien Marco Bellini", "Governor Helen Marsh", "the economist Rajiv Menon".
import type { Language } from "../generation/contract";
import { POSSESSIVES, ROLE_NOUNS } from "./lexicon/roles";
import { SENTENCE_ADVERBS } from "./lexicon/sentence-adverbs";
import type { Entity, EntityMention, Sentence } from "./types";

const AFTER_COMMA: Record<Language, RegExp> = {
  fr: /^,[\s\u00A0]+((?:un|une)?[\s\u00A0]?(\p{Ll}[^,;:()«»"“”.]{2,80}?))(?:,|\.|$)/u,
  en: /^,[\s\u00A0]+((a|an|the)[\s\u00A0](\p{Ll}[^,;:()"“”.]{2,80}?))(?:,|\.|$)/u,
};

/**
 * "…, le ministre de l'Intérieur, X": the shortest determiner-led phrase before the comma whose
 * head is a role noun (first word in French, within the first three in English).
 */
function roleBeforeComma(before: string, lang: Language): { text: string; bare: string; det: string; offset: number } | null {
  const m = /,[\s\u00A0]*$/.exec(before);
  if (!m) return null;
  const segStart = Math.max(before.lastIndexOf(",", m.index - 1), before.lastIndexOf("(", m.index - 1), before.lastIndexOf(":", m.index - 1)) + 1;
  const seg = before.slice(segStart, m.index);
  const detRe = lang === "fr" ? /(?<![\p{L}])(le|la|l['’])(?:[\s\u00A0]+|(?<=['’]))/giu : /(?<![\p{L}])(the)[\s\u00A0]+/giu;
  const starts: Array<{ at: number; det: string; bodyAt: number }> = [];
  let d: RegExpExecArray | null;
  while ((d = detRe.exec(seg))) starts.push({ at: d.index, det: d[1], bodyAt: d.index + d[0].length });
  for (let k = starts.length - 1; k >= 0; k--) {
    const bare = seg.slice(starts[k].bodyAt).trim();
    const words = bare.toLowerCase().split(/[\s\u00A0'’]+/);
    if (words.some((w) => POSSESSIVES[lang].has(w)) || words.length > 8) continue;
    const headAt = words.findIndex((w) => ROLE_NOUNS[lang].has(w));
    if (headAt < 0 || headAt > (lang === "fr" ? 0 : 2)) continue;
    const text = seg.slice(starts[k].at).trim();
    return { text, bare, det: starts[k].det, offset: segStart + starts[k].at };
  }
  return null;
}

/** French modifiers written before a role noun that belong to the role: "Premier ministre", "ancien président". */
const FR_PRE_ROLE = /^(?:premier|première|ancien|ancienne|nouveau|nouvel|nouvelle|vice|haut|haute|ex)$/i;

function hasRoleNoun(phrase: string, lang: Language): boolean {
  return phrase.toLowerCase().split(/[\s\u00A0'’]+/).some((w) => ROLE_NOUNS[lang].has(w));
}

export function extractRoles(text: string, sentences: Sentence[], mentions: EntityMention[], entities: Entity[], lang: Language): void {
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const e = entities[m.entityId];
    const s = sentences[m.sentenceIndex];
    const before = text.slice(Math.max(s.start, m.start - 100), m.start);
    const after = text.slice(m.end, Math.min(s.end, m.end + 100));
    const bc = roleBeforeComma(before, lang);
    if (bc) {
      const roleStart = m.start - before.length + bc.offset;
      e.roles.push({ start: roleStart, end: roleStart + bc.text.length, sentenceIndex: s.index, text: bc.text, bare: bc.bare, det: bc.det });
      continue;
    }
    const ac = AFTER_COMMA[lang].exec(after);
    if (ac && hasRoleNoun(ac[lang === "fr" ? 2 : 3], lang) && !/\d/.test(ac[1])) {
      const roleStart = m.end + after.indexOf(ac[1]);
      const det = lang === "fr" ? (/^(un|une)\s/i.exec(ac[1])?.[1] ?? "") : ac[2];
      const bare = lang === "fr" ? ac[2].replace(/^(?:un|une)[\s\u00A0]/i, "") : ac[3];
      e.roles.push({ start: roleStart, end: roleStart + ac[1].length, sentenceIndex: s.index, text: ac[1], bare, det });
      continue;
    }
    // "le physicien italien Marco Bellini", "the economist Rajiv Menon", "deputy mayor Daniel Reyes".
    const words = /((?:[\p{L}'’-]+[\s\u00A0]){1,4})$/u.exec(before);
    if (words) {
      const ws = words[1].trim().split(/[\s\u00A0]+/);
      let nounAt = -1;
      for (let k = 0; k < ws.length; k++) if (ROLE_NOUNS[lang].has(ws[k].toLowerCase())) nounAt = k;
      if (nounAt >= 0) {
        let from = nounAt;
        // A preposition ends the role: "Mt Coo-tha against treasurer X" is the treasurer (reading 15).
        while (from > 0 && !/^(?:le|la|l['’]|the|un|une|a|an|son|sa|his|her|their|its|de|of|et|and|par|by|with|avec|against|versus|vs\.?|for|from|in|at|on|to|contre|pour|dans|sur|à|en|chez)$/i.test(ws[from - 1]) &&
          !SENTENCE_ADVERBS.has(ws[from - 1].toLowerCase().replace(/,$/, "")) &&
          (lang === "fr" ? FR_PRE_ROLE.test(ws[from - 1]) : true)) from--;
        // "crowded in to witness city mayor Hau Lung-bin": after "to" or a modal the next word is a
        // verb, not a modifier of the role ("who was the witness city mayor at the time?" was proposed).
        if (lang === "en") {
          for (let k = nounAt - 1; k >= Math.max(0, from - 1); k--) {
            if (/^(?:to|will|would|can|could|should|must|may|might|did|does|do)$/i.test(ws[k])) {
              from = Math.min(nounAt, k + 2);
              break;
            }
          }
        }
        // "l'ancien président": the elided article is glued to the modifier.
        const elided = lang === "fr" && from > 0 && /^l['’](?:ancien|ancienne|actuel|actuelle|ex)$/i.test(ws[from - 1]);
        if (elided) from--;
        if (from > 0 && /^(?:le|la|the)$/i.test(ws[from - 1])) from--;
        const phraseWords = ws.slice(from);
        let det = /^(?:le|la|the)$/i.test(phraseWords[0]) ? phraseWords[0] : elided ? "l'" : "";
        // "du Premier ministre X" → "le Premier ministre"; "de la directrice X" → "la".
        if (!det && lang === "fr" && from > 0) det = /^(?:du|au)$/i.test(ws[from - 1]) ? "le" : "";
        const bare = (/^(?:le|la|the)$/i.test(phraseWords[0]) ? phraseWords.slice(1) : phraseWords).join(" ").replace(/^l['’]/i, "");
        // French adjectives follow the noun ("physicien italien"); English modifiers precede it.
        if (bare && !POSSESSIVES[lang].has(ws[Math.max(0, from - 1)]?.toLowerCase() ?? "")) {
          const t = phraseWords.join(" ");
          const roleStart = m.start - before.length + before.lastIndexOf(phraseWords[0]);
          e.roles.push({ start: roleStart, end: roleStart + t.length, sentenceIndex: s.index, text: t, bare, det });
        }
      }
    }
  }
}
