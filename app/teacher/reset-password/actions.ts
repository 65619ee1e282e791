"use server";
// Setting a new password with a one-time code printed on the server (no session needed).
import { redirect } from "next/navigation";
import { assertFormData } from "@/lib/server/http/action-args";
import { resetPassword } from "@/lib/server/auth/password-change";
import { getLocale } from "@/lib/i18n/server";
import { accountMessages } from "@/lib/i18n/messages/account";
import type { FormState } from "@/components/teacher/form-state";

export async function resetPasswordAction(_prev: FormState, data: FormData): Promise<FormState> {
  assertFormData(data);
  const t = accountMessages[await getLocale()];
  const code = data.get("code");
  const result = await resetPassword({ code, password: data.get("password"), confirm: data.get("confirm") });
  if (result.ok) redirect("/teacher/sign-in?reset=1");
  const values = typeof code === "string" ? { code: code.slice(0, 64) } : undefined;
  if (result.error === "rate_limited") return { error: t.errors.rate_limited, values };
  const fieldErrors = Object.fromEntries(result.fields.map((f) => [f, t.errors[result.error === "invalid_code" ? "invalid_code" : f]]));
  return { error: result.error === "invalid_code" ? t.errors.invalid_code : t.formHasErrors, fieldErrors, values };
}
