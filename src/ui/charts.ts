/** Chart.js, loaded only by the trends page and registering only the parts its line charts use. */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

export interface Series {
  label: string;
  data: (number | null)[];
  color: string;
  dashed?: boolean;
}

const PALETTE = ['#0b66c3', '#b35c00', '#1d7f3a', '#7b3fb3', '#b3261e'];
export const colorAt = (i: number) => PALETTE[i % PALETTE.length]!;

export function lineChart(canvas: HTMLCanvasElement, labels: string[], series: Series[], y: { min: number; max: number; title: string }): Chart {
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.data,
        borderColor: s.color,
        backgroundColor: s.color,
        borderDash: s.dashed ? [6, 4] : [],
        pointRadius: s.dashed || labels.length > 60 ? 0 : 3,
        tension: 0,
        spanGaps: true,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { min: y.min, max: y.max, title: { display: true, text: y.title } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
