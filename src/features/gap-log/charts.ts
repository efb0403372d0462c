// Chart.js with only the pieces the gap log draws (bars and lines), registered once.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
export const SERIES_COLOURS = ['#1d4ed8', '#b45309', '#15803d', '#b91c1c', '#7c3aed', '#0e7490', '#be185d', '#4d7c0f', '#9a3412', '#334155', '#a16207', '#0f766e', '#6d28d9'];
