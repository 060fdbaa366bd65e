import { useI18n } from '@/lib/panel/i18n-context';

export interface BarRow {
  key: string;
  label: string;
  value: number;
  valueText: string;
  /** A second line of text for the row (conversion to the next stage, lost count). */
  note?: string;
  highlight?: boolean;
}

export interface BarChartProps {
  title: string;
  /** What the chart says, in one sentence: the image's accessible name. */
  summary: string;
  rows: readonly BarRow[];
  headers: readonly [string, string, string?];
  reference?: { value: number; label: string };
}

const WIDTH = 296;
const ROW = 34;
const BAR_MAX = WIDTH - 90;

/**
 * A hand-written horizontal bar chart: fits 320 px, needs no library, and reads the same in both
 * themes (currentColor and the panel's CSS variables). Screen readers get the summary as the image's
 * name and the numbers as a table, which the chart draws from the same rows.
 */
export function BarChart({ title, summary, rows, headers, reference }: BarChartProps) {
  const { t } = useI18n();
  const max = Math.max(1, reference?.value ?? 0, ...rows.map((r) => r.value));
  const x = (v: number) => (v / max) * BAR_MAX;
  const height = Math.max(1, rows.length) * ROW + (reference ? 14 : 0);
  const top = reference ? 14 : 0;
  return (
    <figure class="chart">
      <figcaption class="chart-title">{title}</figcaption>
      {rows.length === 0 ? (
        <p class="muted">{t('insights.noData')}</p>
      ) : (
        <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" class="chart-svg">
          {rows.map((r, i) => {
            const y = top + i * ROW;
            return (
              <g key={r.key} class={r.highlight ? 'bar highlight' : 'bar'}>
                <text x={0} y={y + 11} class="bar-label">
                  {r.note ? `${r.label} · ${r.note}` : r.label}
                </text>
                <rect
                  x={0}
                  y={y + 15}
                  width={Math.max(r.value > 0 ? 2 : 0, x(r.value))}
                  height={13}
                  rx={3}
                  class="bar-rect"
                />
                <text x={x(r.value) + 4} y={y + 26} class="bar-value">
                  {r.valueText}
                </text>
              </g>
            );
          })}
          {reference && reference.value > 0 && (
            <g class="reference">
              <line x1={x(reference.value)} x2={x(reference.value)} y1={10} y2={height} />
              <text x={Math.min(x(reference.value), WIDTH - 60)} y={9} class="bar-label">
                {reference.label}
              </text>
            </g>
          )}
        </svg>
      )}
      {/* A table's own box does not clip its cells: the hidden table sat 442 px wide beside the panel
          and made Insights scroll sideways (issue 19); a block around it clips them. */}
      <div class="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              {headers
                .filter((h) => h !== undefined)
                .map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.valueText}</td>
                {headers[2] !== undefined && <td>{r.note ?? ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
