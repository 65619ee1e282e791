// Reads the interface language: the language switch's cookie when the visitor chose one,
// otherwise the browser's Accept-Language (English if it prefers English, French otherwise).
import "server-only";
import { cookies, headers } from "next/headers";
import { chosenLocale, localeFromAcceptLanguage, LOCALE_COOKIE, type Locale } from "./locales";

export async function getLocale(): Promise<Locale> {
  const store = await cookies();
  const chosen = chosenLocale(store.get(LOCALE_COOKIE)?.value);
  if (chosen) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}
