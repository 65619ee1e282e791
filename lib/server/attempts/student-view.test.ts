import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { choiceId } from "@/lib/grading/choice-id";
import { createParticipant, createQuiz, everyKind, markers } from "@/tests/support/quiz-fixtures";
import { buildStudentQuestions, getStudentAttemptView, type QuestionSource } from "./student-view";
import { startAttempt } from "./start-attempt";

async function startedView(options: Parameters<typeof createQuiz>[0] = {}) {
  const quiz = await createQuiz(options);
  const { participant } = await createParticipant(quiz.id);
  const started = await startAttempt(participant.id);
  if (!started.ok) throw new Error(started.reason);
  const view = await getStudentAttemptView(started.attemptId, participant.id);
  if (!view) throw new Error("no view");
  return { quiz, participant, view, attemptId: started.attemptId };
}

describe("student view of an attempt", () => {
  it("never contains the key, accepted spellings, explanations or evidence", async () => {
    const { view } = await startedView({ shuffleQuestions: true });
    const json = JSON.stringify(view);
    for (const marker of Object.values(markers("A"))) expect(json).not.toContain(marker);
    // The key of the knowledge question is one of its shown choices, but no field says which.
    expect(json).not.toMatch(/"(answer|accepted|explanation|evidence\w*|correct|isCorrect|expected)"/);
  });

  it("sends only allow-listed fields", async () => {
    const { view } = await startedView();
    expect(Object.keys(view).sort()).toEqual(["attemptId", "attemptNumber", "deadlineAt", "questions", "quiz", "serverNow", "startedAt"]);
    expect(Object.keys(view.quiz).sort()).toEqual(["articleText", "articleTitle", "joinCode", "language", "title"]);
    for (const q of view.questions) {
      expect(Object.keys(q).sort()).toEqual(["choices", "id", "kind", "prompt"]);
      for (const c of q.choices ?? []) expect(Object.keys(c).sort()).toEqual(["id", "text"]);
    }
  });

  it("uses opaque choice ids and keeps free-text questions without choices", async () => {
    const { view } = await startedView();
    for (const q of view.questions) {
      if (q.kind === "fill_blank" || q.kind === "short_answer") expect(q.choices).toBeNull();
      else for (const c of q.choices ?? []) expect(c.id).toBe(choiceId(q.id, c.text));
    }
  });

  it("is refused for another participant and for a submitted attempt", async () => {
    const { quiz, attemptId, participant } = await startedView();
    const other = await createParticipant(quiz.id, "Autre");
    expect(await getStudentAttemptView(attemptId, other.participant.id)).toBeNull();
    await prisma.attempt.update({ where: { id: attemptId }, data: { status: "submitted" } });
    expect(await getStudentAttemptView(attemptId, participant.id)).toBeNull();
  });
});

describe("server-side shuffles", () => {
  const rows: QuestionSource[] = everyKind().map((q, i) => ({
    id: `q${i}`,
    kind: q.kind,
    prompt: q.prompt,
    choices: q.choices ? JSON.stringify(q.choices) : null,
    answer: JSON.stringify(q.answer),
  }));
  const seeds = Array.from({ length: 40 }, (_, i) => `seed-${i}`);

  it("is stable for one seed and varies across seeds", () => {
    const a = buildStudentQuestions(rows, { seed: "s1", shuffleQuestions: true, shuffleChoices: true });
    expect(buildStudentQuestions(rows, { seed: "s1", shuffleQuestions: true, shuffleChoices: true })).toEqual(a);
    const orders = new Set(seeds.map((s) => buildStudentQuestions(rows, { seed: s, shuffleQuestions: true, shuffleChoices: true }).map((q) => q.id).join()));
    expect(orders.size).toBeGreaterThan(5);
    const firstChoices = new Set(seeds.map((s) => buildStudentQuestions(rows, { seed: s, shuffleQuestions: false, shuffleChoices: true })[0].choices![0].text));
    expect(firstChoices.size).toBeGreaterThan(1);
  });

  it("keeps stored order when shuffling is off, and true/false in natural order", () => {
    for (const s of seeds) {
      const v = buildStudentQuestions(rows, { seed: s, shuffleQuestions: false, shuffleChoices: false });
      expect(v.map((q) => q.id)).toEqual(rows.map((r) => r.id));
      expect(v[0].choices!.map((c) => c.text)).toEqual(["2 030", "3 020", "250", "1 300"]);
      expect(v[1].choices!.map((c) => c.text)).toEqual(["Vrai", "Faux"]);
    }
  });

  it("shows every order of four ordering items, the solved one included, about equally often", () => {
    const key = ["Rassemblements", "Démission", "Renvoi", "Retrait"];
    const four: QuestionSource = { id: "q-order", kind: "ordering", prompt: "Ordre ?", choices: JSON.stringify([...key].reverse()), answer: JSON.stringify(key) };
    const counts = new Map<string, number>();
    const joins = 2400;
    for (let i = 0; i < joins; i++) {
      const [q] = buildStudentQuestions([four], { seed: `join-${i}`, shuffleQuestions: false, shuffleChoices: false });
      const shown = q.choices!.map((c) => c.text);
      expect([...shown].sort()).toEqual([...key].sort());
      counts.set(shown.join("|"), (counts.get(shown.join("|")) ?? 0) + 1);
    }
    // 24 orders, 100 expected each (standard deviation about 10).
    expect(counts.size).toBe(24);
    expect(counts.get(key.join("|"))).toBeGreaterThan(60);
    for (const n of counts.values()) expect(n).toBeGreaterThan(60);
    for (const n of counts.values()) expect(n).toBeLessThan(140);
  });
});

describe("ordering through the real join path", () => {
  it("shows the solved order to some of many students who join and start", async () => {
    const key = ["Rassemblements", "Démission", "Retrait"];
    const quiz = await createQuiz({
      questions: [{ kind: "ordering", prompt: "Ordre ?", choices: ["Démission", "Retrait", "Rassemblements"], answer: key }],
    });
    const seen = new Set<string>();
    // Six orders; with uniform seeds, 120 joins all see them but with probability below 1e-8.
    for (let i = 0; i < 120 && seen.size < 6; i++) {
      const { participant } = await createParticipant(quiz.id, `Élève ${i}`);
      const started = await startAttempt(participant.id);
      if (!started.ok) throw new Error(started.reason);
      const view = await getStudentAttemptView(started.attemptId, participant.id);
      seen.add(view!.questions[0].choices!.map((c) => c.text).join("|"));
    }
    expect(seen.size).toBe(6);
    expect(seen).toContain(key.join("|"));
  });
});
