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

/**
 * A line chart over attempts 1..n. The x axis is numeric (attempt number) rather than one category per attempt,
 * and data is handed over pre-parsed, so a thousand attempts draw quickly; tooltips name each attempt.
 */
export function lineChart(canvas: HTMLCanvasElement, labels: string[], series: Series[], y: { min: number; max: number; title: string }): Chart {
  const many = labels.length > 60;
  return new Chart(canvas, {
    type: 'line',
    data: {
      datasets: series.map((s) => ({
        label: s.label,
        data: s.data.map((v, i) => ({ x: i + 1, y: v })),
        borderColor: s.color,
        backgroundColor: s.color,
        borderDash: s.dashed ? [6, 4] : [],
        borderWidth: many ? 1.5 : 2,
        pointRadius: s.dashed || many ? 0 : 3,
        tension: 0,
        spanGaps: true,
      })),
    },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', intersect: false, axis: 'x' },
      scales: {
        x: { type: 'linear', min: 1, max: Math.max(2, labels.length), title: { display: true, text: 'Exam number' }, ticks: { precision: 0 } },
        y: { type: 'linear', min: y.min, max: y.max, title: { display: true, text: y.title } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { title: (items) => labels[(items[0]?.parsed.x ?? 1) - 1] ?? '' } },
      },
    },
  });
}
