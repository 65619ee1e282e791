// Renders an article as plain-text paragraphs (React escapes everything: imported content
// never becomes markup), with optional highlighted spans such as a question's evidence.
import { Fragment, type ReactNode } from "react";

export interface Highlight {
  start: number;
  end: number;
  /** Accessible label announced before the highlighted text. */
  label?: string;
  id?: string;
  /** Rendered right after the highlighted text (e.g. links back to the questions). */
  after?: ReactNode;
}

interface Props {
  text: string;
  highlights?: Highlight[];
  className?: string;
}

interface Piece {
  text: string;
  highlight?: Highlight;
}

function splitParagraph(text: string, offset: number, highlights: Highlight[]): Piece[] {
  const end = offset + text.length;
  const pieces: Piece[] = [];
  let cursor = offset;
  for (const h of highlights) {
    const s = Math.max(h.start, offset);
    const e = Math.min(h.end, end);
    if (e <= s || s < cursor) continue;
    if (s > cursor) pieces.push({ text: text.slice(cursor - offset, s - offset) });
    pieces.push({ text: text.slice(s - offset, e - offset), highlight: h });
    cursor = e;
  }
  if (cursor < end) pieces.push({ text: text.slice(cursor - offset) });
  return pieces;
}

export function ArticleText({ text, highlights = [], className }: Readonly<Props>) {
  const sorted = [...highlights].sort((a, b) => a.start - b.start);
  const paragraphs: { text: string; offset: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) paragraphs.push({ text: m[0], offset: m.index });
  }
  return (
    <div className={className ?? "article-text"}>
      {paragraphs.map((p) => (
        <p key={p.offset}>
          {splitParagraph(p.text, p.offset, sorted).map((piece, i) =>
            piece.highlight ? (
              <Fragment key={i}>
                <mark id={piece.highlight.id}>
                  {piece.highlight.label && <span className="visually-hidden">{piece.highlight.label} </span>}
                  {piece.text}
                </mark>
                {piece.highlight.after}
              </Fragment>
            ) : (
              <Fragment key={i}>{piece.text}</Fragment>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
