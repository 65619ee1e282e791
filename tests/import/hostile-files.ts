// Small files that used to freeze the server when parsed on the request thread, built in
// code: a .docx of unclosed paragraphs (deep nesting), one of very many paragraphs, one whose
// body inflates far past its size, and a PDF of very many pages.
import JSZip from "jszip";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A .docx whose word/document.xml body is `body` (closed unless `close` is false),
 * compressed as hard as deflate goes. */
export function docxWithBody(body: string, close = true): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", RELS);
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}${close ? "</w:body></w:document>" : ""}`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** About 2 KB: `n` paragraphs of one run, opened and never closed, nor is the document.
 * mammoth's XML parser takes time quadratic in `n` on it (5,000: 5 s; 20,000: over a minute). */
export const unclosedParagraphsDocx = (n = 20_000) => docxWithBody("<w:p><w:r><w:t>a</w:t></w:r>".repeat(n), false);

/** About 16 KB for 100,000 one-letter paragraphs. */
export const manyParagraphsDocx = (n = 100_000) => docxWithBody("<w:p><w:r><w:t>a</w:t></w:r></w:p>".repeat(n));

/** One paragraph of `mb` MiB of text: a few dozen KB once compressed. */
export const inflatingDocx = (mb = 32) => docxWithBody(`<w:p><w:r><w:t>${"a".repeat(mb * 1024 * 1024)}</w:t></w:r></w:p>`);

/** A PDF of `pages` pages sharing one small content stream (about 150 bytes a page). */
export function manyPagesPdf(pages = 20_000): Uint8Array {
  const content = "BT /F1 12 Tf 72 720 Td (Page) Tj ET";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "", // the page tree, once the pages are numbered
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  const kids: string[] = [];
  for (let i = 0; i < pages; i++) {
    objects.push("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>");
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pages} >>`;
  const parts: string[] = ["%PDF-1.4\n"];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const part = `${i + 1} 0 obj\n${o}\nendobj\n`;
    parts.push(part);
    length += part.length;
  });
  parts.push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`));
  parts.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  return new Uint8Array(Buffer.from(parts.join(""), "latin1"));
}
