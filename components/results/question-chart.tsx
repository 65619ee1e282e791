// Share of correct answers per question; questions whose key looks wrong stand out.
import type { Locale } from "@/lib/i18n/locales";
import type { ResultsMessages } from "@/lib/i18n/messages/results";
import { BarChart } from "./bar-chart";
import { formatShare } from "./format";

export interface QuestionBar {
  number: number;
  /** 0–1, null without attempts. */
  p: number | null;
  flagged: boolean;
}

interface Props {
  questions: readonly QuestionBar[];
  locale: Locale;
  t: ResultsMessages;
}

export function QuestionChart({ questions, locale, t }: Readonly<Props>) {
  const bars = questions.map((q) => ({
    label: `Q${q.number}`,
    longLabel: t.questionN(q.number),
    value: (q.p ?? 0) * 100,
    display: formatShare(locale, q.p),
    highlight: q.flagged,
  }));
  const spoken = bars
    .map((b, i) => t.pair(b.longLabel, b.display) + (questions[i].flagged ? ` (${t.questionChartFlagged})` : ""))
    .join(", ");
  return (
    <BarChart
      id="question-chart"
      caption={t.questionChartCaption}
      ariaLabel={t.questionChartLabel(spoken)}
      bars={bars}
      max={100}
      ticks={[0, 25, 50, 75, 100].map((v) => [v, t.axisPercent(v)] as const)}
      columnHeaders={[t.questionCol, t.pCorrect]}
      extraColumn={{ header: t.checkKeyBadge, cells: questions.map((q) => (q.flagged ? t.csv.yes : t.csv.no)) }}
    />
  );
}
