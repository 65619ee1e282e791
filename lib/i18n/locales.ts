// French by default; English on request or when the browser prefers it. Pure module (usable on
// client and server).
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
export const LOCALE_COOKIE = "lang";

export function asLocale(value: string | undefined | null): Locale {
  return value === "en" ? "en" : DEFAULT_LOCALE;
}

/** The explicit choice stored by the language switch, or null when the cookie is absent or unknown. */
export function chosenLocale(value: string | undefined | null): Locale | null {
  return value === "en" || value === "fr" ? value : null;
}

/**
 * The locale an `Accept-Language` header asks for: English when the browser ranks English above
 * French, French otherwise (French also wins a tie and when neither language is listed).
 * Entries are `tag;q=weight`; a missing weight is 1, a weight of 0 means "not acceptable".
 */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.slice(0, 500).split(",")) {
    const [rawTag, ...params] = part.trim().split(";");
    const primary = rawTag.trim().toLowerCase().split("-")[0];
    if (primary !== "en" && primary !== "fr") continue;
    let q = 1;
    for (const param of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(param);
      if (m) q = Number(m[1]);
    }
    if (!Number.isFinite(q) || q <= 0) continue;
    // Strictly greater: on equal weights the earlier entry (then French) keeps the lead.
    if (!best || q > best.q) best = { locale: primary, q };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}
