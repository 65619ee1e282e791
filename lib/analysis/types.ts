// Shared shapes of the analysis layer. Pure data: character offsets always refer to the
// original submitted text, so evidence spans can be cut from it verbatim.
import type { Language } from "../generation/contract";

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
}

/** The result of analysing one article. The analysis layer extends this with more fields. */
export interface ArticleAnalysis {
  text: string;
  title: string;
  language: Language;
  /** Reference date (publication date, or today when unknown) for relative dates and dated facts. */
  referenceDate: Date;
  sentences: Sentence[];
}
