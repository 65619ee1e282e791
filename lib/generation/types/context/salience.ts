// Which countries and organisations an article is about, and the sentence that shows it.
import type { ArticleAnalysis, Sentence } from "../../../analysis/types";
import { findMentions, type Mention } from "../../knowledge";

export interface Topic {
  kind: "country" | "organisation";
  id: string;
  /** Strong mentions in the text, in order. */
  mentions: Mention[];
  /** Strong + weak (demonym) mentions in the text. */
  total: number;
  inTitle: boolean;
  /** Evidence: the first sentence with a strong mention. */
  sentence: Sentence;
  /** [0, 1]: title or lede > repeated > mentioned once. */
  salience: number;
}

/** Sentence containing an offset, if any. */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  // Headings are not question material (lib/analysis marks them).
  return sentences.find((s) => offset >= s.start && offset < s.end && !s.isHeading);
}

export function findTopics(analysis: ArticleAnalysis): Topic[] {
  const lang = analysis.language;
  const inText = findMentions(analysis.text, { language: lang });
  const inTitle = analysis.title ? findMentions(analysis.title, { language: lang }) : [];
  const titleIds = new Set(inTitle.map((m) => `${m.kind}:${m.id}`));
  const groups = new Map<string, Mention[]>();
  for (const m of inText) {
    const k = `${m.kind}:${m.id}`;
    const g = groups.get(k) ?? [];
    g.push(m);
    groups.set(k, g);
  }
  const topics: Topic[] = [];
  for (const [key, ms] of groups) {
    const strong = ms.filter((m) => !m.weak);
    if (strong.length === 0) continue; // a demonym alone cannot be the evidence
    const located = strong
      .map((m) => ({ m, s: sentenceAt(analysis.sentences, m.start) }))
      .filter((x): x is { m: Mention; s: Sentence } => x.s !== undefined);
    if (located.length === 0) continue;
    const first = located[0];
    const title = titleIds.has(key);
    const lede = first.s.index <= 1;
    // Acronym + expansion in one sentence ("… (OTSC)") count as one mention there.
    const distinctSentences = new Set(located.map((x) => x.s.index)).size;
    const repeated = distinctSentences >= 2 || ms.length >= 3;
    const salience = title ? 1 : lede ? 0.9 : repeated ? 0.8 : ms.length >= 2 ? 0.65 : 0.5;
    topics.push({
      kind: first.m.kind,
      id: first.m.id,
      mentions: strong,
      total: ms.length,
      inTitle: title,
      sentence: first.s,
      salience,
    });
  }
  return topics.sort((a, b) => b.salience - a.salience || b.total - a.total || a.sentence.start - b.sentence.start);
}
