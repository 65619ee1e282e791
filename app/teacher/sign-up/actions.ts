"use server";
// Sign-up form action: a public endpoint, so it validates its input itself (inside signUp).
import { assertFormData } from "@/lib/server/http/action-args";
import { redirect } from "next/navigation";
import { signUp } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import type { FormState } from "@/components/teacher/form-state";

export async function signUpAction(_prev: FormState, data: FormData): Promise<FormState> {
  assertFormData(data);
  const locale = await getLocale();
  const t = teacherMessages[locale];
  const values = { name: String(data.get("name") ?? "").slice(0, 80), email: String(data.get("email") ?? "").slice(0, 254) };
  const result = await signUp({ name: data.get("name"), email: data.get("email"), password: data.get("password"), locale });
  if (!result.ok && result.error === "rate_limited") return { error: t.errSignUpLimited, fieldErrors: {}, values };
  if (!result.ok) {
    const messages = { name: t.errName, email: t.errEmail, password: t.errPassword };
    const fieldErrors = Object.fromEntries(result.fields.map((f) => [f, messages[f]]));
    return { error: t.formHasErrors, fieldErrors, values };
  }
  // The same page whether the address was new or already had an account.
  redirect("/teacher/sign-in?created=1");
}
