import { describe, expect, it } from "vitest";
import { CLASS_OF_30_QUESTIONS, CLASS_OF_30_STUDENTS, scoredClassOf30 } from "./fixtures/class-of-30";
import { analyseQuiz, type AnalysedAttempt, type AnalysedQuestion } from "./item-analysis";

// Every expected value below is worked out by hand from the pattern table in
// fixtures/class-of-30.ts (repeated here), not copied from the function's output.
//
//   pattern  q1 q2 q3 q4 q5  score  count  attempts
//   P1        1  1  0  1  1    4      6    a01–a06
//   P2        1  1  1  1  1    5      2    a07–a08
//   P3        1  1  1  1  0    4      2    a09–a10
//   P4        1  0  1  1  0    3      4    a11–a14
//   P5        1  1  0  0  1    3      3    a15–a17
//   P6        0  1  1  0  0    2      4    a18–a21
//   P7        1  0  0  0  0    1      3    a22–a24
//   P8        0  1  0  0  0    1      3    a25–a27
//   P9        0  0  0  0  0    0      3    a28–a30
//
// Item sums S: q1 = 6+2+2+4+3+3 = 20; q2 = 6+2+2+3+4+3 = 20; q3 = 2+2+4+4 = 12;
//              q4 = 6+2+2+4 = 14; q5 = 6+2+3 = 11.
// Totals: ΣT = 4·6+5·2+4·2+3·4+3·3+2·4+1·3+1·3+0·3 = 24+10+8+12+9+8+3+3 = 77 (= 20+20+12+14+11).
//         ΣT² = 16·6+25·2+16·2+9·4+9·3+4·4+1·3+1·3 = 96+50+32+36+27+16+3+3 = 263.

const analysis = analyseQuiz(scoredClassOf30(), CLASS_OF_30_QUESTIONS);
const item = (id: string) => analysis.items.find((i) => i.questionId === id)!;

describe("class of 30: the fixture scores as designed", () => {
  it("gives each student the pattern of the table", () => {
    const patterns = scoredClassOf30().map((a) => a.responses.map((r) => (r.correct ? 1 : 0)).join(""));
    const expected = [
      ...Array(6).fill("11011"), ...Array(2).fill("11111"), ...Array(2).fill("11110"),
      ...Array(4).fill("10110"), ...Array(3).fill("11001"), ...Array(4).fill("01100"),
      ...Array(3).fill("10000"), ...Array(3).fill("01000"), ...Array(3).fill("00000"),
    ];
    expect(patterns).toEqual(expected);
    expect(CLASS_OF_30_STUDENTS).toHaveLength(30);
  });
});

describe("class of 30: difficulty p", () => {
  it("is the share correct", () => {
    // p = S / 30
    expect(item("q1").p).toBeCloseTo(20 / 30, 12); // 0.6667
    expect(item("q2").p).toBeCloseTo(20 / 30, 12);
    expect(item("q3").p).toBeCloseTo(12 / 30, 12); // 0.4
    expect(item("q4").p).toBeCloseTo(14 / 30, 12); // 0.4667
    expect(item("q5").p).toBeCloseTo(11 / 30, 12); // 0.3667
    expect(analysis.items.map((i) => i.n)).toEqual([30, 30, 30, 30, 30]);
    expect(item("q4").correctCount).toBe(14);
  });
});

describe("class of 30: discrimination D (upper − lower 27 %)", () => {
  // Group size = max(1, round(0.27 × 30)) = round(8.1) = 8.
  // Sorted by score desc, then attemptId asc:
  //   5: a07 a08 | 4: a01…a06 a09 a10 | … | 1: a22…a27 | 0: a28 a29 a30
  // Upper 8 = a07, a08 (P2) + a01…a06 (P1): the tie at score 4 keeps a01–a06, drops a09–a10.
  // Lower 8 = a28–a30 (P9) + the last five score-1 attempts a23, a24 (P7), a25–a27 (P8).
  it("uses groups of 8 with ties broken by attemptId", () => {
    expect(analysis.groupSize).toBe(8);
  });

  it("matches the hand count", () => {
    // q1: upper 8/8 (P2, P1 all right); lower: a23, a24 right = 2/8 → D = 1 − 0.25 = 0.75
    expect(item("q1").discrimination).toBeCloseTo(0.75, 12);
    // q2: upper 8/8; lower: P8 ×3 right = 3/8 → D = 1 − 0.375 = 0.625
    expect(item("q2").discrimination).toBeCloseTo(0.625, 12);
    // q3: upper: only P2 ×2 right = 2/8; lower 0/8 → D = 0.25
    expect(item("q3").discrimination).toBeCloseTo(0.25, 12);
    // q4: upper 8/8; lower 0/8 → D = 1
    expect(item("q4").discrimination).toBeCloseTo(1, 12);
    // q5: upper 8/8; lower 0/8 → D = 1
    expect(item("q5").discrimination).toBeCloseTo(1, 12);
  });

  it("does not depend on the order attempts come in", () => {
    const shuffled = [...scoredClassOf30()].reverse();
    const again = analyseQuiz(shuffled, CLASS_OF_30_QUESTIONS);
    expect(again.items.map((i) => i.discrimination)).toEqual(analysis.items.map((i) => i.discrimination));
    expect(again.items.map((i) => i.choices)).toEqual(analysis.items.map((i) => i.choices));
  });
});

describe("class of 30: corrected point-biserial", () => {
  // x = item (0/1), y = T − x. r = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)), n = 30.
  // Σx = S, Σx² = S, Σy = 77 − S, Σxy = Σ_{x=1} T − S, Σy² = ΣT² − 2Σ_{x=1} T + S = 263 − 2A + S
  // with A = Σ_{x=1} T.
  it("q1", () => {
    // A = 4·6+5·2+4·2+3·4+3·3+1·3 = 24+10+8+12+9+3 = 66; Σxy = 46; Σy = 57; Σy² = 263−132+20 = 151
    // num = 30·46 − 20·57 = 1380 − 1140 = 240
    // den = √((30·20 − 400)(30·151 − 57²)) = √(200 · (4530 − 3249)) = √(200·1281) = √256200 = 506.162
    // r = 240 / 506.162 = 0.474156
    expect(item("q1").pointBiserial).toBeCloseTo(0.474156, 5);
  });

  it("q2", () => {
    // A = 24+10+8+9 (P5) + 2·4 (P6) + 1·3 (P8) = 62; Σxy = 42; Σy = 57; Σy² = 263−124+20 = 159
    // num = 30·42 − 20·57 = 1260 − 1140 = 120
    // den = √(200 · (30·159 − 3249)) = √(200·1521) = 39·√200 = 551.543
    // r = 120 / 551.543 = 0.217571
    expect(item("q2").pointBiserial).toBeCloseTo(0.217571, 5);
  });

  it("q3 (mis-keyed): zero", () => {
    // A = 5·2+4·2+3·4+2·4 = 10+8+12+8 = 38; Σxy = 26; Σy = 65
    // num = 30·26 − 12·65 = 780 − 780 = 0 → r = 0
    expect(item("q3").pointBiserial).toBeCloseTo(0, 10);
  });

  it("q4", () => {
    // A = 24+10+8+12 = 54; Σxy = 40; Σy = 63; Σy² = 263−108+14 = 169
    // num = 30·40 − 14·63 = 1200 − 882 = 318
    // den = √((30·14 − 196)(30·169 − 63²)) = √(224 · (5070 − 3969)) = √(224·1101) = √246624 = 496.613
    // r = 318 / 496.613 = 0.640338
    expect(item("q4").pointBiserial).toBeCloseTo(0.640338, 5);
  });

  it("q5", () => {
    // A = 24+10+9 = 43; Σxy = 32; Σy = 66; Σy² = 263−86+11 = 188
    // num = 30·32 − 11·66 = 960 − 726 = 234
    // den = √((330 − 121)(30·188 − 66²)) = √(209 · (5640 − 4356)) = √(209·1284) = √268356 = 518.031
    // r = 234 / 518.031 = 0.451711
    expect(item("q5").pointBiserial).toBeCloseTo(0.451711, 5);
  });
});

describe("class of 30: choices", () => {
  it("q1: counts, shares, and the distractor nobody wants", () => {
    // 2 030: P1 6 + P2 2 + P3 2 + P4 4 + P5 3 + P7 3 = 20; 2 000: P6 4 + a28 = 5;
    // 1 600: P8 3; 250: a29 = 1; a30 left it blank (omitted). 20+5+3+1+1 = 30.
    const q1 = item("q1");
    expect(q1.choices!.map((c) => [c.choice, c.count, c.isKey])).toEqual([
      ["2 030", 20, true],
      ["1 600", 3, false],
      ["250", 1, false],
      ["2 000", 5, false],
    ]);
    expect(q1.choices!.map((c) => c.share)).toEqual([20 / 30, 3 / 30, 1 / 30, 5 / 30]);
    expect(q1.omitted).toBe(1);
    expect(q1.invalid).toBe(0);
    // 1/30 = 3.3 % < 5 %; 3/30 = 10 % and 5/30 = 16.7 % function.
    expect(q1.nonFunctioningDistractors).toEqual(["250"]);
    expect(q1.keyFlag).toBe(false);
    // Lower group (a23–a30): 2 030 ×2 (a23, a24), 1 600 ×3, 2 000 ×1 (a28), 250 ×1 (a29).
    expect(q1.choices!.map((c) => [c.upper, c.lower])).toEqual([[8, 2], [0, 3], [0, 1], [0, 1]]);
  });

  it("q2 (true/false): 20 Vrai, 10 Faux", () => {
    // Faux: P4 4 + P7 3 + P9 3 = 10
    const q2 = item("q2");
    expect(q2.choices!.map((c) => [c.choice, c.count])).toEqual([["Vrai", 20], ["Faux", 10]]);
    expect(q2.nonFunctioningDistractors).toEqual([]);
    expect(q2.keyFlag).toBe(false);
  });

  it("q3: the upper group prefers a distractor, so the key is flagged", () => {
    // Astana (key): P2 2 + P3 2 + P4 4 + P6 4 = 12; Noursoultan: P1 6 + P7 3 = 9;
    // Almaty: P5 3 + P8 3 + a30 = 7; Bichkek: a28 + a29 = 2.
    // Upper group: Astana 2 (P2), Noursoultan 6 (P1) → 6 > 2 and 6 ≥ 2 → keyFlag.
    const q3 = item("q3");
    expect(q3.choices!.map((c) => [c.choice, c.count, c.upper])).toEqual([
      ["Astana", 12, 2],
      ["Noursoultan", 9, 6],
      ["Almaty", 7, 0],
      ["Bichkek", 2, 0],
    ]);
    expect(q3.choices![3].share).toBeCloseTo(2 / 30, 12); // 6.7 % ≥ 5 %: still functioning
    expect(q3.nonFunctioningDistractors).toEqual([]);
    expect(q3.keyFlag).toBe(true);
  });

  it("has no choice statistics for free-text and ordering questions, but lists wrong answers", () => {
    expect(item("q4").choices).toBeNull();
    expect(item("q5").choices).toBeNull();
    // Wrong q4 answers: Russie a16, a19, a22, a25 = 4; Kirghizstan a15, a27 = 2; blanks a23 ("") and a29.
    expect(item("q4").wrongAnswers.slice(0, 2)).toEqual([
      { answer: "Russie", count: 4 },
      { answer: "Kirghizstan", count: 2 },
    ]);
    expect(item("q4").omitted).toBe(2);
    expect(item("q5").omitted).toBe(1);
  });
});

describe("class of 30: summary", () => {
  const s = analysis.summary;

  it("mean, median, sd, min, max, mean percent", () => {
    expect(s.n).toBe(30);
    // 77 / 30
    expect(s.mean).toBeCloseTo(2.566667, 5);
    // Sorted: 0×3, 1×6, 2×4, 3×7, 4×8, 5×2 → positions 15 and 16 fall among the 3s (ranks 14–20).
    expect(s.median).toBe(3);
    // Population variance = ΣT²/n − mean² = (30·263 − 77²)/900 = (7890 − 5929)/900 = 1961/900 = 2.178889
    // sd = √2.178889 = 1.476106
    expect(s.sd).toBeCloseTo(1.476106, 5);
    expect(s.min).toBe(0);
    expect(s.max).toBe(5);
    // 77 / 150 = 51.333 %
    expect(s.meanPercent).toBeCloseTo(51.3333, 3);
  });

  it("KR-20", () => {
    // pq: q1 (2/3)(1/3) = 200/900; q2 200/900; q3 0.4·0.6 = 216/900; q4 (14·16)/900 = 224/900;
    //     q5 (11·19)/900 = 209/900. Σpq = 1049/900.
    // KR-20 = k/(k−1) · (1 − Σpq/σ²) = 5/4 · (1 − 1049/1961) = 5/4 · 912/1961 = 1140/1961 = 0.581336
    expect(s.kr20).toBeCloseTo(0.581336, 5);
  });

  it("histogram in tenths, 100 % in the last bin", () => {
    // Percent = score/5: 0 % ×3 → bin 0; 20 % ×6 → bin 2; 40 % ×4 → bin 4; 60 % ×7 → bin 6;
    // 80 % ×8 → bin 8; 100 % ×2 → bin 9.
    expect(s.histogram.map((b) => b.count)).toEqual([3, 0, 6, 0, 4, 0, 7, 0, 8, 2]);
    expect(s.histogram[0]).toEqual({ from: 0, to: 10, count: 3 });
    expect(s.histogram[9]).toEqual({ from: 90, to: 100, count: 2 });
  });
});

// Small hand-made cases for the edges.
const Q2: AnalysedQuestion[] = [
  { id: "a", kind: "multiple_choice", choices: ["K", "X", "Y"], answer: "K" },
  { id: "b", kind: "short_answer", choices: null, answer: "z" },
];
function attempt(id: string, score: number, a: [boolean, string | null], b: boolean, maxScore = 2): AnalysedAttempt {
  return {
    attemptId: id,
    participantId: `p-${id}`,
    score,
    maxScore,
    responses: [
      { questionId: "a", correct: a[0], given: a[1] },
      { questionId: "b", correct: b, given: b ? "z" : "w" },
    ],
  };
}

describe("item analysis: edge cases", () => {
  it("handles no attempts", () => {
    const r = analyseQuiz([], Q2);
    expect(r.summary).toMatchObject({ n: 0, mean: null, median: null, sd: null, kr20: null, min: null, max: null });
    expect(r.summary.histogram.every((b) => b.count === 0)).toBe(true);
    expect(r.items[0]).toMatchObject({ n: 0, p: null, discrimination: null, pointBiserial: null });
    expect(r.items[0].nonFunctioningDistractors).toEqual([]);
  });

  it("sizes the groups max(1, round(0.27 n))", () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => attempt(String(i).padStart(3, "0"), i % 3, [true, "K"], true));
    // 0.27·1 = 0.27 → 1 (minimum); 0.27·2 = 0.54 → 1; 0.27·13 = 3.51 → 4; 0.27·100 = 27
    expect([1, 2, 13, 100].map((n) => analyseQuiz(many(n), Q2).groupSize)).toEqual([1, 1, 4, 27]);
  });

  it("gives null D, r_pb and KR-20 for a single attempt", () => {
    const r = analyseQuiz([attempt("1", 2, [true, "K"], true)], Q2);
    expect(r.items[0]).toMatchObject({ n: 1, p: 1, discrimination: null, pointBiserial: null });
    expect(r.summary).toMatchObject({ mean: 2, sd: 0, kr20: null });
  });

  it("gives null r_pb when everyone got the item right, and null KR-20 with one item", () => {
    const atts = [attempt("1", 2, [true, "K"], true), attempt("2", 1, [true, "K"], false), attempt("3", 1, [true, "K"], false)];
    const r = analyseQuiz(atts, Q2);
    expect(r.items[0].pointBiserial).toBeNull();
    expect(r.items[0].p).toBe(1);
    expect(analyseQuiz(atts, [Q2[0]]).summary.kr20).toBeNull();
  });

  it("counts a missing response as wrong and omitted, and unknown choices as invalid", () => {
    const a1 = attempt("1", 1, [false, "tampered"], true);
    const a2: AnalysedAttempt = { ...attempt("2", 0, [false, null], false), responses: [] };
    const r = analyseQuiz([a1, a2], Q2);
    expect(r.items[0]).toMatchObject({ n: 2, correctCount: 0, p: 0, omitted: 1, invalid: 1 });
    expect(r.items[1]).toMatchObject({ n: 2, correctCount: 1, omitted: 1 });
  });

  it("needs at least 2 upper-group students on a distractor to flag the key", () => {
    // 10 attempts → group size round(2.7) = 3. Upper three: ids 01, 02 (score 2), 03 (first score 1).
    const mk = (id: string, score: number, pick: string | null) =>
      attempt(id, score, [pick === "K", pick], score === 2);
    const base = [mk("04", 1, "K"), mk("05", 1, "K"), mk("06", 0, "Y"), mk("07", 0, "Y"), mk("08", 0, "Y"), mk("09", 0, "Y"), mk("10", 0, "Y")];
    // Upper group: X 1, K 0 (two blanks): X beats the key but only one student picked it → no flag.
    const one = analyseQuiz([mk("01", 2, "X"), mk("02", 2, null), mk("03", 1, null), ...base], Q2);
    expect(analyseQuiz([], Q2).groupSize).toBe(1);
    expect(one.groupSize).toBe(3);
    expect(one.items[0].choices!.map((c) => c.upper)).toEqual([0, 1, 0]);
    expect(one.items[0].keyFlag).toBe(false);
    // Two upper students on X, one on K → flag.
    const two = analyseQuiz([mk("01", 2, "X"), mk("02", 2, "X"), mk("03", 1, "K"), ...base], Q2);
    expect(two.items[0].choices!.map((c) => c.upper)).toEqual([1, 2, 0]);
    expect(two.items[0].keyFlag).toBe(true);
  });

  it("puts exactly 100 % in the last bin and 99 % in the last bin too, 10 % in the second", () => {
    const mk = (id: string, score: number, max: number): AnalysedAttempt => ({
      attemptId: id, participantId: id, score, maxScore: max, responses: [],
    });
    const r = analyseQuiz([mk("a", 10, 10), mk("b", 99, 100), mk("c", 1, 10), mk("d", 7, 10), mk("e", 0, 10)], []);
    expect(r.summary.histogram.map((b) => b.count)).toEqual([1, 1, 0, 0, 0, 0, 0, 1, 0, 2]);
  });
});
