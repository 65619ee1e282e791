import Link from "next/link";
import { assertFormData } from "@/lib/server/http/action-args";
import { redirect } from "next/navigation";
import { getLocale } from "@/lib/i18n/server";
import { commonMessages } from "@/lib/i18n/messages/common";
import { studentMessages } from "@/lib/i18n/messages/student";
import { getDemoQuiz } from "@/lib/server/quizzes/public-quiz";
import { JOIN_WINDOW_MINUTES, lookUpJoinCode } from "@/lib/server/participants/join";

export const dynamic = "force-dynamic";

// Unknown, draft and closed codes get the same message; failed lookups are rate-limited.
async function goToQuiz(formData: FormData) {
  "use server";
  assertFormData(formData);
  const raw = formData.get("code");
  const found = await lookUpJoinCode(typeof raw === "string" ? raw.slice(0, 64) : "");
  if (found.ok) redirect(`/q/${found.quiz.joinCode}`);
  redirect(found.reason === "rate_limited" ? "/?code=limited" : "/?code=invalid");
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
          {code === "limited" && (
            <p className="alert error" role="alert">
              {studentMessages[locale].tooManyTries(JOIN_WINDOW_MINUTES)}
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
