import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GenerateError, MAX_TEXT_CHARS } from "./contract";
import { generateQuiz } from "./generate";
import { generateInWorker } from "./worker";

const ARTICLES = path.join(__dirname, "..", "..", "tests", "fixtures", "articles");
const fr = readFileSync(path.join(ARTICLES, "greve-lyon.fr.txt"), "utf8");
const en = readFileSync(path.join(ARTICLES, "riverside-marathon.en.txt"), "utf8");

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof GenerateError ? e.code : `not a GenerateError: ${String(e)}`;
  }
  return "no error";
}

describe("generateQuiz", () => {
  it("reads a hard-wrapped text (a PDF, an e-mail) as its paragraphs, evidence cut from the text as sent", () => {
    // Each paragraph folded at 66 columns, as a PDF or a fixed-width text file prints it.
    const fold = (p: string) => p.split(" ").reduce<string[]>((lines, w) => {
      const last = lines[lines.length - 1];
      if (last !== undefined && last.length + 1 + w.length <= 66) lines[lines.length - 1] = `${last} ${w}`;
      else lines.push(w);
      return lines;
    }, []).join("\n");
    for (const text of [fr, en]) {
      const wrapped = text.split("\n\n").map(fold).join("\n\n");
      expect(wrapped.split("\n").length).toBeGreaterThan(text.split("\n").length + 10);
      const plain = generateQuiz({ text, count: 20 });
      const fromWrapped = generateQuiz({ text: wrapped, count: 20 });
      expect(fromWrapped.questions.map((q) => q.prompt)).toEqual(plain.questions.map((q) => q.prompt));
      for (const q of fromWrapped.questions) expect(wrapped.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
    }
  });

  it("is deterministic for the same input", () => {
    expect(JSON.stringify(generateQuiz({ text: fr }))).toBe(JSON.stringify(generateQuiz({ text: fr })));
  });

  it("numbers ids q1… and never exceeds count (fewer is fine: no filler)", () => {
    const r = generateQuiz({ text: en, count: 3 });
    expect(r.questions.map((q) => q.id)).toEqual(["q1", "q2", "q3"].slice(0, r.questions.length));
    expect(r.questions.length).toBeGreaterThan(0);
    expect(r.requested).toBe(3);
    expect(r.produced).toBe(r.questions.length);
    expect(r.language).toBe("en");
    const all = generateQuiz({ text: en, count: 50 });
    expect(all.produced).toBeLessThan(50);
  });

  it("gives every question a skill and filters by skill", () => {
    for (const text of [fr, en]) for (const q of generateQuiz({ text }).questions) expect(q.skill).toBeTruthy();
    const r = generateQuiz({ text: fr, skills: ["detail"] });
    expect(r.questions.length).toBeGreaterThan(0);
    expect(new Set(r.questions.map((q) => q.skill))).toEqual(new Set(["detail"]));
  });

  it("cuts every evidence from the submitted text", () => {
    for (const text of [fr, en]) {
      for (const q of generateQuiz({ text }).questions) expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
    }
  });

  it("uses the title line as title and French typography in prompts", () => {
    const r = generateQuiz({ text: fr });
    expect(r.title).toBe("Grève dans les transports lyonnais : le réseau quasi paralysé pendant quatre jours");
    for (const q of r.questions) if (/[?:]/.test(q.prompt)) expect(q.prompt).not.toMatch(/ [?:;!]/);
  });

  it("filters by kind", () => {
    const r = generateQuiz({ text: fr, kinds: ["true_false"] });
    expect(r.questions.length).toBeGreaterThan(0);
    expect(new Set(r.questions.map((q) => q.kind))).toEqual(new Set(["true_false"]));
  });

  it("throws the documented error codes", () => {
    expect(codeOf(() => generateQuiz({ text: "   " }))).toBe("empty_text");
    expect(codeOf(() => generateQuiz({ text: "Trop court pour un quiz." }))).toBe("text_too_short");
    expect(codeOf(() => generateQuiz({ text: "a ".repeat(MAX_TEXT_CHARS) }))).toBe("text_too_long");
    expect(codeOf(() => generateQuiz({ text: fr.slice(0, 500) + "\u0000" + fr.slice(500) }))).toBe("binary_content");
    expect(codeOf(() => generateQuiz({ text: "\uFFFD\u0001".repeat(200) + fr }))).toBe("binary_content");
    const es = "El gobierno anunció el lunes que los precios del combustible bajarán y que las protestas terminarán pronto. ".repeat(6);
    expect(codeOf(() => generateQuiz({ text: es }))).toBe("unsupported_language");
    expect(codeOf(() => generateQuiz({ text: fr, count: 0 }))).toBe("invalid_request");
    expect(codeOf(() => generateQuiz({ text: fr, count: 51 }))).toBe("invalid_request");
    expect(codeOf(() => generateQuiz({ text: fr, language: "de" as never }))).toBe("invalid_request");
    expect(codeOf(() => generateQuiz({ text: fr, date: "10/01/2022" }))).toBe("invalid_request");
    expect(codeOf(() => generateQuiz({ text: fr, date: "2024-02-30" }))).toBe("invalid_request");
    expect(codeOf(() => generateQuiz({ text: fr, skills: ["gossip"] as never }))).toBe("invalid_request");
    expect(codeOf(() => generateQuiz({ text: 42 } as never))).toBe("invalid_request");
    expect(codeOf(() => generateQuiz(null))).toBe("invalid_request");
  });

  it("stops at the cooperative time budget", () => {
    expect(codeOf(() => generateQuiz({ text: fr.repeat(20) }, { timeBudgetMs: 1 }))).toBe("timeout");
  });

  it("stays linear on repeated and adversarial input", () => {
    const evil = ("« " + "a".repeat(50) + " 1 " + "2 ".repeat(2000) + "M. ".repeat(500)).repeat(5) + " " + fr;
    const t0 = Date.now();
    generateQuiz({ text: evil.slice(0, MAX_TEXT_CHARS) });
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe("generateInWorker", { timeout: 90_000 }, () => {
  // Under tsx the worker compiles the generator before it starts: on a busy machine that alone can
  // pass 5 s, so these tests give the worker its own budget (the built server's worker is bundled).
  const slowStart = { timeoutMs: 60_000 };
  it("returns the same quiz as in-process generation", async () => {
    const r = await generateInWorker({ text: en, count: 5 }, slowStart);
    expect(r).toEqual(generateQuiz({ text: en, count: 5 }));
  });

  it("forwards error codes and enforces the time budget", async () => {
    await expect(generateInWorker({ text: "" }, slowStart)).rejects.toMatchObject({ code: "empty_text" });
    await expect(generateInWorker({ text: fr.repeat(40) }, { timeoutMs: 5 })).rejects.toMatchObject({ code: "timeout" });
  });
});
