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
  /** A title or subheading line (no final punctuation): never used as question material. */
  isHeading?: boolean;
  /** « » / “ ” / straight quotes are balanced inside the sentence. */
  quotesBalanced?: boolean;
}

export interface Token extends Span {
  text: string;
  /** word: letters; number: digits; punct: anything else (one character). */
  kind: "word" | "number" | "punct";
  /** French elided article/pronoun ("l'", "d'", "qu'"), apostrophe included. */
  elision?: boolean;
  sentenceIndex: number;
}

export type Hedge = "gt" | "lt" | "approx" | "min" | "max";

export interface NumberMention extends Span {
  sentenceIndex: number;
  /** Whole mention as written, hedge and scale included ("plus de 1 600"). */
  text: string;
  /** Hedge words as written ("plus de", "about"), or "" when none. */
  hedgeText: string;
  hedge: Hedge | null;
  /** Offsets of the numeral itself (digits or words, scale word excluded). */
  numStart: number;
  numEnd: number;
  /** Numeric value of the numeral before the scale word (1.5 for "1,5 million"). */
  mantissa: number;
  /** Scale word as written ("million", "milliard", "billion"), or "". */
  scaleText: string;
  /** Full value (1 500 000 for "1,5 million"). */
  value: number;
  /** Decimal places written in the numeral. */
  decimals: number;
  format: "digits" | "words";
  /** The numeral as written when it is several words (« vingt-trois », "two hundred fifty"). */
  compound?: string;
  /** Currency or unit prefix written before the numeral ("$", "€"). */
  prefix: string;
  /** Unit or head noun after the number, lower-cased ("blessés", "%", "euros", "kilomètres"). */
  unit: string;
  /** Offsets of the unit word when it is a word after the number. */
  unitEnd: number;
  isPercent: boolean;
}

export type DateGranularity = "day" | "month" | "year";

export interface DateMention extends Span {
  sentenceIndex: number;
  text: string;
  granularity: DateGranularity;
  year: number;
  /** 1-12, or 0 for year granularity. */
  month: number;
  /** 1-31, or 0 when unknown. */
  day: number;
  hasWeekday: boolean;
  hasYear: boolean;
  /** Derived from a weekday alone ("mardi", "on Sunday"): anchored to the reference date. */
  relative: boolean;
  /** Sortable key: days since epoch of the first day covered. */
  sortKey: number;
}

export type EntityType = "person" | "place" | "org" | "other";

export interface EntityMention extends Span {
  sentenceIndex: number;
  text: string;
  type: EntityType;
  /** Cluster id: mentions of the same entity share it ("Tokaïev" → "Kassym-Jomart Tokaïev"). */
  entityId: number;
  /** Lower-cased word before the mention (determiner or preposition), for grammatical fit. */
  before: string;
}

export interface Entity {
  id: number;
  type: EntityType;
  /** Longest written form ("Kassym-Jomart Tokaïev"). */
  name: string;
  /** Every written form seen (surname, full name, acronym). */
  forms: string[];
  mentions: number;
  firstOffset: number;
  /** Title seen before the name ("M.", "Mme", "Dr", "Governor"). */
  title?: string;
  /**
   * "place" fine type from gazetteers and cues; "site" is a square, street, park or landmark,
   * "water" a river, lake, sea or bay, "mountain" a mountain or volcano.
   */
  placeKind?: "country" | "city" | "region" | "site" | "water" | "mountain";
  /** Role written next to the name ("président kazakhstanais", "Finance Minister"). */
  roles: RoleMention[];
  /** Determiners seen before the name (le, la, l', du, au…), lower-cased. */
  determiners: string[];
}

export interface RoleMention extends Span {
  sentenceIndex: number;
  /** Role with its determiner, as written ("le président de la métropole"). */
  text: string;
  /** Role without determiner ("président de la métropole"). */
  bare: string;
  /** Determiner or possessive written before the role ("le", "son", "the", ""). */
  det: string;
}

export interface AcronymMention extends Span {
  sentenceIndex: number;
  acronym: string;
  expansion: string;
  expansionStart: number;
  expansionEnd: number;
}

export interface QuoteMention extends Span {
  /** Quoted words without the quote marks. */
  text: string;
  contentStart: number;
  contentEnd: number;
  /** Entity id of the speaker when found. */
  speakerId?: number;
  /** Offsets of the speaker's name or pronoun as it attributes the quote. */
  speakerStart?: number;
  speakerEnd?: number;
  /** Speech verb as written ("a déclaré", "said"). */
  verb?: string;
  firstSentence: number;
  lastSentence: number;
}

export interface KeyTerm extends Span {
  sentenceIndex: number;
  text: string;
  score: number;
}

/** The result of analysing one article. The analysis layer extends this with more fields. */
export interface ArticleAnalysis {
  text: string;
  title: string;
  language: Language;
  /** Reference date (publication date, or today when unknown) for relative dates and dated facts. */
  referenceDate: Date;
  sentences: Sentence[];
  /** True when referenceDate came from the request, false when inferred from the text or today. */
  referenceDateGiven?: boolean;
  tokens?: Token[];
  numbers?: NumberMention[];
  dates?: DateMention[];
  entities?: Entity[];
  entityMentions?: EntityMention[];
  acronyms?: AcronymMention[];
  quotes?: QuoteMention[];
  keyTerms?: KeyTerm[];
}

/** ArticleAnalysis after analyzeArticle(): every optional layer is filled. */
export type FullAnalysis = Required<ArticleAnalysis>;
