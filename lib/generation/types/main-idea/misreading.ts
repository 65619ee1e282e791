// A wrong summary among the main idea's options: the key told of another actor of the article, or
// with its outcome turned over. Reviewers of readings 57–69 edited most main ideas for the same
// reason — "the distractors are obviously narrower details; add one plausible but wrong summary"
// ("one that confuses the forger with the artists", "Booker takes over Tesco"). A student who only
// matches the headline's words then has two summaries to tell apart, and must read to do it.
import type { FullAnalysis, Sentence } from "../../../analysis/types";
import { containsWords, fold } from "../../../analysis/fold";
import { genderOf } from "../../../analysis/gender";
import { contentWordsOf, stem } from "../../importance";
import { confidentPerson } from "../../verify";

const L = "(?<![\\p{L}'’-])";
const R = "(?![\\p{L}'’-])";

/**
 * Decisions with one opposite, where the opposite reads as a real outcome: "approved a new
 * constitution" → "rejected …", a rate raised → cut. Not "won" → "lost" ("lost the 2017 Nobel
 * Prize", « a perdu … en battant » read as nonsense on the tuning texts), nor a verb used as an
 * adjective ("the 68,000 already approved").
 */
const OPPOSITES: Record<"fr" | "en", [RegExp, string][]> = {
  en: [
    [new RegExp(`${L}approved(?=[\\s\\u00A0]+(?:a|an|the|its|their|his|her|\\p{Lu}))`, "u"), "rejected"],
    [new RegExp(`${L}rejected(?=[\\s\\u00A0]+(?:a|an|the|its|their|his|her|\\p{Lu}))`, "u"), "approved"],
    [new RegExp(`${L}acquitted${R}`, "u"), "convicted"],
    [new RegExp(`${L}(?:raised|increased)(?=[\\s\\u00A0]+(?:its|their|the)[\\s\\u00A0]+(?:[\\p{L}-]+[\\s\\u00A0]+){0,2}(?:interest[\\s\\u00A0]+)?rates?${R})`, "u"), "cut"],
    [new RegExp(`${L}(?:cut|lowered)(?=[\\s\\u00A0]+(?:its|their|the)[\\s\\u00A0]+(?:[\\p{L}-]+[\\s\\u00A0]+){0,2}(?:interest[\\s\\u00A0]+)?rates?${R})`, "u"), "raised"],
  ],
  fr: [
    [new RegExp(`${L}a[\\s\\u00A0]+(?:adopté|approuvé)${R}`, "u"), "a rejeté"],
    [new RegExp(`${L}a[\\s\\u00A0]+rejeté${R}`, "u"), "a adopté"],
  ],
};

/** « a été acquitté » → « a été condamné », agreeing as written. */
function frenchAcquittal(shown: string): string | null {
  const m = new RegExp(`${L}((?:a|ont)[\\s\\u00A0]+été[\\s\\u00A0]+)acquitt(ée?s?)${R}`, "u").exec(shown);
  return m ? shown.slice(0, m.index) + m[1] + "condamn" + m[2] + shown.slice(m.index + m[0].length) : null;
}

function opposite(a: FullAnalysis, shown: string): string | null {
  if (a.language === "fr") {
    const acquittal = frenchAcquittal(shown);
    if (acquittal) return acquittal;
  }
  for (const [re, word] of OPPOSITES[a.language]) {
    const m = re.exec(shown);
    if (!m) continue;
    // The article never says the opposite itself (« la motion a été rejetée, le budget adopté »).
    if (containsWords(a.text, word)) return null;
    return shown.slice(0, m.index) + word + shown.slice(m.index + m[0].length);
  }
  return null;
}

/**
 * The key's subject, a person's full name opening it, given to another person of the article:
 * "Jimmy Wales unveiled Wikitribune …" → "Jeff Jarvis unveiled …". Only someone the key does not
 * name (a swap of two named in it may say the same), who never appears beside the key's own
 * predicate (he did not do it too), and — in French, where participles agree — of the same gender.
 * Not organisations: on the tuning texts they gave a body's own branch ("NIH" → "NIAID"), a law
 * or a flight; nor a subject followed by its role (« Audrey Azoulay, ministre de la Culture, … »).
 */
function otherActor(a: FullAnalysis, key: Sentence, shown: string): string | null {
  const opening = a.entityMentions
    .filter((m) => m.sentenceIndex === key.index && m.type === "person" && m.text === a.entities[m.entityId].name && /[\s\u00A0]/u.test(m.text) && m.text !== m.text.toUpperCase())
    .find((m) => new RegExp(`^(?:(?:The|the)[\\s\\u00A0]+)?${m.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${R}`, "u").test(shown));
  if (!opening) return null;
  const subject = a.entities[opening.entityId];
  if (!confidentPerson(a, subject.name)) return null;
  // The name is the whole subject, its verb right after it: not "Stella Artois-maker AB InBev's
  // takeover …" (reading 70: a brand read as a person, the swap garbled the key), nor a role after a comma.
  if (!/^[\s\u00A0]+\p{Ll}/u.test(shown.slice(shown.indexOf(opening.text) + opening.text.length))) return null;
  const inKey = new Set(a.entityMentions.filter((m) => m.sentenceIndex === key.index).map((m) => m.entityId));
  // The predicate: the content words after the subject, as stems.
  const rest = shown.slice(shown.indexOf(opening.text) + opening.text.length);
  const predicate = contentWordsOf(rest, a.language).slice(0, 3).map(stem);
  if (predicate.length < 2) return null;
  const sharesPredicate = (s: Sentence) => {
    const own = new Set(contentWordsOf(s.text, a.language).map(stem));
    return predicate.filter((w) => own.has(w)).length >= 2;
  };
  const gender = subject.type === "person" ? genderOf(a, subject) : undefined;
  const rivals = a.entities.filter((e) => e.type === subject.type && e.id !== subject.id && !inKey.has(e.id) &&
    confidentPerson(a, e.name) && /[\s\u00A0]/u.test(e.name) && e.name !== e.name.toUpperCase() &&
    (a.language !== "fr" || (!!gender && genderOf(a, e) === gender)) &&
    !a.entityMentions.some((m) => m.entityId === e.id && sharesPredicate(a.sentences[m.sentenceIndex])) &&
    // A name the subject holds or that holds it ("Sagan", "Team Sagan") is the same actor.
    !fold(e.name).includes(fold(subject.name)) && !fold(subject.name).includes(fold(e.name)))
    .sort((x, y) => y.mentions - x.mentions || x.firstOffset - y.firstOffset);
  const rival = rivals[0];
  if (!rival) return null;
  return shown.replace(opening.text, rival.name);
}

/** A wrong summary built from the key as shown, or null when none is sure to be wrong. */
export function misreadingOf(a: FullAnalysis, key: Sentence, shown: string): string | null {
  const wrong = otherActor(a, key, shown) ?? opposite(a, shown);
  if (!wrong || wrong === shown) return null;
  // Never a sentence the article itself says.
  return a.sentences.some((s) => fold(s.text).includes(fold(wrong).replace(/[.!]$/u, ""))) ? null : wrong;
}
