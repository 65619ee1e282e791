import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { commonMessages } from "@/lib/i18n/messages/common";

interface Props {
  locale: Locale;
  onSwitchLocale: (formData: FormData) => Promise<void>;
}

export function SiteHeader({ locale, onSwitchLocale }: Readonly<Props>) {
  const t = commonMessages[locale];
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {t.appName}
      </Link>
      <nav aria-label={t.teacherSpace} className="site-nav">
        <Link href="/teacher">{t.teacherSpace}</Link>
        <form action={onSwitchLocale}>
          <input type="hidden" name="lang" value={locale === "fr" ? "en" : "fr"} />
          <button type="submit" className="link-button" aria-label={t.switchLanguageLabel} lang={locale === "fr" ? "en" : "fr"}>
            {t.switchLanguage}
          </button>
        </form>
      </nav>
    </header>
  );
}
