// Display names: the only thing a student types to join. NFKC so look-alike full-width or
// ligature forms collapse, control and format characters dropped, spaces collapsed.
export const DISPLAY_NAME_MAX = 40;

/** The cleaned name, or null when it is empty or longer than DISPLAY_NAME_MAX characters. */
export function normaliseDisplayName(input: unknown): string | null {
  if (typeof input !== "string" || input.length > 400) return null;
  const name = input
    .normalize("NFKC")
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
  const length = Array.from(name).length;
  return length >= 1 && length <= DISPLAY_NAME_MAX ? name : null;
}
