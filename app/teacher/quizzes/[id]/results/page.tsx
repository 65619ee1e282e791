import Link from "next/link";
import { notFound } from "next/navigation";
import "@/components/results/results.css";
import { ItemAnalysis } from "@/components/results/item-analysis";
import { ParticipantsTable } from "@/components/results/participants-table";
import { QuestionChart } from "@/components/results/question-chart";
import { ResultsSummary } from "@/components/results/results-summary";
import { ScoreHistogram } from "@/components/results/score-histogram";
import { getLocale } from "@/lib/i18n/server";
import { resultsMessages } from "@/lib/i18n/messages/results";
import { requireTeacher } from "@/lib/server/auth";
import { isReliable, itemVerdict, MIN_RELIABLE_N } from "@/lib/server/results/item-notes";
import { getGradeChanges, getQuizResults } from "@/lib/server/results/queries";
import { summaryVersion } from "@/lib/server/results/load-summary";
import { applyTableParams, parseTableParams, type SearchParams } from "@/lib/server/results/table-params";
import { LiveUpdates } from "./live-updates";
import { ActiveStudents } from "@/components/teacher/active-students";
import { listActiveAttempts } from "@/lib/server/quizzes/active-attempts";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { ActionFeedback } from "@/components/teacher/announce";
import { GradeChanges } from "@/components/results/grade-changes";
import { gradeFeedback } from "@/components/results/grade-feedback";
import { regradeMessages } from "@/lib/i18n/messages/regrade";
import { TimeZoneLink } from "@/components/time-zone-link";
import { NotStartedList } from "@/components/results/not-started-list";
import { listNotStarted } from "@/lib/server/participants/quiz-participants";
import { acceptAnswerAction, changeKeyAction, changeOrderAction } from "./actions";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("results");

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

export default async function QuizResultsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const basePath = `/teacher/quizzes/${encodeURIComponent(id)}/results`;
  const teacher = await requireTeacher(basePath);
  const sp = await searchParams;
  const tableParams = parseTableParams(sp);
  const data = await getQuizResults(teacher.id, id, tableParams.view);
  if (!data) notFound();

  const locale = await getLocale();
  const t = resultsMessages[locale];
  const rt = regradeMessages[locale];
  const feedback = gradeFeedback(sp, rt);
  const gradeChanges = await getGradeChanges(teacher.id, id, { limit: 50 });
  const { analysis, questions } = data;
  const reliable = isReliable(analysis.summary.n);
  const items = questions.map((question, i) => ({
    question,
    stats: analysis.items[i],
    verdict: itemVerdict(analysis.items[i], analysis.groupSize),
  }));
  const rows = applyTableParams(data.participants, tableParams, locale);
  const viewQuery = tableParams.view === "latest" ? "?view=latest" : "";
  const apiBase = `/api/teacher/quizzes/${encodeURIComponent(id)}/results`;
  const active = data.quiz.status === "published" ? ((await listActiveAttempts(teacher.id, id)) ?? []) : [];
  const notStarted = await listNotStarted(teacher.id, id);

  return (
    <>
      <section className="card" aria-labelledby="results-title">
        <p className="no-print">
          <Link href="/teacher">{t.backToDashboard}</Link>
        </p>
        <h1 id="results-title">{t.resultsOf(data.quiz.title)}</h1>
        <p className="results-meta">
          <span className={`badge status-${data.quiz.status}`}>{t.status[data.quiz.status] ?? data.quiz.status}</span>
          {data.quiz.joinCode && (
            <span>
              {t.colJoinCode} <span className="code">{data.quiz.joinCode}</span>
            </span>
          )}
        </p>
        <ul className="results-links no-print">
          <li>
            <Link href={`/teacher/quizzes/${encodeURIComponent(id)}`}>{t.quizSettings}</Link>
          </li>
          <li>
            {t.exportTitle} :{" "}
            <TimeZoneLink href={`${apiBase}/export/attempts`}>{t.exportAttempts}</TimeZoneLink>
            {" · "}
            <a href={`${apiBase}/export/questions${viewQuery}`} download>
              {t.exportQuestions}
            </a>
          </li>
        </ul>
        <LiveUpdates
          quizId={id}
          version={summaryVersion(data.submittedCount, data.inProgressCount, data.lastSubmittedAt)}
          submittedCount={data.submittedCount}
          locale={locale}
        />
        <ActionFeedback notice={feedback.notice} error={feedback.error} stamp={feedback.stamp} />
      </section>

      {data.quiz.status === "published" && (
        <div className="card no-print">
          <ActiveStudents quizId={id} initial={active} locale={locale} />
        </div>
      )}

      <NotStartedList participants={notStarted} basePath={basePath} locale={locale} t={rt} />

      <GradeChanges entries={gradeChanges} locale={locale} t={rt} />

      <ResultsSummary
        summary={analysis.summary}
        maxScore={questions.length}
        participants={data.participants.length}
        submittedCount={data.submittedCount}
        inProgressCount={data.inProgressCount}
        lastSubmittedAt={data.lastSubmittedAt}
        reliable={reliable}
        viewLabel={tableParams.view === "latest" ? t.viewLatestShort : t.viewBestShort}
        locale={locale}
        t={t}
      />

      {analysis.summary.n === 0 ? (
        <p className="card">{t.noAttempts}</p>
      ) : (
        <>
          {!reliable && <p className="alert warning">{t.tooFewForStats(MIN_RELIABLE_N)}</p>}
          <section className="card charts" aria-label={`${t.histogramCaption} · ${t.questionChartCaption}`}>
            <ScoreHistogram bins={analysis.summary.histogram} t={t} />
            <QuestionChart
              questions={items.map((i) => ({ number: i.question.number, p: i.stats.p, flagged: i.verdict.keySuspect }))}
              locale={locale}
              t={t}
            />
          </section>
          <ParticipantsTable
            rows={rows}
            total={data.participants.length}
            params={tableParams}
            basePath={basePath}
            locale={locale}
            t={t}
          />
          <ItemAnalysis
            items={items}
            groupSize={analysis.groupSize}
            locale={locale}
            t={t}
            regrade={{ quizId: id, acceptAction: acceptAnswerAction, changeKeyAction, changeOrderAction, t: rt }}
          />
        </>
      )}
    </>
  );
}
