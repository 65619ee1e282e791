// Import caps. The text cap is the generator's own, so anything imported can be generated from.
import { MAX_TEXT_CHARS } from "@/lib/generation/contract";

export { MAX_TEXT_CHARS };
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_URL_BYTES = 5 * 1024 * 1024;
export const URL_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;
export const MAX_TITLE_CHARS = 300;
export const MAX_SOURCE_CHARS = 300;
