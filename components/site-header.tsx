import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { commonMessages } from "@/lib/i18n/messages/common";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { learningMessages } from "@/lib/i18n/messages/learning";

interface Props {
  locale: Locale;
  onSwitchLocale: (formData: FormData) => Promise<void>;
  /** The signed-in teacher's display name, when there is one. */
  teacherName?: string | null;
  onSignOut?: () => Promise<void>;
}

export function SiteHeader({ locale, onSwitchLocale, teacherName, onSignOut }: Readonly<Props>) {
  const t = commonMessages[locale];
  const tt = teacherMessages[locale];
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {t.appName}
      </Link>
      <div className="site-nav">
        {/* Two landmarks, each named for whom it serves (screen readers list them by name). */}
        <nav aria-label={learningMessages[locale].spaceLink} className="nav-group">
          <Link href="/student">{learningMessages[locale].spaceLink}</Link>
        </nav>
        <nav aria-label={t.teacherSpace} className="nav-group">
          <Link href="/teacher">{t.teacherSpace}</Link>
          {teacherName && onSignOut && (
            <>
              <span className="muted" data-testid="signed-in-as">
                {tt.signedInAs(teacherName)}
              </span>
              <form action={onSignOut}>
                <button type="submit" className="link-button">
                  {tt.signOutButton}
                </button>
              </form>
            </>
          )}
        </nav>
        <form action={onSwitchLocale}>
          <input type="hidden" name="lang" value={locale === "fr" ? "en" : "fr"} />
          <button type="submit" className="link-button" aria-label={t.switchLanguageLabel} lang={locale === "fr" ? "en" : "fr"}>
            {t.switchLanguage}
          </button>
        </form>
      </div>
    </header>
  );
}
