// Chart.js with only the pieces the gap log draws (bars and lines), registered once, and the
// chart colours for each theme (series colours readable on the panel colour of that theme).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

export { Chart };

export interface ChartColours {
  series: readonly string[];
  /** Axis labels, ticks and legend text. */
  text: string;
  /** Grid lines. */
  grid: string;
}

export const CHART_COLOURS: Record<'light' | 'dark', ChartColours> = {
  light: {
    series: [
      '#1d4ed8',
      '#b45309',
      '#15803d',
      '#b91c1c',
      '#7c3aed',
      '#0e7490',
      '#be185d',
      '#4d7c0f',
      '#9a3412',
      '#334155',
      '#a16207',
      '#0f766e',
      '#6d28d9',
    ],
    text: '#596170',
    grid: '#e5e8ec',
  },
  dark: {
    series: [
      '#8ab4ff',
      '#fbbf24',
      '#4ade80',
      '#f87171',
      '#c4b5fd',
      '#67e8f9',
      '#f9a8d4',
      '#bef264',
      '#fdba74',
      '#cbd5e1',
      '#fde047',
      '#5eead4',
      '#a5b4fc',
    ],
    text: '#a0a8b6',
    grid: '#2a3039',
  },
};
