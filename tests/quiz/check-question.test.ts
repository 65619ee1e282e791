import { describe, expect, it } from "vitest";
import { checkQuestion } from "@/lib/quiz/check-question";
import { parseQuestionInput, scrambleItems } from "@/lib/quiz/question-input";
import { demoArticle, demoQuestions } from "./demo-quiz";

const article = demoArticle().text;
const failed = (q: Parameters<typeof checkQuestion>[0]) => checkQuestion(q, article).filter((c) => !c.ok).map((c) => c.id);

describe("question checks", () => {
  it("passes every demo question", () => {
    for (const q of demoQuestions()) expect(failed(q), q.prompt).toEqual([]);
  });

  it("catches each broken rule", () => {
    const [mc, , tf, fill, short, ordering] = demoQuestions();
    expect(failed({ ...mc, evidenceStart: mc.evidenceStart + 1 })).toContain("evidence_exact");
    expect(failed({ ...mc, choices: ["2 030", "250"] })).toContain("choices_count");
    expect(failed({ ...mc, choices: ["2 030", "250", "250", "1 300"] })).toContain("choices_distinct");
    expect(failed({ ...mc, answer: "999" })).toEqual(expect.arrayContaining(["answer_is_one_choice", "answer_in_evidence"]));
    expect(failed({ ...short, prompt: "Janaozen est-elle la ville ?" })).toContain("prompt_hides_answer");
    expect(failed({ ...tf, answer: "Peut-être" })).toContain("true_false_answer");
    expect(failed({ ...fill, prompt: "Complétez la phrase." })).toContain("fill_blank_marker");
    expect(failed({ ...ordering, answer: (ordering.answer as string[]).slice(1) })).toContain("ordering_permutation");
  });

  it("parses the editor's fields and reports errors per field", () => {
    const ok = parseQuestionInput(
      { kind: "short_answer", category: "comprehension", source: "article", prompt: "Dans quelle ville pétrolière les premiers rassemblements ont-ils eu lieu ?", answer: "Janaozen", accepted: "Zhanaozen\n\n", evidence: demoQuestions()[4].evidenceText, explanation: "", difficulty: "2" },
      { articleText: article, language: "fr" },
    );
    expect(ok.errors).toEqual({});
    expect(ok.fields?.accepted).toEqual(["Zhanaozen"]);
    const bad = parseQuestionInput(
      { kind: "multiple_choice", category: "comprehension", source: "article", prompt: "", choices: "a\nb", answer: "c", evidence: "Une phrase inventée.", difficulty: "2" },
      { articleText: article, language: "fr" },
    );
    expect(bad.fields).toBeNull();
    expect(bad.errors).toMatchObject({ prompt: "required", evidence: "evidence_not_found", choices: "choices_count", answer: "answer_is_one_choice" });
    const ordering = parseQuestionInput(
      { kind: "ordering", category: "comprehension", source: "article", prompt: "Ordre ?", choices: "Un\nDeux\nTrois", evidence: demoQuestions()[5].evidenceText, difficulty: "2" },
      { articleText: article, language: "fr" },
    );
    expect(ordering.fields?.answer).toEqual(["Un", "Deux", "Trois"]);
    expect([...(ordering.fields?.choices ?? [])].sort()).toEqual(["Deux", "Trois", "Un"]);
  });

  it("stores ordering items of a hand-written question in any order, the answer's own included", () => {
    const seen = new Set<string>();
    // Six orders; a uniform shuffle misses one in 200 saves with probability below 1e-15.
    for (let i = 0; i < 200 && seen.size < 6; i++) {
      const parsed = parseQuestionInput(
        { kind: "ordering", category: "comprehension", source: "article", prompt: "Ordre ?", choices: "Un\nDeux\nTrois", evidence: demoQuestions()[5].evidenceText, difficulty: "2" },
        { articleText: article, language: "fr" },
      );
      seen.add(parsed.fields!.choices!.join("|"));
    }
    expect(seen.size).toBe(6);
    expect(seen).toContain("Un|Deux|Trois");
    // Two items: shown as typed about half the time, never always reversed.
    const two = Array.from({ length: 40 }, () => scrambleItems(["A", "B"]).join(""));
    expect(two).toContain("AB");
    expect(two).toContain("BA");
  });
});
