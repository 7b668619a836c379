/** Chart.js, loaded only by the trends page and registering only the parts its line charts use. */
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);

export interface Series {
  label: string;
  data: (number | null)[];
  color: string;
  dashed?: boolean;
}

const PALETTE = ['#0b66c3', '#b35c00', '#1d7f3a', '#7b3fb3', '#b3261e'];
export const colorAt = (i: number) => PALETTE[i % PALETTE.length]!;

const DAY = 86_400_000;
const dateTick = (v: number | string) => new Date(Number(v)).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

/**
 * A line chart over time: x is the attempt's start (a linear scale in milliseconds, labelled as dates, so no date
 * adapter is needed), and data is handed over pre-parsed, so a thousand attempts draw quickly. The axes are padded and
 * points are not clipped, so the first, last, 100 % and 1000 points show whole; tooltips name each attempt.
 */
export function lineChart(canvas: HTMLCanvasElement, times: number[], labels: string[], series: Series[], y: { min: number; max: number; title: string }): Chart {
  const many = labels.length > 60;
  const first = times[0] ?? Date.now();
  const last = times.at(-1) ?? first;
  const pad = Math.max((last - first) * 0.03, DAY / 2);
  return new Chart(canvas, {
    type: 'line',
    data: {
      datasets: series.map((s) => ({
        label: s.label,
        data: s.data.map((v, i) => ({ x: times[i]!, y: v })),
        borderColor: s.color,
        backgroundColor: s.color,
        borderDash: s.dashed ? [6, 4] : [],
        borderWidth: many ? 1.5 : 2,
        pointRadius: s.dashed || many ? 0 : 3,
        tension: 0,
        spanGaps: true,
        clip: false,
      })),
    },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { top: 8, right: 12 } },
      interaction: { mode: 'nearest', intersect: false, axis: 'x' },
      scales: {
        x: { type: 'linear', min: first - pad, max: last + pad, title: { display: true, text: 'Date of the exam' }, ticks: { callback: dateTick, maxTicksLimit: 8 } },
        y: { type: 'linear', min: y.min, max: y.max, title: { display: true, text: y.title } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { title: (items) => labels[items[0]?.dataIndex ?? 0] ?? '' } },
      },
    },
  });
}
