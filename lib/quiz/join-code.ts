// Join codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn with
// a CSPRNG: 31^6 ≈ 8.9e8 codes, and failed joins are rate-limited on top.
import { randomInt } from "node:crypto";

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * Upper-cases and drops spaces and dashes; returns null for anything that cannot be a code.
 * A typed zero is read as the letter O: generated codes contain neither, and the demo code
 * DEMO22 shows an O that many fonts draw like a zero.
 */
export function normaliseJoinCode(input: string): string | null {
  const code = input.normalize("NFKC").toUpperCase().replace(/[\s-]+/g, "").replace(/0/g, "O");
  return /^[A-Z0-9]{4,12}$/.test(code) ? code : null;
}
