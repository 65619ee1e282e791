// Which extractor a file goes to: the extension says what the teacher meant, the first bytes
// must agree (a renamed .exe or a zip called .txt is refused).
import { ImportError } from "./import-error";
import { looksBinary } from "./plain-text";

export type FileFormat = "txt" | "md" | "html" | "docx" | "pdf";

const BY_EXTENSION: Record<string, FileFormat> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  docx: "docx",
  pdf: "pdf",
};

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

export function detectFormat(fileName: string, bytes: Uint8Array): FileFormat {
  const ext = fileName.toLowerCase().match(/\.([a-z]{2,8})$/)?.[1] ?? "";
  const format = BY_EXTENSION[ext];
  if (!format) throw new ImportError("unsupported_type");
  if (bytes.length === 0) throw new ImportError("empty");
  const isZip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
  const isPdf = startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]);
  if (format === "docx") {
    if (!isZip) throw new ImportError(looksBinary(bytes) ? "corrupt_file" : "unsupported_type");
    return format;
  }
  if (format === "pdf") {
    if (!isPdf) throw new ImportError("corrupt_file");
    return format;
  }
  if (isZip || isPdf || looksBinary(bytes)) throw new ImportError("binary");
  return format;
}
