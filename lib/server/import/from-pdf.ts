// PDF files through unpdf (a serverless build of PDF.js: pure JavaScript, no worker, no
// network). The page count is checked before any page is read, first in the raw bytes. Runs in the import worker
// (parse-in-worker.ts), never on the request thread.
import { extractText, getDocumentProxy } from "unpdf";
import { ImportError } from "./import-error";
import { MAX_PDF_PAGES } from "./limits";

/**
 * Page objects written out in the file: a lower bound (pages inside compressed object streams
 * are not seen), but one linear scan, so a file of thousands of pages is refused before PDF.js
 * spends seconds indexing it. PDF.js's own page count is checked next.
 */
export function countPageObjects(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

export async function textFromPdf(bytes: Uint8Array): Promise<string> {
  if (countPageObjects(bytes) > MAX_PDF_PAGES) throw new ImportError("file_too_complex");
  let doc: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // PDF.js takes ownership of the buffer it is given: hand it a copy.
    doc = await getDocumentProxy(new Uint8Array(bytes));
  } catch {
    throw new ImportError("corrupt_file");
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw new ImportError("file_too_complex");
    const { text } = await extractText(doc, { mergePages: false });
    return (Array.isArray(text) ? text : [text]).join("\n\n");
  } catch (e) {
    throw e instanceof ImportError ? e : new ImportError("corrupt_file");
  } finally {
    await doc.loadingTask.destroy().catch(() => undefined);
  }
}
