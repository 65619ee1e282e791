// Titles and role words that introduce people; speech verbs that attribute quotes.
import type { Language } from "../../generation/contract";
import { firstNameGender } from "./first-names";

/** Abbreviated titles: a following capitalised word is a person. Also sentence-split guards. */
export const PERSON_TITLES: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["M.", "Mme", "Mlle", "MM.", "Mmes", "Dr", "Pr", "Me", "Mgr", "Monsieur", "Madame", "Mademoiselle"]),
  en: new Set(["Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Sir", "Dame", "Rev."]),
};

/**
 * Abbreviated ranks and titles written with a period ("Sgt. 1st Class David Bartlett", "Gov. Smith"):
 * alone they are no one's name (reading 53's wrong key "Sgt").
 */
export const RANK_ABBREVIATIONS: ReadonlySet<string> = new Set(
  "Sgt Spc Pfc Pvt Cpl Maj Gen Col Lt Capt Cmdr Adm Brig Gov Sen Rep Insp Supt Det Ofc Amb Hon Rev Prof Pres Sec Atty".split(" "),
);

/** Capitalised English role words that may precede a name ("Governor Helen Marsh"). */
export const EN_ROLE_TITLES: ReadonlySet<string> = new Set(
  ("President Governor Minister Mayor Senator Judge Chancellor Secretary Chairman Chairwoman Chair " +
    "Prime Premier King Queen Prince Princess General Colonel Captain Coach Professor Commissioner " +
    "Ambassador Director Chief Deputy Inspector Sheriff Speaker Pope Bishop Sergeant Lieutenant Councillor Councilor " +
    "Administrator Spokesman Spokeswoman Spokesperson Representative Congressman Congresswoman Justice Attorney Superintendent Rabbi Imam Cardinal " +
    // "Poet Laureate Rita Dove", "Librarian James H. Billington" (reading 44).
    "Librarian Laureate Curator Provost Detective Constable Trooper " +
    // "Sgt. 1st Class David Bartlett" (reading 53): the grade after the rank.
    "Class " +
    // "Petty Officer 1st Class Joshua Yates" (reading 118): ranks spelt out.
    "Officer Seaman Airman Ensign Corporal " +
    // "Councilman Gerald Gibson" then "Councilman Gibson" (reading 174: two people, so the surname
    // alone was no accepted answer).
    "Councilman Councilwoman Councilmember Alderman Alderwoman Selectman Selectwoman Supervisor Trustee Assemblyman Assemblywoman Delegate")
    .split(" "),
);

/** Speech verbs (past participles / preterites) that attribute a quote. */
export const SPEECH_VERBS: Record<Language, readonly string[]> = {
  fr: [
    "déclaré", "affirmé", "assuré", "indiqué", "expliqué", "estimé", "ajouté", "souligné", "prévenu",
    "martelé", "lancé", "confié", "dit", "répondu", "insisté", "reconnu", "précisé", "annoncé",
    "jugé", "salué", "regretté", "dénoncé", "averti", "rappelé", "poursuivi", "conclu", "promis",
    "résumé", "observé", "noté", "plaidé", "lâché", "glissé", "raconté", "témoigné", "commenté",
    // Reactions and replies of press French (« a réagi X », « a écrit X sur Twitter »): 17 % of the
    // French quotations of the tuning texts had a speaker, against 39 % of the English ones.
    "écrit", "réagi", "confirmé", "rétorqué", "répliqué", "renchéri", "ironisé", "admis", "avoué",
    "déploré", "fustigé", "détaillé", "relevé", "soutenu", "tweeté",
  ],
  en: [
    "said", "told", "added", "explained", "stated", "declared", "warned", "noted", "insisted",
    "argued", "announced", "claimed", "wrote", "replied", "asked", "stressed", "admitted", "recalled",
    "described", "cautioned", "conceded", "promised", "says", "tells",
  ],
};

/** Present-tense inverted forms in French ("affirme-t-il", "déclare-t-elle"). */
export const FR_SPEECH_PRESENT: readonly string[] = [
  "déclare", "affirme", "assure", "indique", "explique", "estime", "ajoute", "souligne", "prévient",
  "martèle", "lance", "confie", "dit", "répond", "insiste", "reconnaît", "précise", "annonce", "juge",
  "résume", "observe", "note", "raconte", "témoigne", "commente", "avertit", "rappelle", "poursuit",
  "écrit", "réagit", "confirme", "rétorque", "réplique", "renchérit", "ironise", "admet", "avoue",
  "déplore", "fustige", "détaille", "relève", "soutient", "dénonce", "salue", "regrette", "conclut", "plaide",
];

/** Words of a rank spelt out ("Petty Officer", "Chief Warrant Officer"): before a grade ("1st Class") they are no one's name. */
export const RANK_WORDS: ReadonlySet<string> = new Set(
  "Petty Officer Chief Master Senior Staff Sergeant Technical Warrant Command Seaman Airman Specialist Private Corporal Lance Gunnery First Second".split(" "),
);

/**
 * Chinese family names as written in pinyin: "Wen Jiabao", "Hu Jintao" put the family name first
 * (reading 164: "Jiabao" and "Jintao" offered as surnames). The common ones, which cover most
 * people in the news.
 */
const PINYIN_FAMILY_NAMES: ReadonlySet<string> = new Set((
  "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng " +
  "Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Cui Zhong Tan Fan Jin " +
  "Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Shao Wan Qian Xi Wen Hua Kong Dai Mao " +
  "Qi Lai Kang Hao Gong Bo Rao"
).split(" "));

/**
 * A name written family name first: a pinyin family name before one given name ("Wen Jiabao"), or
 * a Korean one before a hyphenated given name ("Kim Jong-un", "Moon Jae-in").
 */
export function familyNameFirst(parts: readonly string[]): boolean {
  if (parts.length !== 2) return false;
  const [family, given] = parts;
  if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(given) && /^\p{Lu}\p{Ll}{1,4}$/u.test(family)) return true;
  return PINYIN_FAMILY_NAMES.has(family) && /^\p{Lu}\p{Ll}+$/u.test(given) && !firstNameGender(given);
}
