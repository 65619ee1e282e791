// Floors of the precision-first generator on every article the repository holds: the ten the
// team wrote and the 29 Wikinews tuning articles (tests/fixtures/news, CC BY 2.5). Quality
// itself is measured by a blind reading of held-out articles (docs/generator-quality.md); these
// tests hold the rules a reader relies on: the contract, a skill on every question, two-part
// items that point to their part A, one question per sentence, no question printing another's
// answer, and fewer questions than asked rather than filler.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { containsWords } from "../analysis/fold";
import { evaluateFile, fixtureFiles, holdoutFiles } from "../../scripts/evaluate-generator";
import { readNewsArticle } from "../../scripts/news-articles";
import { QUESTION_SKILLS } from "./contract";
import { generateQuiz } from "./generate";

const NEWS = path.join(__dirname, "..", "..", "tests", "fixtures", "news");
const news = readdirSync(NEWS).filter((f) => /^(fr|en)-.*\.txt$/.test(f)).sort();
let produced = 0;

describe("generator floors on the team's articles", () => {
  it.each([...fixtureFiles(), ...holdoutFiles()].map((f) => [path.basename(f), f]))("%s", (_n, file) => {
    const e = evaluateFile(file);
    expect(e.produced).toBeGreaterThanOrEqual(1);
    expect(e.violations).toEqual([]);
  });
});

describe("generator floors on real news (tuning set)", () => {
  it("holds the 29 tuning articles and none of the held-out ones", () => {
    expect(news).toHaveLength(29);
    expect(news.filter((f) => f.startsWith("fr-"))).toHaveLength(20);
  });

  it.each(news)("%s", (file) => {
    const a = readNewsArticle(path.join(NEWS, file));
    const r = generateQuiz({ text: a.text, title: a.title, date: a.date ?? undefined, count: 20 });
    // Zero is an honest answer for an article with nothing worth asking; the set's total is checked below.
    expect(r.questions.length).toBeLessThanOrEqual(20);
    produced += r.questions.length;
    expect(r.produced).toBe(r.questions.length);
    const byId = new Map(r.questions.map((q) => [q.id, q]));
    const sentences = new Map<number, string>();
    for (const q of r.questions) {
      expect(QUESTION_SKILLS).toContain(q.skill);
      expect(a.text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
      if (q.pairedWith) {
        const partA = byId.get(q.pairedWith)!;
        expect(q.skill).toBe("evidence");
        expect(Number(partA.id.slice(1))).toBeLessThan(Number(q.id.slice(1)));
        expect(q.answer).toBe(partA.evidence.text.trim());
        expect(q.choices).toContain(q.answer);
      } else if (q.skill !== "main_idea" && q.source === "article") {
        // One question per sentence: a second one would give the first away.
        expect(sentences.get(q.evidence.start), `${q.id} shares its sentence`).toBeUndefined();
        sentences.set(q.evidence.start, q.id);
      }
      for (const o of r.questions) {
        if (o === q || o.pairedWith === q.id || q.pairedWith === o.id || typeof q.answer !== "string") continue;
        if (q.kind === "true_false" || q.skill === "main_idea" || q.skill === "evidence") continue;
        expect(containsWords(o.prompt, q.answer), `${o.id} prints the answer of ${q.id}`).toBe(false);
        // A main idea's key is on the same sheet (reading 9).
        if (o.skill === "main_idea" && typeof o.answer === "string") expect(containsWords(o.answer, q.answer), `${o.id}'s key states the answer of ${q.id}`).toBe(false);
      }
    }
  });
  // Fewer than asked is a valid result, but a quiz needs a few questions: the formats the blind
  // readings rejected (name and date clozes, true/false, acronyms, first-person prompts, main ideas
  // on two-word titles, 'who said' of the only person named) are no longer proposed, which leaves
  // about 2.5 per tuning article (72 for 29); since reading 9, a detail the main idea's key states
  // is not asked as well, which leaves 66 (2.3 per article); since reading 12, no main idea is
  // offered when its third option would be a verbless list (« Parmi les autres peintres … »),
  // which leaves 63; since reading 13, a quote that closes its sentence is no longer given to the
  // next sentence's subject (a wrong key waiting to happen), which leaves 61 (2.1); since
  // readings 25–28, free-answer details and cause questions whose options are phrases of the
  // article are offered only on request, counts the prompt gives away are not asked, nor a number
  // cloze whose sentence a main-idea option prints on the same sheet, which leaves 55 (1.9); since
  // readings 30–32, no main idea whose key leaves two of the headline's words to a later sentence
  // (the start of the news, not its summary), nor a blank on the whole a part is counted out of
  // ("37 of its _____ years"), nor a multiple choice with three choices, which leaves 48 (1.66);
  // since readings 32–34, no question that copies a slip of the article ("pilgrams" beside
  // "pilgrims"), which leaves 47 (1.62); since reading 35, no "where …?" whose wrong option another
  // sentence ties to the question's words (Bordeaux's record beside Grenoble's), which leaves 46
  // (1.59); since readings 40–77 (number clozes on a sentence of 40 words or four figures were
  // accepted 42 % of the time, the others 64 %), no such cloze, which leaves 40 (1.38); since
  // readings 4–90 (name clozes 2 of 17 accepted, "which organisation says" 1 of 7), neither, which
  // leaves 39 (1.34); since readings 4–95, no open "what does X say?" (1 of 13) and no part B the
  // teacher did not ask for (0 of 3), which leaves 38 (1.31); since readings 3–97, no number cloze
  // on an article's closing sentence (22 of 56 accepted), which leaves 37 (1.28); since reading 104,
  // the refusals of "what does X say?" and "which organisation says …?" reach the stance templates
  // (they had been written for a template name no candidate carries), which leaves 36 (1.24); since
  // readings 40–109, no number cloze in an article's last sixth (11 of 27 accepted, 12 rejected),
  // which leaves 33 (1.14).
  it("finds questions in the set as a whole (at least 1.1 per article on average)", () => {
    expect(produced).toBeGreaterThanOrEqual(1.1 * news.length);
  });
});
