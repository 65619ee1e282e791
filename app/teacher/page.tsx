import { getLocale } from "@/lib/i18n/server";
import { commonMessages } from "@/lib/i18n/messages/common";

export default async function TeacherPlaceholder() {
  const t = commonMessages[await getLocale()];
  return (
    <section className="card">
      <h1>{t.teacherSpace}</h1>
    </section>
  );
}
