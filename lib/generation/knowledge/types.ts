// Shapes of the bundled knowledge base. Every fact that can change carries a validity interval
// so questions can say "in January 2022" or "today" honestly.

/** ISO date "YYYY-MM-DD"; null means open-ended (unknown start, or still true). */
export type IsoDate = string;

/**
 * Half-open interval [from, to): `to` is the first day the fact no longer holds.
 * from = null: since before any date we ask about; to = null: still true at KB_AS_OF.
 */
export interface Period {
  from: IsoDate | null;
  to: IsoDate | null;
  /** Free text on sources or doubts; shown to nobody, read by curators. */
  note?: string;
}

export type Continent = "africa" | "americas" | "asia" | "europe" | "oceania";

/** UN M49 subregions (names in fr/en live in regions.ts). */
export type Subregion =
  | "central-asia"
  | "eastern-asia"
  | "south-eastern-asia"
  | "southern-asia"
  | "western-asia"
  | "eastern-europe"
  | "northern-europe"
  | "southern-europe"
  | "western-europe"
  | "northern-africa"
  | "western-africa"
  | "eastern-africa"
  | "middle-africa"
  | "southern-africa"
  | "northern-america"
  | "central-america"
  | "caribbean"
  | "south-america"
  | "australia-new-zealand";

/** French article used with the name: "le Kazakhstan", "la Russie", "l'Iran", "les États-Unis", "Chypre". */
export type FrenchArticle = "le" | "la" | "l'" | "les" | "";
/** Locative preposition: "au Kazakhstan", "en Russie", "aux États-Unis", "à Chypre". */
export type FrenchLocative = "au" | "en" | "aux" | "à";

export interface LocalisedName {
  fr: string;
  en: string;
}

export interface Capital extends Period {
  fr: string;
  en: string;
  /** Other spellings of the same city name (transliterations), matched and accepted. */
  aliases?: string[];
}

export interface Currency extends Period {
  /** ISO 4217 code at that time. */
  code: string;
  fr: string;
  en: string;
}

export interface Country {
  cca2: string;
  cca3: string;
  name: LocalisedName;
  /** Other names and spellings found in the press (matched in any language). */
  aliases?: string[];
  /**
   * Names that are also common words or other places ("Georgia" the US state, "Jordan" the first
   * name): matched, but flagged weak so the context template does not rely on them alone.
   */
  weakAliases?: string[];
  /** Nationality adjectives / demonyms (lower- or upper-case as written); count as weak mentions. */
  demonyms?: string[];
  genderFr: "m" | "f";
  pluralFr?: boolean;
  articleFr: FrenchArticle;
  locativeFr: FrenchLocative;
  /** English needs "the": "the United States", "the Netherlands". */
  articleEn?: boolean;
  /** English verb agreement: "the Philippines are". */
  pluralEn?: boolean;
  continent: Continent;
  subregion: Subregion;
  /** Spans two continents: ask for the subregion only. */
  transcontinental?: boolean;
  /** Subregions also defensible for this country: never offered as wrong answers. */
  subregionAlt?: Subregion[];
  /** The region itself is disputed (Caucasus, Cyprus…): never ask about it. */
  noRegionQuestion?: boolean;
  /** Capitals in chronological order, each with its validity. */
  capitals: Capital[];
  /** Capital status disputed or split (Israel, Bolivia, South Africa…): never ask about it. */
  noCapitalQuestion?: boolean;
  /** Undisputed land borders of the main territory (cca2). Complete: used to reject distractors. */
  borders: string[];
  /**
   * Land borders through overseas territories, exclaves or disputed areas (France–Brazil via
   * French Guiana, Russia–Poland via Kaliningrad, Spain–Morocco via Ceuta): true but surprising,
   * so never the expected answer and never a distractor.
   */
  bordersOther?: string[];
  currencies: Currency[];
  /** Currency situation too murky to ask about (dollarised, several legal tenders…). */
  noCurrencyQuestion?: boolean;
}

export type OrganisationKind =
  | "military-alliance"
  | "political-union"
  | "economic-union"
  | "intergovernmental-forum"
  | "regional-cooperation"
  | "un-agency"
  | "global-organisation"
  | "court"
  | "commodity-cartel"
  | "police-cooperation";

export interface Membership extends Period {
  cca2: string;
}

export interface Organisation {
  id: string;
  acronyms: { fr: string[]; en: string[] };
  name: LocalisedName;
  /** Other full names (older names, variants) matched in text. */
  aliases?: string[];
  /** Acronyms that are also ordinary words or other things (AU, CPI…): matched only in their language, in context. */
  weakAcronyms?: string[];
  articleFr: FrenchArticle;
  genderFr: "m" | "f";
  articleEn?: boolean;
  kind: OrganisationKind;
  founded: IsoDate;
  /** Whether the acronym is built from the name in that language (so "what does X stand for?" makes sense). */
  expandable: { fr: boolean; en: boolean };
  /** Dated membership; only authoritative when membersComplete is true. */
  members: Membership[];
  /**
   * True when `members` lists every member state for every date since `founded` (up to KB_AS_OF).
   * Only then may a non-member be offered as a wrong answer.
   */
  membersComplete: boolean;
  /**
   * Periods in which a state's status is neither clearly in nor clearly out (frozen participation,
   * suspension, invited but undecided): such a state is never used in a membership question then.
   */
  unclear?: Membership[];
}
