// Datelines opening a news text ("PARIS (AFP) —", « Paris, 12 mars (AFP) - », "P-au-P., 18 juin
// 2018 [AlterPresse] ---"): the agency's furniture, cut from whatever a student is shown.
import { MONTHS } from "../analysis/lexicon/calendar";

/** "PARIS—", "WASHINGTON (VOA) — ", "LOS ANGELES >>" (reading 89), "SAN SALVADOR, –" (reading 91), "SINGAPORE (AP) Elina …" (reading 92), "MINSK, 27 April -" (reading 96): a dateline marks the opening sentence, a cue in an option (reading 13). */
// A single hyphen glued to both words joins a name ("MILTON ESCOTO-GALINDO pled guilty", reading
// 25: shown as "GALINDO pled guilty"); a dateline's is spaced, doubled or a dash.
const DATELINE = /^\p{Lu}{2,}(?:[\s\u00A0.,'’-]+\p{Lu}{2,})*(?:,[\s\u00A0]+(?:\d{1,2}[\s\u00A0]+\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.?[\s\u00A0]+\d{1,2})(?:,?[\s\u00A0]+\d{4})?)?(?:[\s\u00A0]*\([^()]{1,20}\)(?=[\s\u00A0]+\p{Lu}\p{Ll})|(?:[\s\u00A0]*\([^()]{1,20}\))?,?(?:[\s\u00A0]*[—–]+|[\s\u00A0]*-{2,}|[\s\u00A0]+-|[\s\u00A0]*>>|[\s\u00A0]+»))[\s\u00A0]*(?=\p{Lu})/u;

// "New Delhi: In a bid to …" (reading 56): a place and a colon before the lede is cut by the
// sentence splitter (analysis/sentences.ts, COLON_DATELINE) for every question.

/** "LUXOR, Egypt: Egyptian archaeologists …" (reading 135): a city in capitals, its country, a colon. */
const DATELINE_COUNTRY = /^\p{Lu}{2,}(?:[\s\u00A0-]+\p{Lu}{2,})*,[\s\u00A0]+\p{Lu}\p{Ll}+(?:[\s\u00A0]+\p{Lu}\p{Ll}+)?[\s\u00A0]*:[\s\u00A0]*(?=\p{Lu})/u;

/**
 * "Kabul, July 29 (EFE).- At least 40 people …" (reading 181: kept in an option, "the only choice
 * that keeps the dateline"), « Paris, 12 mars (AFP) - … », « P-au-P., 18 juin 2018 [AlterPresse] --- »
 * (reading 186, copied into a cloze), "Washington DC, July 29 : Major …" (reading 191, kept in a
 * main-idea key): a place in ordinary case or abbreviated, a date, maybe an agency, then a dash or
 * a colon.
 */
const MONTH_NAMES = [...MONTHS.fr, ...MONTHS.en].join("|");
const DATELINE_ORDINARY = new RegExp(`^(?:\\p{Lu}\\p{Ll}+(?:[\\s\\u00A0-](?:\\p{Lu}\\p{Ll}+|\\p{Lu}{2}))?|\\p{Lu}(?:-\\p{Ll}{1,3})+-\\p{Lu}\\.?),[\\s\\u00A0]+(?:(?:${MONTH_NAMES})\\.?[\\s\\u00A0]+\\d{1,2}|\\d{1,2}(?:er)?[\\s\\u00A0]+(?:${MONTH_NAMES}))(?:,?[\\s\\u00A0]+\\d{4})?[\\s\\u00A0]*(?:\\([^()]{1,20}\\)|\\[[^[\\]]{1,20}\\])?[\\s\\u00A0]*\\.?[\\s\\u00A0]*(?:[-–—]+|:)[\\s\\u00A0]*(?=\\p{Lu})`, "iu");

/** The text without the dateline opening it. */
export function withoutDateline(text: string): string {
  return text.replace(DATELINE, "").replace(DATELINE_COUNTRY, "").replace(DATELINE_ORDINARY, "");
}

/** « _ La cour d'assises … » (reading 186: read as a second blank): a bullet the page left before a sentence. */
const BULLET = /^[_•*·][\s\u00A0]+/u;

/** How many characters of furniture (a bullet, a dateline) open this text. */
export function furnitureLength(text: string): number {
  const bare = text.replace(BULLET, "");
  return text.length - withoutDateline(bare).length;
}
