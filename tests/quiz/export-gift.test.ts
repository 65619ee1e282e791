// GIFT export checked against the format's rules with a small tokenizer that honours
// backslash escapes: blocks, names, answer sets, escaping, every question kind.
import { describe, expect, it } from "vitest";
import { escapeGift, exportGift } from "@/lib/quiz/export-gift";
import { demoQuiz } from "./demo-quiz";

/** Splits GIFT text at unescaped special characters; returns [char, position] of each. */
function specials(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\") {
      i++;
      continue;
    }
    if ("~=#{}:".includes(s[i])) out.push(s[i]);
  }
  return out;
}

function unescape(s: string): string {
  return s.replace(/\\n/g, "\n").replace(/\\([\\~=#{}:])/g, "$1");
}

/** The answer block of a question: text between the unescaped { and }. */
function answerBlock(block: string): string {
  let open = -1;
  for (let i = 0; i < block.length; i++) {
    if (block[i] === "\\") {
      i++;
      continue;
    }
    if (block[i] === "{") open = i;
    if (block[i] === "}") return block.slice(open + 1, i);
  }
  throw new Error("no answer block");
}

function splitUnescaped(s: string, chars: string): { sep: string; text: string }[] {
  const parts: { sep: string; text: string }[] = [];
  let cur = "";
  let sep = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\") {
      cur += s[i] + (s[i + 1] ?? "");
      i++;
      continue;
    }
    if (chars.includes(s[i])) {
      if (cur.trim() || sep) parts.push({ sep, text: cur.trim() });
      sep = s[i];
      cur = "";
      continue;
    }
    cur += s[i];
  }
  parts.push({ sep, text: cur.trim() });
  return parts.filter((p) => p.sep);
}

describe("GIFT export", () => {
  it("escapes every special character and the backslash, and encodes newlines", () => {
    expect(escapeGift("a~b=c#d{e}f:g\\h")).toBe("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
    expect(escapeGift("l1\nl2")).toBe("l1\\nl2");
    expect(specials(escapeGift("~=#{}: \\ everything"))).toEqual([]);
  });

  const gift = exportGift(demoQuiz());
  const blocks = gift.trim().split(/\n\s*\n/);
  const questionBlocks = blocks.filter((b) => b.split("\n").some((l) => l.startsWith("::Q")));
  const q = (n: number) => questionBlocks[n].split("\n").find((l) => l.startsWith("::"))!;

  it("puts the article first, as a description item without an answer set", () => {
    const article = blocks.find((b) => b.includes("::Article::"))!;
    // Right after the header, in the quiz's own category (a block of its own, like the others).
    expect(blocks.indexOf(article)).toBe(2);
    expect(blocks[1]).toBe("$CATEGORY: $course$/Actuquiz/Kazakhstan, janvier 2022 : la crise en huit questions");
    const line = article.split("\n").find((l) => l.startsWith("::Article::"))!;
    expect(line).not.toMatch(/(^|[^\\])[{}]/);
    expect(specials(line.slice("::Article::".length))).toEqual([]);
    const text = unescape(line.slice("::Article::".length));
    expect(text.startsWith(`${demoQuiz().articleTitle}\n\n`)).toBe(true);
    expect(text).toContain(demoQuiz().articleText.trim());
  });

  it("writes a comment header, categories and one question per blank-line-separated block", () => {
    expect(blocks[0].split("\n").every((l) => l.startsWith("//"))).toBe(true);
    expect(questionBlocks).toHaveLength(8);
    const categories = gift.split("\n").filter((l) => l.startsWith("$CATEGORY:"));
    expect(categories).toEqual([
      "$CATEGORY: $course$/Actuquiz/Kazakhstan, janvier 2022 : la crise en huit questions",
      "$CATEGORY: $course$/Actuquiz/Kazakhstan, janvier 2022 : la crise en huit questions/Compréhension",
      "$CATEGORY: $course$/Actuquiz/Kazakhstan, janvier 2022 : la crise en huit questions/Actualité",
    ]);
    questionBlocks.forEach((b, i) => {
      const line = b.split("\n").find((l) => l.startsWith("::"))!;
      expect(line.startsWith(`::Q${i + 1}::`)).toBe(true);
      // Exactly one answer block per question, braces balanced, nothing after it.
      const s = specials(line.slice(`::Q${i + 1}::`.length));
      expect(s.filter((c) => c === "{")).toHaveLength(1);
      expect(s.filter((c) => c === "}")).toHaveLength(1);
      expect(s.filter((c) => c === ":")).toHaveLength(0);
    });
  });

  it("multiple choice: one =right and ~wrong for the others, explanation as feedback", () => {
    const block = answerBlock(q(0));
    const [answers, fb] = block.split(" ####");
    const parts = splitUnescaped(answers, "=~");
    expect(parts.filter((p) => p.sep === "=").map((p) => unescape(p.text))).toEqual(["2 030"]);
    expect(parts.filter((p) => p.sep === "~").map((p) => unescape(p.text))).toEqual(["3 020", "250", "1 300"]);
    expect(unescape(fb)).toContain("2 030 militaires");
    // The colon of "Qui a affirmé :" in question 2 is escaped.
    expect(q(1)).toContain("affirmé \\: «");
  });

  it("true/false becomes {T} or {F}", () => {
    expect(answerBlock(q(2)).startsWith("F")).toBe(true);
  });

  it("fill in the blank puts the answer set where the blank was; short answer lists all spellings", () => {
    const fill = q(3);
    expect(fill).not.toContain("____");
    expect(fill).toMatch(/ministre \{=Askar Mamine =Mamine ####.*\}\. »$/);
    const short = splitUnescaped(answerBlock(q(4)).split(" ####")[0], "=");
    expect(short.map((p) => unescape(p.text))).toEqual(["Janaozen", "Zhanaozen", "Janaozène"]);
  });

  it("ordering becomes a matching question pairing each item with its rank, in order", () => {
    const pairs = splitUnescaped(answerBlock(q(5)).split(" ####")[0], "=").map((p) => p.text.split(" -> "));
    expect(pairs.map(([item, rank]) => [unescape(item), rank])).toEqual([
      ["Hausse du prix du gaz de pétrole liquéfié", "1"],
      ["Premiers rassemblements à Janaozen", "2"],
      ["Démission du gouvernement", "3"],
      ["Début du retrait des troupes de l’OTSC", "4"],
    ]);
  });

  it("two-item orderings fall back to a choice between the two orders", () => {
    const quiz = demoQuiz();
    quiz.questions = [{ ...quiz.questions[5], answer: ["A = 1", "B {2}"], choices: ["B {2}", "A = 1"] }];
    const line = exportGift(quiz).split("\n").find((l) => l.startsWith("::Q"))!;
    const parts = splitUnescaped(answerBlock(line).split(" ####")[0], "=~");
    expect(parts.map((p) => [p.sep, unescape(p.text)])).toEqual([
      ["=", "A = 1 → B {2}"],
      ["~", "B {2} → A = 1"],
    ]);
  });
});
