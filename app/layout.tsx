import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/site-header";
import { getLocale } from "@/lib/i18n/server";
import { commonMessages } from "@/lib/i18n/messages/common";
import { pageTitles } from "@/lib/i18n/messages/page-titles";
import { setLocaleAction } from "./actions";
import { getCurrentTeacher } from "@/lib/server/auth";
import { signOutAction } from "./teacher/sign-out/actions";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { default: "Actuquiz", template: "%s · Actuquiz" },
    description: pageTitles[await getLocale()].description,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  const locale = await getLocale();
  const t = commonMessages[locale];
  const teacher = await getCurrentTeacher();
  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="skip-link">
          {t.skipToContent}
        </a>
        <SiteHeader locale={locale} onSwitchLocale={setLocaleAction} teacherName={teacher?.name} onSignOut={signOutAction} />
        <main id="main" className="page">
          {children}
        </main>
      </body>
    </html>
  );
}
