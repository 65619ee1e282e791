// Display names: the only thing a student types to join. NFKC so look-alike full-width or
// ligature forms collapse, control and format characters dropped, spaces collapsed. A name must
// show something: characters that draw nothing (Hangul fillers, the blank Braille cell) count
// as spaces, and a pile of combining marks (“Zalgo” text, which spills over other lines) is
// refused.
export const DISPLAY_NAME_MAX = 40;

/** Letters and symbols that render as blank space, though Unicode does not class them as spaces. */
const BLANK_LOOKING = /[\u115F\u1160\u17B4\u17B5\u2800\u3164\uFFA0]/gu;
/** More combining marks than this on one character is not writing but decoration. */
const MAX_MARKS_PER_CHARACTER = 3;
const MARK_RUN = new RegExp(`\\p{M}{${MAX_MARKS_PER_CHARACTER + 1},}`, "u");

/** The cleaned name, or null when it shows nothing, is Zalgo text, or has more than `max` characters. */
export function normaliseVisibleName(input: unknown, max: number): string | null {
  if (typeof input !== "string" || input.length > 400) return null;
  const name = input
    .normalize("NFKC")
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, "")
    .replace(BLANK_LOOKING, " ")
    .replace(/\s+/gu, " ")
    .trim();
  if (MARK_RUN.test(name)) return null;
  if (!/[\p{L}\p{N}\p{S}\p{P}]/u.test(name)) return null;
  const length = Array.from(name).length;
  return length >= 1 && length <= max ? name : null;
}

/** A student's display name: 1 to DISPLAY_NAME_MAX characters that show something. */
export function normaliseDisplayName(input: unknown): string | null {
  return normaliseVisibleName(input, DISPLAY_NAME_MAX);
}
