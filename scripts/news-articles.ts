// Reads the Wikinews fixtures of ../shared/fixtures/news (header lines, then the body) as a
// teacher would paste them: the title and the date go to their own fields, the body is the text.
import { readFileSync } from "node:fs";

export interface NewsArticle {
  file: string;
  language: "fr" | "en";
  title: string;
  /** ISO date when the header's date line can be read, else null. */
  date: string | null;
  text: string;
}

const MONTHS: Record<string, number> = {
  janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** "13 juillet 2012", "Thursday, January 12, 2006" → "2012-07-13", "2006-01-12". */
export function headerDate(line: string): string | null {
  const t = line.toLowerCase();
  const fr = /(\d{1,2})(?:er)?\s+(\p{L}+)\s+(\d{4})/u.exec(t);
  const en = /(\p{L}+)\s+(\d{1,2}),\s+(\d{4})/u.exec(t);
  const [d, m, y] = fr && MONTHS[fr[2]] ? [+fr[1], MONTHS[fr[2]], +fr[3]] : en && MONTHS[en[1]] ? [+en[2], MONTHS[en[1]], +en[3]] : [0, 0, 0];
  if (!y) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function readNewsArticle(path: string): NewsArticle {
  const raw = readFileSync(path, "utf8").replace(/\r\n/g, "\n");
  const split = raw.indexOf("\n\n");
  const header = raw.slice(0, split);
  const field = (k: string) => new RegExp(`^${k}:\\s*(.*)$`, "m").exec(header)?.[1]?.trim() ?? "";
  const file = path.split("/").pop()!;
  return { file, language: file.startsWith("en-") ? "en" : "fr", title: field("title"), date: headerDate(field("date")), text: raw.slice(split + 2).trim() };
}
