// Import caps. The text cap is the generator's own, so anything imported can be generated from.
import { MAX_TEXT_CHARS } from "@/lib/generation/contract";

export { MAX_TEXT_CHARS };
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_URL_BYTES = 5 * 1024 * 1024;
export const URL_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;
export const MAX_TITLE_CHARS = 300;
export const MAX_SOURCE_CHARS = 300;

// Budgets of the .docx and .pdf parsers (lib/server/import/parse-in-worker.ts). An article of
// MAX_TEXT_CHARS fits well inside each; a file past one is refused as too complex before the
// parser sees it, and the worker's time and memory limits stop anything the checks miss.
/** Decompressed bytes of the XML parts of a .docx (counted while inflating, not declared). */
export const MAX_DOCX_XML_BYTES = 24 * 1024 * 1024;
/** Paragraphs (`<w:p>`) in a .docx body. */
export const MAX_DOCX_PARAGRAPHS = 10_000;
/** XML elements in a .docx body. */
export const MAX_DOCX_ELEMENTS = 200_000;
/** Element nesting depth in a .docx body (Word's own files stay far below). */
export const MAX_DOCX_DEPTH = 128;
/** Pages of a PDF. */
export const MAX_PDF_PAGES = 300;
/** Parses running at once; more wait, and past MAX_QUEUED_PARSES waiting they are refused. */
export const MAX_CONCURRENT_PARSES = 1;
export const MAX_QUEUED_PARSES = 4;
/** Old-generation heap of one parser worker. */
export const PARSE_HEAP_MB = 256;
/** Growth of the server's resident memory during one parse past which the worker is stopped. */
export const MAX_PARSE_RSS_GROWTH_BYTES = 512 * 1024 * 1024;
