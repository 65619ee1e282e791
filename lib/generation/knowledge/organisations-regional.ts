// Regional organisations with curated, dated member lists. A list marked membersComplete is
// relied on to say who was NOT a member at a date, so only mark it when every accession and
// departure since founding is in it.
import type { Membership, Organisation } from "./types";

const all = (codes: string[], from: string, to: string | null = null, note?: string): Membership[] =>
  codes.map((cca2) => ({ cca2, from, to, ...(note ? { note } : {}) }));

export const CSTO: Organisation = {
  id: "csto",
  acronyms: { fr: ["OTSC"], en: ["CSTO"] },
  name: { fr: "Organisation du traité de sécurité collective", en: "Collective Security Treaty Organization" },
  aliases: ["Collective Security Treaty Organisation", "Traité de sécurité collective", "Collective Security Treaty"],
  articleFr: "l'", genderFr: "f", articleEn: true,
  kind: "military-alliance",
  // The Collective Security Treaty (Tashkent, 1992-05-15) entered into force on 1994-04-20; the
  // organisation itself was created by the charter of 2002-10-07. Membership below is membership
  // of the treaty, which the organisation continued.
  founded: "2002-10-07",
  expandable: { fr: true, en: true },
  members: [
    ...all(["RU", "AM", "KZ", "KG", "TJ", "BY"], "1994-04-20"),
    // Did not sign the 1999 extension protocol; the treaty's first term ended 1999-04-20.
    ...all(["AZ", "GE"], "1994-04-20", "1999-04-20"),
    { cca2: "UZ", from: "1994-04-20", to: "1999-04-20" },
    // Rejoined in 2006 (decision at the Minsk summit 2006-06-23, protocol 2006-08-16: unsure which
    // date is the legal one) and suspended its membership in June 2012 (formally ended December 2012).
    { cca2: "UZ", from: "2006-08-16", to: "2012-06-28", note: "Dates approximate to a few months." },
  ],
  membersComplete: true,
  unclear: [
    // Armenia "froze" its participation in February 2024 but has not left the treaty: neither
    // clearly in nor out after that, so never used in membership questions.
    { cca2: "AM", from: "2024-02-22", to: null, note: "Participation frozen, formal membership kept." },
    // The UZ dates are uncertain by months: blur both ends.
    { cca2: "UZ", from: "2006-01-01", to: "2007-01-01" },
    { cca2: "UZ", from: "2012-01-01", to: "2013-01-01" },
  ],
};

export const NATO: Organisation = {
  id: "nato",
  acronyms: { fr: ["OTAN"], en: ["NATO"] },
  name: { fr: "Organisation du traité de l’Atlantique nord", en: "North Atlantic Treaty Organization" },
  aliases: ["Organisation du traité de l'Atlantique Nord", "North Atlantic Treaty Organisation", "Alliance atlantique", "Atlantic Alliance"],
  articleFr: "l'", genderFr: "f", articleEn: false,
  kind: "military-alliance",
  founded: "1949-04-04",
  expandable: { fr: true, en: true },
  members: [
    // Treaty signed 1949-04-04, in force 1949-08-24.
    ...all(["BE", "CA", "DK", "FR", "IS", "IT", "LU", "NL", "NO", "PT", "GB", "US"], "1949-08-24"),
    ...all(["GR", "TR"], "1952-02-18"),
    // West Germany, continued by reunified Germany.
    { cca2: "DE", from: "1955-05-06", to: null },
    { cca2: "ES", from: "1982-05-30", to: null },
    ...all(["CZ", "HU", "PL"], "1999-03-12"),
    ...all(["BG", "EE", "LV", "LT", "RO", "SK", "SI"], "2004-03-29"),
    ...all(["AL", "HR"], "2009-04-01"),
    { cca2: "ME", from: "2017-06-05", to: null },
    { cca2: "MK", from: "2020-03-27", to: null },
    { cca2: "FI", from: "2023-04-04", to: null },
    { cca2: "SE", from: "2024-03-07", to: null },
  ],
  membersComplete: true,
  // France left the integrated command (1966–2009) without leaving the alliance: still a member.
};

export const EU: Organisation = {
  id: "eu",
  acronyms: { fr: ["UE"], en: ["EU"] },
  name: { fr: "Union européenne", en: "European Union" },
  aliases: [],
  articleFr: "l'", genderFr: "f", articleEn: true,
  kind: "political-union",
  // Maastricht treaty in force 1993-11-01; dates before are those of the European Communities.
  founded: "1993-11-01",
  expandable: { fr: true, en: true },
  members: [
    ...all(["BE", "FR", "DE", "IT", "LU", "NL"], "1958-01-01"),
    ...all(["DK", "IE"], "1973-01-01"),
    { cca2: "GB", from: "1973-01-01", to: "2020-02-01", note: "Left on 2020-01-31 at midnight CET." },
    { cca2: "GR", from: "1981-01-01", to: null },
    ...all(["ES", "PT"], "1986-01-01"),
    ...all(["AT", "FI", "SE"], "1995-01-01"),
    ...all(["CY", "CZ", "EE", "HU", "LV", "LT", "MT", "PL", "SK", "SI"], "2004-05-01"),
    ...all(["BG", "RO"], "2007-01-01"),
    { cca2: "HR", from: "2013-07-01", to: null },
  ],
  membersComplete: true,
  // Greenland left the Communities in 1985 but is not a state; DE before 1990 meant West Germany.
};

export const CIS: Organisation = {
  id: "cis",
  acronyms: { fr: ["CEI"], en: ["CIS"] },
  name: { fr: "Communauté des États indépendants", en: "Commonwealth of Independent States" },
  articleFr: "la", genderFr: "f", articleEn: true,
  kind: "regional-cooperation",
  founded: "1991-12-08",
  expandable: { fr: true, en: true },
  // Membership is murky (Ukraine never ratified the charter, Turkmenistan is an associate since
  // 2005, Moldova is leaving): the list is indicative only, never used to pick wrong answers.
  members: [
    ...all(["RU", "BY", "KZ", "KG", "TJ", "UZ", "AM", "AZ", "MD"], "1991-12-21"),
    { cca2: "GE", from: "1993-12-03", to: "2009-08-18" },
  ],
  membersComplete: false,
};

export const SCO: Organisation = {
  id: "sco",
  acronyms: { fr: ["OCS"], en: ["SCO"] },
  name: { fr: "Organisation de coopération de Shanghai", en: "Shanghai Cooperation Organisation" },
  aliases: ["Shanghai Cooperation Organization"],
  articleFr: "l'", genderFr: "f", articleEn: true,
  kind: "regional-cooperation",
  founded: "2001-06-15",
  expandable: { fr: true, en: true },
  members: [
    ...all(["CN", "KZ", "KG", "RU", "TJ", "UZ"], "2001-06-15"),
    ...all(["IN", "PK"], "2017-06-09"),
    { cca2: "IR", from: "2023-07-04", to: null },
    { cca2: "BY", from: "2024-07-04", to: null },
  ],
  membersComplete: true,
  // Observers and dialogue partners (Mongolia, Afghanistan, Turkey…) are not members.
};

export const EAEU: Organisation = {
  id: "eaeu",
  acronyms: { fr: ["UEEA", "UEE"], en: ["EAEU", "EEU"] },
  name: { fr: "Union économique eurasiatique", en: "Eurasian Economic Union" },
  aliases: ["Union économique eurasienne"],
  articleFr: "l'", genderFr: "f", articleEn: true,
  kind: "economic-union",
  founded: "2015-01-01",
  // French acronyms vary (UEE, UEEA): expansion questions only in English.
  expandable: { fr: false, en: true },
  members: [
    ...all(["RU", "BY", "KZ"], "2015-01-01"),
    { cca2: "AM", from: "2015-01-02", to: null },
    { cca2: "KG", from: "2015-08-12", to: null },
  ],
  membersComplete: true,
};

export const OSCE: Organisation = {
  id: "osce",
  acronyms: { fr: ["OSCE"], en: ["OSCE"] },
  name: { fr: "Organisation pour la sécurité et la coopération en Europe", en: "Organization for Security and Co-operation in Europe" },
  aliases: ["Organisation for Security and Co-operation in Europe"],
  articleFr: "l'", genderFr: "f", articleEn: true,
  kind: "regional-cooperation",
  founded: "1995-01-01",
  expandable: { fr: true, en: true },
  // 57 participating states; not curated.
  members: [],
  membersComplete: false,
};

export const COUNCIL_OF_EUROPE: Organisation = {
  id: "coe",
  acronyms: { fr: [], en: [] },
  name: { fr: "Conseil de l’Europe", en: "Council of Europe" },
  aliases: ["Conseil de l'Europe"],
  articleFr: "le", genderFr: "m", articleEn: true,
  kind: "regional-cooperation",
  founded: "1949-05-05",
  expandable: { fr: false, en: false },
  // 46 members; Russia expelled on 2022-03-16. Only that departure is recorded.
  members: [{ cca2: "RU", from: "1996-02-28", to: "2022-03-16" }],
  membersComplete: false,
};

export const AFRICAN_UNION: Organisation = {
  id: "au",
  acronyms: { fr: ["UA"], en: ["AU"] },
  name: { fr: "Union africaine", en: "African Union" },
  // "AU"/"UA" are too ambiguous (gold, "au", Ukraine's code) to trust alone.
  weakAcronyms: ["UA", "AU"],
  articleFr: "l'", genderFr: "f", articleEn: true,
  kind: "political-union",
  founded: "2002-07-09",
  expandable: { fr: true, en: true },
  members: [],
  membersComplete: false,
};

export const ASEAN: Organisation = {
  id: "asean",
  acronyms: { fr: ["ASEAN", "ANASE"], en: ["ASEAN"] },
  name: { fr: "Association des nations de l’Asie du Sud-Est", en: "Association of Southeast Asian Nations" },
  aliases: ["Association des nations de l'Asie du Sud-Est", "Association of South-East Asian Nations"],
  articleFr: "l'", genderFr: "f", articleEn: false,
  kind: "regional-cooperation",
  founded: "1967-08-08",
  // French uses the English acronym: expansion asked in English only.
  expandable: { fr: false, en: true },
  members: [
    ...all(["ID", "MY", "PH", "SG", "TH"], "1967-08-08"),
    { cca2: "BN", from: "1984-01-07", to: null },
    { cca2: "VN", from: "1995-07-28", to: null },
    ...all(["LA", "MM"], "1997-07-23"),
    { cca2: "KH", from: "1999-04-30", to: null },
  ],
  membersComplete: true,
  // Timor-Leste: admitted in principle in 2022, full member in late 2025 as we recall: left unclear.
  unclear: [{ cca2: "TL", from: "2022-11-11", to: null }],
};

export const ECOWAS: Organisation = {
  id: "ecowas",
  acronyms: { fr: ["CEDEAO"], en: ["ECOWAS"] },
  name: { fr: "Communauté économique des États de l’Afrique de l’Ouest", en: "Economic Community of West African States" },
  aliases: ["Communauté économique des États de l'Afrique de l'Ouest"],
  articleFr: "la", genderFr: "f", articleEn: false,
  kind: "economic-union",
  founded: "1975-05-28",
  expandable: { fr: true, en: true },
  // Suspensions after coups (2020–2024) and the departure of Mali, Burkina Faso and Niger
  // (effective 2025-01-29) make a clean list hard: indicative only.
  members: [
    ...all(["ML", "BF", "NE"], "1975-05-28", "2025-01-29"),
    ...all(["NG", "SN", "CI", "GH"], "1975-05-28"),
  ],
  membersComplete: false,
};

export const ARAB_LEAGUE: Organisation = {
  id: "arab-league",
  acronyms: { fr: [], en: [] },
  name: { fr: "Ligue arabe", en: "Arab League" },
  aliases: ["Ligue des États arabes", "League of Arab States"],
  articleFr: "la", genderFr: "f", articleEn: true,
  kind: "regional-cooperation",
  founded: "1945-03-22",
  expandable: { fr: false, en: false },
  members: [],
  membersComplete: false,
};

export const REGIONAL_ORGANISATIONS: Organisation[] = [
  CSTO, NATO, EU, CIS, SCO, EAEU, OSCE, COUNCIL_OF_EUROPE, AFRICAN_UNION, ASEAN, ECOWAS, ARAB_LEAGUE,
];
