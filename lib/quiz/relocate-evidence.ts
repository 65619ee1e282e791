// After a teacher edits an article's text, where each question's evidence sentence now sits.
// Evidence must be an exact slice of the article: a sentence still present (here or moved) gets
// its new offsets; one that is gone is reported missing, never kept pointing at other text.
// Knowledge-base questions quote the bundled facts, not the article, so they are left alone.

export interface EvidenceRef {
  id: string;
  source: string;
  evidenceText: string;
  evidenceStart: number;
  evidenceEnd: number;
}

export type EvidencePlacement =
  | { id: string; state: "kept" }
  | { id: string; state: "moved"; start: number; end: number }
  | { id: string; state: "missing" };

export function relocateEvidence(questions: readonly EvidenceRef[], text: string): EvidencePlacement[] {
  return questions.map((q): EvidencePlacement => {
    if (q.source === "knowledge") return { id: q.id, state: "kept" };
    const evidence = q.evidenceText;
    if (!evidence.trim()) return { id: q.id, state: "missing" };
    if (text.slice(q.evidenceStart, q.evidenceEnd) === evidence) return { id: q.id, state: "kept" };
    const start = text.indexOf(evidence);
    return start < 0 ? { id: q.id, state: "missing" } : { id: q.id, state: "moved", start, end: start + evidence.length };
  });
}

/** True when an article question's evidence is not exactly the article's text at its offsets. */
export function evidenceMissing(q: EvidenceRef, text: string): boolean {
  return q.source !== "knowledge" && (!q.evidenceText.trim() || text.slice(q.evidenceStart, q.evidenceEnd) !== q.evidenceText);
}
