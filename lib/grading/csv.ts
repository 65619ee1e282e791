// CSV export of results: RFC 4180 quoting, CRLF line ends, and a UTF-8 BOM so Excel reads
// accents correctly. Cells that a spreadsheet would run as a formula are defused.

export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /** Prefix the UTF-8 byte order mark (default true): Excel needs it to read UTF-8. */
  bom?: boolean;
  /** Field separator (default ","); French Excel expects ";". */
  separator?: string;
  /** Write decimals with a comma (0,25), as French spreadsheets read them; needs separator ";". */
  decimalComma?: boolean;
}

/** The format a French-language spreadsheet opens directly: ";" between fields, "0,25". */
export const FRENCH_SPREADSHEET: CsvOptions = { separator: ";", decimalComma: true };

// OWASP CSV injection: a cell starting with one of these may run as a formula. Spreadsheets
// may also skip leading spaces or line breaks, and some read the full-width ＝ ＋ － ＠ as
// formula signs, so those count too (student answers reach these cells verbatim).
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

/**
 * Rows to CSV text. Every line, the last included, ends with CRLF.
 * Strings starting with = + - @ (after optional spaces or line breaks, full-width forms too),
 * tab, CR or LF get a leading "'" (so "-3" typed by a student stays
 * text); numbers are written as numbers, so pass scores as numbers, not strings.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const { bom = true, separator = ",", decimalComma = false } = options;
  if (separator.length !== 1 || /["\r\n]/.test(separator)) {
    throw new Error(`Invalid CSV separator: ${JSON.stringify(separator)}`);
  }
  if (decimalComma && separator === ",") throw new Error("Decimal commas need another separator than ','");
  const body = rows.map((row) => row.map((cell) => formatCell(cell, separator, decimalComma)).join(separator) + "\r\n");
  return (bom ? "\uFEFF" : "") + body.join("");
}

function formatCell(cell: CsvCell, separator: string, decimalComma: boolean): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return "";
    return decimalComma ? String(cell).replace(".", ",") : String(cell);
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}
