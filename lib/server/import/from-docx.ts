// Word .docx files through mammoth's raw-text extraction (paragraphs kept).
import mammoth from "mammoth";
import { ImportError } from "./import-error";

export async function textFromDocx(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return value;
  } catch {
    throw new ImportError("corrupt_file");
  }
}
