// Global organisations, UN bodies and forums. Most have near-universal membership that we do
// not curate (membersComplete: false): they serve acronym questions and mention finding only.
import type { Membership, Organisation } from "./types";

const all = (codes: string[], from: string, to: string | null = null): Membership[] =>
  codes.map((cca2) => ({ cca2, from, to }));

const uncurated = { members: [] as Membership[], membersComplete: false };

export const UN: Organisation = {
  id: "un",
  acronyms: { fr: ["ONU"], en: ["UN", "U.N."] },
  name: { fr: "Organisation des Nations unies", en: "United Nations" },
  aliases: ["Nations unies", "Organisation des Nations Unies", "Nations Unies", "United Nations Organization"],
  articleFr: "l'", genderFr: "f", articleEn: true,
  kind: "global-organisation",
  founded: "1945-10-24",
  // "UN" does not spell "United Nations" letter by letter in a way worth asking in English.
  expandable: { fr: true, en: false },
  ...uncurated,
};

export const WHO: Organisation = {
  id: "who",
  acronyms: { fr: ["OMS"], en: ["WHO"] },
  name: { fr: "Organisation mondiale de la santé", en: "World Health Organization" },
  aliases: ["Organisation mondiale de la Santé", "World Health Organisation"],
  articleFr: "l'", genderFr: "f", articleEn: true,
  kind: "un-agency",
  founded: "1948-04-07",
  expandable: { fr: true, en: true },
  ...uncurated,
};

export const IMF: Organisation = {
  id: "imf",
  acronyms: { fr: ["FMI"], en: ["IMF"] },
  name: { fr: "Fonds monétaire international", en: "International Monetary Fund" },
  articleFr: "le", genderFr: "m", articleEn: true,
  kind: "global-organisation",
  // Articles of Agreement in force 1945-12-27 (Bretton Woods conference July 1944).
  founded: "1945-12-27",
  expandable: { fr: true, en: true },
  ...uncurated,
};

export const WTO: Organisation = {
  id: "wto",
  acronyms: { fr: ["OMC"], en: ["WTO"] },
  name: { fr: "Organisation mondiale du commerce", en: "World Trade Organization" },
  aliases: ["World Trade Organisation"],
  articleFr: "l'", genderFr: "f", articleEn: true,
  kind: "global-organisation",
  founded: "1995-01-01",
  expandable: { fr: true, en: true },
  ...uncurated,
};

export const OPEC: Organisation = {
  id: "opec",
  acronyms: { fr: ["OPEP"], en: ["OPEC"] },
  name: { fr: "Organisation des pays exportateurs de pétrole", en: "Organization of the Petroleum Exporting Countries" },
  aliases: ["Organisation of the Petroleum Exporting Countries"],
  articleFr: "l'", genderFr: "f", articleEn: false,
  kind: "commodity-cartel",
  founded: "1960-09-14",
  expandable: { fr: true, en: true },
  // Many entries and exits (Qatar 2019, Ecuador 2020, Angola 2024…): founders only, indicative.
  members: all(["IR", "IQ", "SA", "VE"], "1960-09-14"),
  membersComplete: false,
};

export const G7: Organisation = {
  id: "g7",
  acronyms: { fr: ["G7"], en: ["G7"] },
  name: { fr: "Groupe des sept", en: "Group of Seven" },
  aliases: ["G-7", "Groupe des Sept", "Group of 7"],
  articleFr: "le", genderFr: "m", articleEn: true,
  kind: "intergovernmental-forum",
  founded: "1975-11-15",
  expandable: { fr: false, en: false },
  members: [
    ...all(["FR", "DE", "IT", "JP", "GB", "US"], "1975-11-15"),
    { cca2: "CA", from: "1976-06-27", to: null },
  ],
  membersComplete: true,
  // Russia sat in the G8 (1997–2014): a G7 question in that period would be a trap.
  unclear: [{ cca2: "RU", from: "1997-06-20", to: "2014-03-25" }],
};

export const G20: Organisation = {
  id: "g20",
  acronyms: { fr: ["G20"], en: ["G20"] },
  name: { fr: "Groupe des vingt", en: "Group of Twenty" },
  aliases: ["G-20", "Groupe des Vingt"],
  articleFr: "le", genderFr: "m", articleEn: true,
  kind: "intergovernmental-forum",
  founded: "1999-09-26",
  expandable: { fr: false, en: false },
  // Country members only; the EU and (since 2023-09-09) the African Union also sit at the table.
  members: all(["AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU", "SA", "ZA", "TR", "GB", "US"], "1999-09-26"),
  membersComplete: true,
};

export const BRICS: Organisation = {
  id: "brics",
  acronyms: { fr: ["BRICS"], en: ["BRICS"] },
  name: { fr: "BRICS", en: "BRICS" },
  aliases: ["BRIC"],
  articleFr: "les", genderFr: "m", articleEn: false,
  kind: "intergovernmental-forum",
  // First leaders' summit (Yekaterinburg).
  founded: "2009-06-16",
  expandable: { fr: false, en: false },
  members: [
    ...all(["BR", "RU", "IN", "CN"], "2009-06-16"),
    { cca2: "ZA", from: "2010-12-24", to: null },
    ...all(["EG", "ET", "IR", "AE"], "2024-01-01"),
    { cca2: "ID", from: "2025-01-06", to: null },
  ],
  membersComplete: true,
  unclear: [
    // Invited in August 2023; never clearly confirmed its membership.
    { cca2: "SA", from: "2023-08-24", to: null },
    // Invited in August 2023, declined in December 2023.
    { cca2: "AR", from: "2023-08-24", to: "2024-01-01" },
    // Brief window around the 2024 enlargement.
    { cca2: "EG", from: "2023-08-24", to: "2024-02-01" },
    { cca2: "ET", from: "2023-08-24", to: "2024-02-01" },
    { cca2: "IR", from: "2023-08-24", to: "2024-02-01" },
    { cca2: "AE", from: "2023-08-24", to: "2024-02-01" },
  ],
};

export const ICC: Organisation = {
  id: "icc",
  acronyms: { fr: ["CPI"], en: ["ICC"] },
  name: { fr: "Cour pénale internationale", en: "International Criminal Court" },
  // CPI is also the consumer price index in English; ICC also the International Chamber of Commerce.
  weakAcronyms: ["CPI", "ICC"],
  articleFr: "la", genderFr: "f", articleEn: true,
  kind: "court",
  founded: "2002-07-01",
  expandable: { fr: true, en: true },
  ...uncurated,
};

export const ICJ: Organisation = {
  id: "icj",
  acronyms: { fr: ["CIJ"], en: ["ICJ"] },
  name: { fr: "Cour internationale de justice", en: "International Court of Justice" },
  articleFr: "la", genderFr: "f", articleEn: true,
  kind: "court",
  founded: "1945-06-26",
  expandable: { fr: true, en: true },
  ...uncurated,
};

export const UNESCO: Organisation = {
  id: "unesco",
  acronyms: { fr: ["UNESCO", "Unesco"], en: ["UNESCO"] },
  name: { fr: "Organisation des Nations unies pour l’éducation, la science et la culture", en: "United Nations Educational, Scientific and Cultural Organization" },
  aliases: ["Organisation des Nations unies pour l'éducation, la science et la culture"],
  articleFr: "l'", genderFr: "f", articleEn: false,
  kind: "un-agency",
  founded: "1945-11-16",
  // The acronym is English: expansion asked in English only.
  expandable: { fr: false, en: true },
  ...uncurated,
};

export const UNICEF: Organisation = {
  id: "unicef",
  acronyms: { fr: ["UNICEF", "Unicef"], en: ["UNICEF"] },
  name: { fr: "Fonds des Nations unies pour l’enfance", en: "United Nations Children’s Fund" },
  aliases: ["Fonds des Nations unies pour l'enfance", "United Nations Children's Fund"],
  articleFr: "l'", genderFr: "m", articleEn: false,
  kind: "un-agency",
  founded: "1946-12-11",
  // The acronym comes from the original English name (…International Children's Emergency Fund).
  expandable: { fr: false, en: false },
  ...uncurated,
};

export const IAEA: Organisation = {
  id: "iaea",
  acronyms: { fr: ["AIEA"], en: ["IAEA"] },
  name: { fr: "Agence internationale de l’énergie atomique", en: "International Atomic Energy Agency" },
  aliases: ["Agence internationale de l'énergie atomique"],
  articleFr: "l'", genderFr: "f", articleEn: true,
  kind: "un-agency",
  founded: "1957-07-29",
  expandable: { fr: true, en: true },
  ...uncurated,
};

export const UNHCR: Organisation = {
  id: "unhcr",
  acronyms: { fr: ["HCR"], en: ["UNHCR"] },
  name: { fr: "Haut-Commissariat des Nations unies pour les réfugiés", en: "Office of the United Nations High Commissioner for Refugees" },
  aliases: ["UN Refugee Agency"],
  articleFr: "le", genderFr: "m", articleEn: false,
  kind: "un-agency",
  founded: "1950-12-14",
  expandable: { fr: false, en: false },
  ...uncurated,
};

export const INTERPOL: Organisation = {
  id: "interpol",
  acronyms: { fr: ["Interpol"], en: ["Interpol"] },
  name: { fr: "Organisation internationale de police criminelle", en: "International Criminal Police Organization" },
  aliases: ["INTERPOL"],
  articleFr: "", genderFr: "f", articleEn: false,
  kind: "police-cooperation",
  // Founded in 1923 as the International Criminal Police Commission; "Interpol" since 1956.
  founded: "1923-09-07",
  expandable: { fr: false, en: false },
  ...uncurated,
};

export const OECD: Organisation = {
  id: "oecd",
  acronyms: { fr: ["OCDE"], en: ["OECD"] },
  name: { fr: "Organisation de coopération et de développement économiques", en: "Organisation for Economic Co-operation and Development" },
  aliases: ["Organization for Economic Co-operation and Development"],
  articleFr: "l'", genderFr: "f", articleEn: true,
  kind: "global-organisation",
  founded: "1961-09-30",
  expandable: { fr: true, en: true },
  ...uncurated,
};

export const GLOBAL_ORGANISATIONS: Organisation[] = [
  UN, WHO, IMF, WTO, OPEC, G7, G20, BRICS, ICC, ICJ, UNESCO, UNICEF, IAEA, UNHCR, INTERPOL, OECD,
];
