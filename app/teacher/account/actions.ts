"use server";
// Password change for the signed-in teacher: a public endpoint, it checks the session itself.
import { revalidatePath } from "next/cache";
import { assertFormData } from "@/lib/server/http/action-args";
import { requireTeacher } from "@/lib/server/auth";
import { changePassword } from "@/lib/server/auth/password-change";
import { getLocale } from "@/lib/i18n/server";
import { accountMessages } from "@/lib/i18n/messages/account";
import type { FormState } from "@/components/teacher/form-state";

export async function changePasswordAction(_prev: FormState, data: FormData): Promise<FormState> {
  assertFormData(data);
  const teacher = await requireTeacher("/teacher/account");
  const t = accountMessages[await getLocale()];
  const result = await changePassword(teacher.id, { current: data.get("current"), password: data.get("password"), confirm: data.get("confirm") });
  if (result.ok) {
    // The page's "last changed" line follows.
    revalidatePath("/teacher/account");
    return { notice: t.changed };
  }
  if (result.error === "rate_limited") return { error: t.errors.rate_limited };
  const fieldErrors = Object.fromEntries(result.fields.map((f) => [f, t.errors[result.error === "wrong_current" ? "wrong_current" : f]]));
  return { error: t.formHasErrors, fieldErrors };
}
