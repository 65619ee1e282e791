// Participants with their selected attempt. Sorting and filtering are plain links and a GET
// form, so they work without JavaScript and the URL can be bookmarked or shared.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { ResultsMessages } from "@/lib/i18n/messages/results";
import { SORT_KEYS, sortedBy, toQueryString, type SortKey, type TableParams } from "@/lib/server/results/table-params";
import type { ParticipantResult } from "@/lib/server/results/types";
import { LocalTime } from "@/components/local-time";
import { formatDuration, formatNumber, formatPercent } from "./format";

interface Props {
  rows: readonly ParticipantResult[];
  total: number;
  params: TableParams;
  basePath: string;
  locale: Locale;
  t: ResultsMessages;
}

function SortHeader({ k, label, p, basePath, t }: { k: SortKey; label: string; p: TableParams; basePath: string; t: ResultsMessages }) {
  const active = p.sort === k;
  const ariaSort = active ? (p.dir === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort}>
      <Link href={`${basePath}${toQueryString(sortedBy(p, k))}`} className="sort-link">
        {label}
        {active && (
          <>
            <span aria-hidden="true">{p.dir === "asc" ? " ▲" : " ▼"}</span>
            <span className="visually-hidden"> ({p.dir === "asc" ? t.sortedAsc : t.sortedDesc})</span>
          </>
        )}
      </Link>
    </th>
  );
}

export function ParticipantsTable({ rows, total, params: p, basePath, locale, t }: Readonly<Props>) {
  return (
    <section className="card" aria-labelledby="participants-title">
      <h2 id="participants-title">{t.participantsTitle}</h2>
      <form method="get" action={basePath} className="results-filters no-print" aria-label={t.filterLegend}>
        <div className="field">
          <label htmlFor="f-view">{t.viewLabel}</label>
          <select id="f-view" name="view" defaultValue={p.view}>
            <option value="best">{t.viewBest}</option>
            <option value="latest">{t.viewLatest}</option>
          </select>
        </div>
        <div className="field grow">
          <label htmlFor="f-q">{t.searchLabel}</label>
          <input id="f-q" type="text" name="q" defaultValue={p.q} maxLength={100} />
        </div>
        <div className="field narrow">
          <label htmlFor="f-min">{t.minLabel}</label>
          <input id="f-min" type="number" name="min" min={0} max={100} step="any" defaultValue={p.min ?? ""} />
        </div>
        <div className="field narrow">
          <label htmlFor="f-max">{t.maxLabel}</label>
          <input id="f-max" type="number" name="max" min={0} max={100} step="any" defaultValue={p.max ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="f-sort">{t.sortLabel}</label>
          <select id="f-sort" name="sort" defaultValue={p.sort}>
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {t.sortBy[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-dir">{t.dirLabel}</label>
          <select id="f-dir" name="dir" defaultValue={p.dir}>
            <option value="asc">{t.dirAsc}</option>
            <option value="desc">{t.dirDesc}</option>
          </select>
        </div>
        <div className="field actions">
          <button type="submit">{t.apply}</button>{" "}
          <Link href={basePath} className="button secondary">
            {t.reset}
          </Link>
        </div>
      </form>
      <p className="muted small" role="status" data-testid="shown-count">
        {t.shownOf(rows.length, total)}
      </p>
      {rows.length === 0 ? (
        <p>{t.noMatch}</p>
      ) : (
        <div className="table-scroll">
          <table className="results-table" data-testid="participants-table">
            <thead>
              <tr>
                <SortHeader k="name" label={t.colName} p={p} basePath={basePath} t={t} />
                <SortHeader k="score" label={t.colScore} p={p} basePath={basePath} t={t} />
                <SortHeader k="time" label={t.colTime} p={p} basePath={basePath} t={t} />
                <th scope="col" className="num">
                  {t.colAttempts}
                </th>
                <SortHeader k="date" label={t.colDate} p={p} basePath={basePath} t={t} />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.participantId}>
                  <th scope="row">
                    <Link href={`${basePath}/${encodeURIComponent(r.attempt.id)}`} aria-label={t.seeAnswers(r.displayName)}>
                      {r.displayName}
                    </Link>
                  </th>
                  <td className="num">
                    {formatNumber(locale, r.attempt.score)} / {formatNumber(locale, r.attempt.maxScore)}{" "}
                    <span className="muted">({formatPercent(locale, r.attempt.percent)})</span>
                  </td>
                  <td className="num">{formatDuration(r.attempt.durationMs)}</td>
                  <td className="num">{r.attemptCount}</td>
                  <td>
                    {r.attempt.submittedAt ? <LocalTime iso={r.attempt.submittedAt.toISOString()} locale={locale} variant="short" /> : "—"}
                    {r.attempt.late && (
                      <>
                        {" "}
                        <span className="badge badge-warn">{t.late}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
