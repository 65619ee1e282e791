"use server";
// Sign-in form action: a public endpoint, so it validates its input itself (inside signIn).
import { assertFormData } from "@/lib/server/http/action-args";
import { redirect } from "next/navigation";
import { safeNextPath, signIn } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { env } from "@/lib/env";
import type { FormState } from "@/components/teacher/form-state";

export async function signInAction(_prev: FormState, data: FormData): Promise<FormState> {
  assertFormData(data);
  const t = teacherMessages[await getLocale()];
  const email = String(data.get("email") ?? "").slice(0, 254);
  const result = await signIn({ email: data.get("email"), password: data.get("password") });
  if (!result.ok) {
    const error =
      result.error === "rate_limited"
        ? t.errRateLimited(env().RATE_WINDOW_MINUTES)
        : result.error === "invalid_input"
          ? t.errInvalidSignIn
          : t.errInvalidCredentials;
    return { error, values: { email } };
  }
  redirect(safeNextPath(data.get("next")));
}
