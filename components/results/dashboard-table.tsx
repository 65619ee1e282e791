// The teacher's quizzes with their counts and average, each linking to its review and results.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { ResultsMessages } from "@/lib/i18n/messages/results";
import type { DashboardQuiz } from "@/lib/server/results/load-dashboard";
import { formatPercent } from "./format";

interface Props {
  quizzes: readonly DashboardQuiz[];
  locale: Locale;
  t: ResultsMessages;
}

export function DashboardTable({ quizzes, locale, t }: Readonly<Props>) {
  return (
    <div className="table-scroll">
      <table className="dashboard-table" data-testid="dashboard-table">
        <thead>
          <tr>
            <th scope="col">{t.colQuiz}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colJoinCode}</th>
            <th scope="col" className="num">
              {t.colQuestions}
            </th>
            <th scope="col" className="num">
              {t.colSubmitted}
            </th>
            <th scope="col" className="num">
              {t.colAverage}
            </th>
            <th scope="col">{t.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {quizzes.map((q) => (
            <tr key={q.id} data-quiz-id={q.id}>
              <th scope="row">
                <Link href={`/teacher/quizzes/${q.id}`}>{q.title}</Link>
              </th>
              <td>
                <span className={`badge status-${q.status}`}>{t.status[q.status] ?? q.status}</span>
              </td>
              <td>{q.joinCode ? <span className="code">{q.joinCode}</span> : t.noCode}</td>
              <td className="num">{q.questionCount}</td>
              <td className="num" data-testid="submitted">
                {q.submittedCount}
              </td>
              <td className="num" data-testid="average">
                {formatPercent(locale, q.averagePercent, 1)}
              </td>
              <td>
                <ul className="plain action-links">
                  <li>
                    <Link href={`/teacher/quizzes/${q.id}`} aria-label={`${t.reviewSettings} — ${q.title}`}>
                      {t.reviewSettings}
                    </Link>
                  </li>
                  <li>
                    <Link href={`/teacher/quizzes/${q.id}/results`} aria-label={t.resultsOf(q.title)}>
                      {t.results}
                    </Link>
                  </li>
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
