// The gradebook as CSV: one row per student, two columns per quiz (percent and mark out of 20)
// and the mean. Through toCsv (BOM, CRLF, formula-injection guard; names and titles are typed
// by people); French interface → ";" and decimal commas, as French spreadsheets open directly.
import { toCsv, type CsvCell, type CsvOptions } from "@/lib/grading/csv";
import type { Gradebook } from "./gradebook-query";

export interface GradebookCsvLabels {
  student: string;
  percent: string;
  over20: string;
  mean: string;
}

export function gradebookCsv(gb: Gradebook, l: GradebookCsvLabels, format: CsvOptions): string {
  const header: CsvCell[] = [l.student];
  for (const q of gb.quizzes) header.push(`${q.title} (${l.percent})`, `${q.title} (${l.over20})`);
  header.push(`${l.mean} (${l.percent})`);
  const rows: CsvCell[][] = gb.students.map((s) => {
    const row: CsvCell[] = [s.displayName];
    for (const c of s.cells) row.push(c?.percent ?? null, c?.over20 ?? null);
    row.push(s.meanPercent);
    return row;
  });
  return toCsv([header, ...rows], format);
}
