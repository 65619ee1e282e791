// Distribution of the participants' scores in ten 10-point bands.
import type { HistogramBin } from "@/lib/grading/item-analysis";
import type { ResultsMessages } from "@/lib/i18n/messages/results";
import { BarChart } from "./bar-chart";

interface Props {
  bins: readonly HistogramBin[];
  t: ResultsMessages;
}

/** A round axis top at or above the largest count, with about four ticks. */
function countAxis(maxCount: number): { max: number; ticks: [number, string][] } {
  const step = Math.max(1, Math.ceil(maxCount / 4));
  const max = Math.max(step, Math.ceil(maxCount / step) * step);
  const ticks: [number, string][] = [];
  for (let v = 0; v <= max; v += step) ticks.push([v, String(v)]);
  return { max, ticks };
}

export function ScoreHistogram({ bins, t }: Readonly<Props>) {
  // The last band also holds 100 %: its label says so ("90–100"), the others show their start.
  const bars = bins.map((b, i) => ({
    label: t.histogramBinShort(b.from, b.to, i === bins.length - 1),
    longLabel: t.histogramBin(b.from, b.to),
    value: b.count,
    display: String(b.count),
  }));
  const { max, ticks } = countAxis(Math.max(0, ...bins.map((b) => b.count)));
  return (
    <BarChart
      id="score-histogram"
      caption={t.histogramCaption}
      ariaLabel={t.histogramLabel(bars.map((b) => t.pair(b.longLabel, b.display)).join(", "))}
      bars={bars}
      max={max}
      ticks={ticks}
      columnHeaders={[t.histogramRange, t.histogramCount]}
    />
  );
}
