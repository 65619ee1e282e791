import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentTeacher } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { SignUpForm } from "@/components/teacher/sign-up-form";
import { signUpAction } from "./actions";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("signUp");

export default async function SignUpPage() {
  if (await getCurrentTeacher()) redirect("/teacher");
  const t = teacherMessages[await getLocale()];
  return (
    <section className="card auth-card" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">{t.signUpTitle}</h1>
      <SignUpForm
        action={signUpAction}
        labels={{ name: t.nameLabel, email: t.emailLabel, password: t.passwordLabel, passwordHelp: t.passwordHelp, submit: t.signUpButton }}
      />
      <p>
        {t.haveAccount} <Link href="/teacher/sign-in">{t.signInLink}</Link>
      </p>
    </section>
  );
}
