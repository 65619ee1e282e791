import Link from "next/link";
import { getLocale } from "@/lib/i18n/server";
import { commonMessages } from "@/lib/i18n/messages/common";

export default async function NotFound() {
  const t = commonMessages[await getLocale()];
  return (
    <section className="card">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <a href="/">{t.backHome}</a>
    </section>
  );
}
