// PDF files through unpdf (a serverless build of PDF.js: pure JavaScript, no worker, no
// network). The page count is checked before any page is read. Runs in the import worker
// (parse-in-worker.ts), never on the request thread.
import { extractText, getDocumentProxy } from "unpdf";
import { ImportError } from "./import-error";
import { MAX_PDF_PAGES } from "./limits";

export async function textFromPdf(bytes: Uint8Array): Promise<string> {
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
