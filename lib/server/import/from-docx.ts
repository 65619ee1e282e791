// Word .docx files through mammoth's raw-text extraction (paragraphs kept), after the cheap
// budget checks of docx-budget.ts. Runs in the import worker (parse-in-worker.ts), never on
// the request thread.
import mammoth from "mammoth";
import { checkDocxBudget } from "./docx-budget";
import { ImportError } from "./import-error";

export async function textFromDocx(bytes: Uint8Array): Promise<string> {
  await checkDocxBudget(bytes);
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return value;
  } catch {
    throw new ImportError("corrupt_file");
  }
}
