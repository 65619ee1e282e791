// Hard-wrapped text: a PDF (PDF.js gives one line per printed line), an e-mail or a text file
// written at a fixed width breaks its sentences at line ends. Read line by line, "the spacecraft
// that carried Curiosity" becomes a heading and "succeeded in every step" a sentence of its own,
// and the generator finds almost nothing. A line break inside a wrapped paragraph is a space.
//
// The change keeps the text's length (each joining "\n" becomes " "), so offsets into the
// unwrapped text are offsets into the original: evidence stays exact either way.

/** A line that ends a sentence or a quotation. */
const TERMINAL = /[.!?…:;»”"')\]]$/u;
/** A list item keeps its own line. */
const BULLET = /^(?:[-–—•*▪●◦]\s|\d{1,3}[.)]\s|[a-z][.)]\s)/u;
/** Printed lines: a paragraph typed as one line is far longer. */
const MAX_PRINTED_LINE = 130;
/** A line this close to the printed width is full: the paragraph goes on after it. */
const FULL_WIDTH = 0.7;

function joinsIn(lines: string[]): boolean[] {
  const breaks = lines.length - 1;
  const joins: boolean[] = new Array(Math.max(0, breaks)).fill(false);
  if (breaks < 1) return joins;
  const widths = lines.map((l) => l.trim().length);
  // The printed width: the median line (the last line of a paragraph is short, a line pasted
  // from elsewhere may be long).
  const sorted = widths.slice(0, -1).sort((x, y) => x - y);
  const width = sorted[Math.floor((sorted.length - 1) / 2)];
  if (width > MAX_PRINTED_LINE || width < 25) return joins;
  const open = (i: number) => !TERMINAL.test(lines[i].trimEnd());
  const continues = (i: number) => open(i) && /^[\p{Ll}\d]/u.test(lines[i + 1].trimStart());
  let openCount = 0;
  let continuing = 0;
  for (let i = 0; i < breaks; i++) {
    if (open(i)) openCount++;
    if (continues(i)) continuing++;
  }
  // Mostly open line ends, and at least one sentence visibly going on: a wrapped paragraph,
  // not a list of headings or of one-line paragraphs.
  if (continuing < 1 || openCount < 0.4 * breaks) return joins;
  for (let i = 0; i < breaks; i++) {
    const next = lines[i + 1].trimStart();
    if (!next || BULLET.test(next)) continue;
    const full = widths[i] >= FULL_WIDTH * width;
    // A short line after a full stop ends a paragraph; a short line without one is a heading
    // unless the sentence visibly goes on in lower case.
    joins[i] = continues(i) || full;
  }
  return joins;
}

/** The text with the line breaks of hard-wrapped paragraphs replaced by spaces (same length). */
export function unwrapLines(text: string): string {
  if (!text.includes("\n")) return text;
  const out = text.split("");
  let at = 0;
  for (const block of text.split(/(\n[\t \u00A0]*\n)/u)) {
    if (/^\n[\t \u00A0]*\n$/u.test(block)) {
      at += block.length;
      continue;
    }
    const lines = block.split("\n");
    const joins = joinsIn(lines);
    let pos = at;
    for (let i = 0; i < lines.length - 1; i++) {
      pos += lines[i].length;
      if (joins[i]) {
        out[pos] = " ";
        if (out[pos - 1] === "\r") out[pos - 1] = " ";
      }
      pos += 1;
    }
    at += block.length;
  }
  return out.join("");
}
