// Builds the two CSV exports of a quiz's results. Pure: takes loaded data and the messages.
// Cells go through toCsv (BOM, CRLF, formula-injection guard); numbers stay numbers.
import { FRENCH_SPREADSHEET, toCsv, type CsvCell, type CsvOptions } from "../../grading/csv";
import { csvLocalTime } from "../../grading/csv-time";
import type { Locale } from "../../i18n/locales";
import type { ResultsMessages } from "../../i18n/messages/results";
import { isReliable } from "./item-notes";
import type { AttemptsExport } from "./load-export";
import type { QuizResults } from "./types";

/** French interface → the format French Excel/LibreOffice open directly (";" and "0,25"). */
export function spreadsheetFormat(locale: Locale): CsvOptions {
  return locale === "fr" ? FRENCH_SPREADSHEET : {};
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;


/** An ASCII file name from the quiz title (header values must stay ASCII-safe). */
export function csvFileName(title: string, kind: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `actuquiz-${slug || "quiz"}-${kind}.csv`;
}

/** A mark out of 20 to one decimal (12.5), as French teachers grade; null without a maximum. */
export function markOutOf20(score: number, maxScore: number): number | null {
  return maxScore > 0 ? round((20 * score) / maxScore, 1) : null;
}

/** An answer as the student gave it: the choice or typed text, or an order as "A → B → C". */
export function givenAnswerCell(given: string | string[] | null | undefined): string | null {
  if (given == null) return null;
  return Array.isArray(given) ? given.join(" → ") : given;
}

/**
 * `timeZone` is the teacher's (from their browser, checked by validTimeZone): start and
 * submission times are written as local times there, with the offset.
 */
export function attemptsCsv(data: AttemptsExport, t: ResultsMessages, format: CsvOptions = {}, timeZone = "UTC"): string {
  const c = t.csv;
  const header: CsvCell[] = [
    c.participant,
    c.attempt,
    c.started,
    c.submitted,
    c.durationSec,
    c.score,
    c.max,
    c.percent,
    c.mark20,
    c.late,
    ...data.questions.map((q) => `Q${q.number}`),
    ...data.questions.map((q) => c.answerOf(q.number)),
  ];
  const rows: CsvCell[][] = data.attempts.map((a) => [
    a.displayName,
    a.number,
    csvLocalTime(a.startedAt, timeZone),
    csvLocalTime(a.submittedAt, timeZone),
    a.durationMs == null ? null : round(a.durationMs / 1000, 1),
    a.score,
    a.maxScore,
    round(a.percent, 1),
    markOutOf20(a.score, a.maxScore),
    a.late ? c.yes : c.no,
    ...data.questions.map((q) => {
      const v = a.correct.get(q.id);
      return v === undefined ? null : v ? 1 : 0;
    }),
    // Student text is hostile: toCsv defuses formulas and quotes separators in these cells.
    ...data.questions.map((q) => givenAnswerCell(a.given.get(q.id))),
  ]);
  return toCsv([header, ...rows], format);
}

export function questionsCsv(data: QuizResults, t: ResultsMessages, format: CsvOptions = {}): string {
  const c = t.csv;
  const header: CsvCell[] = [
    c.number,
    c.question,
    c.kind,
    c.n,
    c.correct,
    c.pPercent,
    c.d,
    c.rpb,
    c.omitted,
    c.keySuspect,
    c.nonFunctioning,
    c.choices,
    c.wrongAnswers,
  ];
  const rows: CsvCell[][] = data.questions.map((q, i) => {
    const item = data.analysis.items[i];
    const reliable = isReliable(item.n);
    return [
      q.number,
      q.prompt,
      t.kind[q.kind] ?? q.kind,
      item.n,
      item.correctCount,
      item.p == null ? null : round(100 * item.p, 1),
      reliable && item.discrimination != null ? round(item.discrimination, 3) : null,
      reliable && item.pointBiserial != null ? round(item.pointBiserial, 3) : null,
      item.omitted,
      reliable && item.keyFlag ? c.yes : c.no,
      item.nonFunctioningDistractors.join(" | "),
      item.choices?.map((ch) => `${ch.choice}${ch.isKey ? " (✓)" : ""}: ${ch.count}`).join(" | ") ?? "",
      item.wrongAnswers.map((w) => `${w.answer}: ${w.count}`).join(" | "),
    ];
  });
  return toCsv([header, ...rows], format);
}
