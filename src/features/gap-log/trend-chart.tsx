import { useEffect, useRef } from 'react';
import { useTheme } from '../../components/use-theme.ts';
import { Chart, CHART_COLOURS } from './charts.ts';

export interface Series {
  label: string;
  values: (number | null)[];
}

interface Props {
  title: string;
  kind: 'bar' | 'line';
  labels: string[];
  series: Series[];
  unit: string;
  stacked?: boolean;
  /** Counts: the axis has whole-number ticks only (no 0.4 entries). */
  integer?: boolean;
  /** The table's first column: what each label is (weeks, unless said). */
  labelHeader?: string;
}

/** Whether a chart would draw anything: a line needs one value, a bar one non-zero count. */
export function hasTrendData(kind: 'bar' | 'line', series: readonly Series[]): boolean {
  return series.some((s) => s.values.some((v) => v !== null && (kind === 'line' || v !== 0)));
}

/** A chart with its data as a table too, so the figures are readable without the canvas. */
export function TrendChart({
  title,
  kind,
  labels,
  series,
  unit,
  stacked = false,
  integer = false,
  labelHeader = 'Week of',
}: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const figure = useRef<HTMLElement>(null);
  const theme = useTheme();
  const empty = !hasTrendData(kind, series);
  useEffect(() => {
    if (!canvas.current || empty) return;
    const colours = CHART_COLOURS[theme];
    const axis = { ticks: { color: colours.text }, grid: { color: colours.grid }, border: { color: colours.grid } };
    const chart = new Chart(canvas.current, {
      type: kind,
      data: {
        labels,
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.values,
          backgroundColor: colours.series[i % colours.series.length],
          borderColor: colours.series[i % colours.series.length],
          spanGaps: true,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { ...axis, stacked },
          y: {
            ...axis,
            stacked,
            beginAtZero: true,
            ticks: { color: colours.text, ...(integer ? { precision: 0 } : {}) },
            title: { display: true, text: unit, color: colours.text },
          },
        },
        plugins: { legend: { position: 'bottom', labels: { color: colours.text } } },
      },
    });
    // The drawn y ticks, readable by tests and assistive tooling without the canvas.
    figure.current?.setAttribute('data-y-ticks', chart.scales.y?.ticks.map((t) => t.value).join(' ') ?? '');
    return () => chart.destroy();
  }, [kind, labels, series, unit, stacked, integer, theme, empty]);
  return (
    <figure className="trend" aria-label={title} ref={figure}>
      <figcaption>{title}</figcaption>
      {empty ? (
        <p className="empty-state">Nothing to chart in these weeks yet.</p>
      ) : (
        <div className="chart-box">
          <canvas ref={canvas} role="img" aria-label={`${title} (chart; the table below has the figures)`} />
        </div>
      )}
      <details>
        <summary>Figures</summary>
        <table>
          <thead>
            <tr>
              <th>{labelHeader}</th>
              {series.map((s) => (
                <th key={s.label}>{s.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((l, i) => (
              <tr key={l}>
                <td>{l}</td>
                {series.map((s) => (
                  <td key={s.label}>{s.values[i] ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
