import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale } from "@/lib/i18n/server";
import { commonMessages } from "@/lib/i18n/messages/common";
import { getDemoQuiz } from "@/lib/server/quizzes/public-quiz";
import { normaliseJoinCode } from "@/lib/quiz/join-code";

export const dynamic = "force-dynamic";

async function goToQuiz(formData: FormData) {
  "use server";
  const code = normaliseJoinCode(String(formData.get("code") ?? ""));
  redirect(code ? `/q/${code}` : "/?code=invalid");
}

export default async function HomePage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const locale = await getLocale();
  const t = commonMessages[locale];
  const demo = await getDemoQuiz();
  const { code } = await searchParams;
  return (
    <>
      <h1>{t.appName}</h1>
      <p className="muted">{t.tagline}</p>
      <div className="grid-2">
        <section className="card" aria-labelledby="join-title">
          <h2 id="join-title">{t.homeJoinTitle}</h2>
          <p className="muted">{t.homeJoinHelp}</p>
          {code === "invalid" && (
            <p className="alert error" role="alert">
              {t.quizNotAvailable}
            </p>
          )}
          <form action={goToQuiz} className="row">
            <div className="grow">
              <label htmlFor="join-code">{t.joinCodeLabel}</label>
              <input id="join-code" name="code" type="text" autoComplete="off" autoCapitalize="characters" inputMode="text" maxLength={16} required />
            </div>
            <button type="submit">{t.joinButton}</button>
          </form>
        </section>
        {demo && (
          <section className="card" aria-labelledby="demo-title">
            <h2 id="demo-title">{t.demoTitle}</h2>
            <p className="muted">{t.demoHelp}</p>
            <h3>{demo.title}</h3>
            <p>
              {t.questionsCount(demo.questionCount)} · {t.codeLabel} <span className="code">{demo.joinCode}</span>
            </p>
            <Link className="button" href={`/q/${demo.joinCode}`}>
              {t.demoTry}
            </Link>
          </section>
        )}
      </div>
      <section className="card" aria-labelledby="what-title">
        <h2 id="what-title">{t.whatTitle}</h2>
        <ul>
          {t.whatPoints.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <p>
          <Link href="/teacher">{t.teacherSpace}</Link>
        </p>
      </section>
    </>
  );
}
