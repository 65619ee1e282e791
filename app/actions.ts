"use server";
// Language switch: stores the choice in a cookie (a preference, not a credential).
import { assertFormData } from "@/lib/server/http/action-args";
import { cookies } from "next/headers";
import { asLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

export async function setLocaleAction(formData: FormData): Promise<void> {
  assertFormData(formData);
  const store = await cookies();
  store.set(LOCALE_COOKIE, asLocale(String(formData.get("lang") ?? "")), {
    path: "/",
    sameSite: "lax",
    maxAge: 60 * 60 * 24 * 365,
  });
}
