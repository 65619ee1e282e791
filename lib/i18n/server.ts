// Reads the interface language from the cookie (French by default).
import "server-only";
import { cookies } from "next/headers";
import { asLocale, LOCALE_COOKIE, type Locale } from "./locales";

export async function getLocale(): Promise<Locale> {
  const store = await cookies();
  return asLocale(store.get(LOCALE_COOKIE)?.value);
}
