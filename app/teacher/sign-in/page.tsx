import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentTeacher, safeNextPath } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { SignInForm } from "@/components/teacher/sign-in-form";
import { signInAction } from "./actions";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { accountMessages } from "@/lib/i18n/messages/account";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("signIn");

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; created?: string; reset?: string }> }) {
  const query = await searchParams;
  const next = safeNextPath(query.next);
  if (await getCurrentTeacher()) redirect(next);
  const locale = await getLocale();
  const t = teacherMessages[locale];
  const a = accountMessages[locale];
  return (
    <section className="card auth-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t.signInTitle}</h1>
      {query.created === "1" && (
        <p className="alert success" role="status">
          {t.signUpDone}
        </p>
      )}
      {query.reset === "1" && (
        <p className="alert success" role="status">
          {a.resetDone}
        </p>
      )}
      <SignInForm action={signInAction} next={next} labels={{ email: t.emailLabel, password: t.passwordLabel, submit: t.signInButton }} />
      <p>
        <Link href="/teacher/reset-password">{a.forgotLink}</Link>
      </p>
      <p>
        {t.noAccount} <Link href="/teacher/sign-up">{t.signUpLink}</Link>
      </p>
    </section>
  );
}
