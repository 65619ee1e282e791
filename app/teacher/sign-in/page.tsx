import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentTeacher, safeNextPath } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { SignInForm } from "@/components/teacher/sign-in-form";
import { signInAction } from "./actions";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("signIn");

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; created?: string }> }) {
  const query = await searchParams;
  const next = safeNextPath(query.next);
  if (await getCurrentTeacher()) redirect(next);
  const t = teacherMessages[await getLocale()];
  return (
    <section className="card auth-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t.signInTitle}</h1>
      {query.created === "1" && (
        <p className="alert success" role="status">
          {t.signUpDone}
        </p>
      )}
      <SignInForm action={signInAction} next={next} labels={{ email: t.emailLabel, password: t.passwordLabel, submit: t.signInButton }} />
      <p>
        {t.noAccount} <Link href="/teacher/sign-up">{t.signUpLink}</Link>
      </p>
    </section>
  );
}
