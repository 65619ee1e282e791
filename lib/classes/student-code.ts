// Students' personal codes: 8 characters of the join-code alphabet (no 0/O, 1/I/L look-alikes)
// from a CSPRNG, shown as ABCD-EFGH. 31^8 ≈ 8.5e11 codes, and failed tries are rate-limited on
// top, so a class's codes cannot be guessed; they are stored as typed so they can be reprinted.
import { randomInt } from "node:crypto";
import { JOIN_CODE_ALPHABET } from "@/lib/quiz/join-code";

export const STUDENT_CODE_LENGTH = 8;

export function newStudentCode(): string {
  let code = "";
  for (let i = 0; i < STUDENT_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** For print and screen: two groups of four. */
export function formatStudentCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * Upper-cases and drops spaces and dashes. Returns null for anything that cannot be a code
 * (wrong length, a character outside the alphabet): such input is never looked up nor counted.
 */
export function normaliseStudentCode(input: unknown): string | null {
  if (typeof input !== "string" || input.length > 40) return null;
  const code = input.normalize("NFKC").toUpperCase().replace(/[\s-]+/g, "");
  if (code.length !== STUDENT_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
