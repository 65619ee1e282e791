// PDF files through unpdf (a serverless build of PDF.js: pure JavaScript, no worker, no network).
import { extractText, getDocumentProxy } from "unpdf";
import { ImportError } from "./import-error";

export async function textFromPdf(bytes: Uint8Array): Promise<string> {
  let doc: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // PDF.js takes ownership of the buffer it is given: hand it a copy.
    doc = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(doc, { mergePages: false });
    return (Array.isArray(text) ? text : [text]).join("\n\n");
  } catch {
    throw new ImportError("corrupt_file");
  } finally {
    await doc?.loadingTask.destroy().catch(() => undefined);
  }
}
