// Every way an import can be refused. The code picks the localized message shown to the
// teacher; nothing is saved when one is thrown.
export type ImportErrorCode =
  | "empty"
  | "binary"
  | "file_too_large"
  | "text_too_long"
  | "unsupported_type"
  | "script_content"
  | "corrupt_file"
  | "file_too_complex"
  | "file_timeout"
  | "import_busy"
  | "invalid_form"
  | "url_invalid"
  | "url_forbidden"
  | "url_unreachable"
  | "url_http_error"
  | "url_too_large"
  | "url_timeout"
  | "url_unsupported_type";

export class ImportError extends Error {
  constructor(
    public readonly code: ImportErrorCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "ImportError";
  }
}
