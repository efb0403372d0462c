// npm run bench:history: only the history-at-scale figures (npm run bench takes them too).
// Needs a production build; BENCH_URL points it at a server already running (default: vite preview on 4173).
import { launch } from './browser.ts';
import { historyAtScale, historyTable } from './history.ts';

const BASE = process.env.BENCH_URL ?? 'http://127.0.0.1:4173/';
const SAMPLES = Number(process.env.BENCH_HISTORY ?? 3);

const browser = await launch();
try {
  console.log(`History at scale (${SAMPLES} passes)…`);
  const figures = await historyAtScale(browser, BASE, SAMPLES);
  console.log(JSON.stringify(figures, null, 2));
  console.log(historyTable(figures));
} finally {
  await browser.close();
}
