// A vertical bar chart drawn on the server as inline SVG, with the same numbers in a real table
// right after it: the SVG is one image for screen readers (role="img" + a label listing every
// value), the table is there for reading, copying and printing without colour.
export interface Bar {
  /** Short axis label under the bar ("Q3", "40"). */
  label: string;
  /** Full label for the table and the spoken description ("Question 3", "40 – 50 %"). */
  longLabel: string;
  value: number;
  /** The value as shown ("40 %", "7"). */
  display: string;
  /** Drawn in the warning colour with a "!" marker (e.g. a question whose key looks wrong). */
  highlight?: boolean;
}

interface Props {
  id: string;
  caption: string;
  /** Spoken description of the whole chart (list every value in it). */
  ariaLabel: string;
  bars: readonly Bar[];
  /** Top of the value axis. */
  max: number;
  /** Value-axis ticks, as [value, label]. */
  ticks: readonly (readonly [number, string])[];
  columnHeaders: readonly [string, string];
  /** Extra table column (e.g. a flag), header + one cell per bar. */
  extraColumn?: { header: string; cells: readonly string[] };
}

const W = 640;
const H = 240;
const M = { top: 22, right: 8, bottom: 30, left: 44 };

export function BarChart({ id, caption, ariaLabel, bars, max, ticks, columnHeaders, extraColumn }: Readonly<Props>) {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const slot = plotW / Math.max(1, bars.length);
  const barW = Math.max(4, Math.min(48, slot * 0.7));
  const y = (v: number) => M.top + plotH - (max > 0 ? (Math.min(v, max) / max) * plotH : 0);
  const captionId = `${id}-caption`;
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={ariaLabel} className="chart-svg" preserveAspectRatio="xMidYMid meet">
        <title>{ariaLabel}</title>
        {ticks.map(([v, label]) => (
          <g key={v} aria-hidden="true">
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#d9dde5" strokeWidth={1} />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" fontSize={12} fill="#5a6372">
              {label}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const x = M.left + i * slot + (slot - barW) / 2;
          const top = y(b.value);
          const h = M.top + plotH - top;
          return (
            <g key={i} aria-hidden="true">
              <rect
                x={x}
                y={top}
                width={barW}
                height={Math.max(h, b.value > 0 ? 1 : 0)}
                fill={b.highlight ? "#c27c00" : "#1f5fbf"}
                stroke={b.highlight ? "#8a5a00" : "none"}
                strokeWidth={b.highlight ? 2 : 0}
                strokeDasharray={b.highlight ? "4 2" : undefined}
              />
              <text x={x + barW / 2} y={top - 5} textAnchor="middle" fontSize={11} fill="#1d2330">
                {b.highlight ? `! ${b.display}` : b.display}
              </text>
              <text x={x + barW / 2} y={H - M.bottom + 16} textAnchor="middle" fontSize={12} fill="#1d2330">
                {b.label}
              </text>
            </g>
          );
        })}
        <line x1={M.left} x2={W - M.right} y1={M.top + plotH} y2={M.top + plotH} stroke="#1d2330" strokeWidth={1} aria-hidden="true" />
      </svg>
      <table className="visually-hidden chart-data" id={`${id}-data`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columnHeaders[0]}</th>
            <th scope="col">{columnHeaders[1]}</th>
            {extraColumn && <th scope="col">{extraColumn.header}</th>}
          </tr>
        </thead>
        <tbody>
          {bars.map((b, i) => (
            <tr key={i}>
              <th scope="row">{b.longLabel}</th>
              <td>{b.display}</td>
              {extraColumn && <td>{extraColumn.cells[i]}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
