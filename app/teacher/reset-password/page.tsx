import Link from "next/link";
import { PasswordForm } from "@/components/teacher/password-form";
import { getLocale } from "@/lib/i18n/server";
import { accountMessages } from "@/lib/i18n/messages/account";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { resetPasswordAction } from "./actions";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("resetPassword");

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const { code } = await searchParams;
  const locale = await getLocale();
  const t = accountMessages[locale];
  const prefill = typeof code === "string" ? code.slice(0, 64) : undefined;
  return (
    <section className="card auth-card" aria-labelledby="reset-title">
      <h1 id="reset-title">{t.resetTitle}</h1>
      <p className="muted">{t.resetIntro}</p>
      <PasswordForm
        action={resetPasswordAction}
        mode="reset"
        code={prefill}
        labels={{ first: t.codeLabel, firstHelp: t.codeHelp, password: t.newLabel, passwordHelp: t.newHelp, confirm: t.confirmLabel, submit: t.resetButton }}
      />
      <p>
        <Link href="/teacher/sign-in">{teacherMessages[locale].signInTitle}</Link>
      </p>
    </section>
  );
}
