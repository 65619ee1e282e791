import Link from "next/link";
import { PasswordForm } from "@/components/teacher/password-form";
import { requireTeacher } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { accountMessages } from "@/lib/i18n/messages/account";
import { resultsMessages } from "@/lib/i18n/messages/results";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { LocalTime } from "@/components/local-time";
import { prisma } from "@/lib/db";
import { changePasswordAction } from "./actions";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("account");

export default async function AccountPage() {
  const teacher = await requireTeacher("/teacher/account");
  const locale = await getLocale();
  const t = accountMessages[locale];
  const dates = await prisma.teacher.findUnique({ where: { id: teacher.id }, select: { passwordChangedAt: true, createdAt: true } });
  return (
    <section className="card auth-card" aria-labelledby="account-title">
      <p>
        <Link href="/teacher">{resultsMessages[locale].backToDashboard}</Link>
      </p>
      <h1 id="account-title">{t.changeTitle}</h1>
      {dates && (
        <p data-testid="password-changed-at">
          {dates.passwordChangedAt ? (
            <>
              {t.lastChanged} <LocalTime iso={dates.passwordChangedAt.toISOString()} locale={locale} />.{" "}
              <span className="muted small">{t.securityHint}</span>
            </>
          ) : (
            <>
              {t.neverChanged} <LocalTime iso={dates.createdAt.toISOString()} locale={locale} variant="date" />.
            </>
          )}
        </p>
      )}
      <p className="muted">{t.changeIntro}</p>
      <PasswordForm
        action={changePasswordAction}
        mode="change"
        labels={{ first: t.currentLabel, password: t.newLabel, passwordHelp: t.newHelp, confirm: t.confirmLabel, submit: t.changeButton }}
      />
    </section>
  );
}
