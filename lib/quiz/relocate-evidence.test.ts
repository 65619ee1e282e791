import { describe, expect, it } from "vitest";
import { evidenceMissing, relocateEvidence, type EvidenceRef } from "./relocate-evidence";

const BEFORE = "Le 2 janvier, les rassemblements commencent.\nLe 5 janvier, le gouvernement démissionne.\nLe 13 janvier, les troupes se retirent.";

function ref(id: string, sentence: string, source = "article"): EvidenceRef {
  const start = BEFORE.indexOf(sentence);
  return { id, source, evidenceText: sentence, evidenceStart: start, evidenceEnd: start + sentence.length };
}

describe("evidence after an article edit", () => {
  const qs = [
    ref("a", "Le 2 janvier, les rassemblements commencent."),
    ref("b", "Le 5 janvier, le gouvernement démissionne."),
    ref("c", "Le 13 janvier, les troupes se retirent."),
    { id: "k", source: "knowledge", evidenceText: "Noursoultan était la capitale en 2022.", evidenceStart: 0, evidenceEnd: 38 },
  ];

  it("keeps sentences in place, moves the ones that shifted and reports the ones that are gone", () => {
    const after = "Le 2 janvier, les rassemblements commencent.\nUne phrase ajoutée au milieu.\nLe 5 janvier, le gouvernement démissionne.\nLe 14 janvier, les troupes se retirent.";
    const placed = relocateEvidence(qs, after);
    expect(placed).toEqual([
      { id: "a", state: "kept" },
      { id: "b", state: "moved", start: after.indexOf("Le 5 janvier"), end: after.indexOf("Le 5 janvier") + qs[1].evidenceText.length },
      { id: "c", state: "missing" },
      { id: "k", state: "kept" },
    ]);
    const moved = placed[1] as { start: number; end: number };
    expect(after.slice(moved.start, moved.end)).toBe(qs[1].evidenceText);
  });

  it("never accepts a near match: one changed letter or another apostrophe makes the evidence missing", () => {
    expect(relocateEvidence([qs[0]], BEFORE.replace("rassemblements", "Rassemblements"))).toEqual([{ id: "a", state: "missing" }]);
    const withApostrophe = ref("d", "Le 5 janvier, le gouvernement démissionne.");
    expect(relocateEvidence([{ ...withApostrophe, evidenceText: "L'armée s'est retirée." }], "L’armée s’est retirée.")).toEqual([{ id: "d", state: "missing" }]);
  });

  it("tells which questions no longer match the article they point at", () => {
    expect(qs.map((q) => evidenceMissing(q, BEFORE))).toEqual([false, false, false, false]);
    const edited = BEFORE.replace("13 janvier", "14 janvier");
    expect(qs.map((q) => evidenceMissing(q, edited))).toEqual([false, false, true, false]);
    expect(evidenceMissing({ ...qs[0], evidenceText: "  " }, BEFORE)).toBe(true);
  });
});
