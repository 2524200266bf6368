// `npm run screenshot`: the README's pictures, taken from the production build in Chromium. The
// results page: its first phone screen after a run through the quiz leaning Engineering Manager. The
// history: its chart over time and the table beside it, from four attempts over three months.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser, NO_BROWSER } from './find-browser.ts';

const PORT = 4179;
const DIR = '.github/readme';
const executablePath = findBrowser();
if (!executablePath) {
  console.error(NO_BROWSER);
  process.exit(1);
}
if (!existsSync('dist/index.html') && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0)
  process.exit(1);

interface Option {
  id: string;
  label: string;
  weights: Record<string, number>;
}
const bank = JSON.parse(readFileSync('data/questions.json', 'utf8')) as {
  version: number;
  questions: { id: string; options: Option[] }[];
};
const sum = (o: Option) => Object.values(o.weights).reduce((s, w) => s + w, 0);
/** A question's options, the strongest toward Engineering Manager first. */
const byPull = (options: readonly Option[]) => [...options].sort((a, b) => sum(b) - sum(a));

async function results(browser: Browser, base: string) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await page.goto(`${base}/quiz/1`);
  // An Engineering Manager run, milder on every third question and with no preference on every
  // fifth, as a steady person might answer.
  for (const [i, q] of bank.questions.entries()) {
    const sorted = byPull(q.options);
    const pick = i % 5 === 4 ? sorted[Math.floor(sorted.length / 2)] : i % 3 === 2 ? sorted[1] : sorted[0];
    if (!pick) throw new Error(`question ${i + 1} has no options`);
    await page.getByRole('radio', { name: pick.label, exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('button', { name: 'See my results' }).first().click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  const out = `${DIR}/results.png`;
  await page.screenshot({ path: out });
  console.log(`wrote ${out}: ${await page.getByRole('heading', { level: 1 }).textContent()}`);
  await page.close();
}

/**
 * Someone drifting toward Engineering Manager: on attempt k of `of`, question i is answered
 * strongly toward Engineering Manager when (i * 7) % 10 falls below the attempt's share of such
 * answers, and leans mildly toward Lead Engineer otherwise.
 */
function drifting(k: number, of: number): Record<string, string> {
  const toward = 3 + Math.round((5 * k) / (of - 1));
  return Object.fromEntries(
    bank.questions.map((q, i) => {
      const sorted = byPull(q.options);
      const pick = (i * 7) % 10 < toward ? sorted[0] : sorted.at(-2);
      if (!pick) throw new Error(`question ${q.id} has no options`);
      return [q.id, pick.id];
    }),
  );
}

async function history(browser: Browser, base: string) {
  const count = 4;
  const day = 86_400_000;
  const now = Date.parse('2026-11-30T18:00:00Z');
  const attempts = Array.from({ length: count }, (_, k) => ({
    id: `readme${k + 1}`,
    number: k + 1,
    finishedAt: new Date(now - (count - 1 - k) * 30 * day + k * 3_600_000).toISOString(),
    bankVersion: bank.version,
    answers: drifting(k, count),
  })).reverse();
  // The history store's own format (version 2: attempts newest first, numbered for good).
  const stored = JSON.stringify({ state: { attempts, nextNumber: count + 1 }, version: 2 });
  const page = await browser.newPage({ viewport: { width: 720, height: 1000 }, deviceScaleFactor: 2 });
  await page.addInitScript((value) => localStorage.setItem('career-quiz:history', value), stored);
  await page.goto(`${base}/history`);
  const chart = page.getByRole('img', { name: /^Chart: / });
  await chart.waitFor();
  // From the page's heading to the end of the table the chart is drawn from.
  const top = await page.getByRole('heading', { level: 1 }).boundingBox();
  const table = await page.getByRole('table').boundingBox();
  if (!top || !table) throw new Error('the history shows no heading or no table');
  const out = `${DIR}/history.png`;
  await page.screenshot({
    path: out,
    fullPage: true,
    clip: { x: 0, y: top.y - 24, width: 720, height: table.y + table.height + 24 - (top.y - 24) },
  });
  console.log(`wrote ${out}: ${await chart.getAttribute('aria-label')}`);
  await page.close();
}

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
try {
  const base = `http://localhost:${PORT}`;
  for (
    let i = 0;
    i < 100 &&
    !(await fetch(`${base}/`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  ) {
    await new Promise((r) => setTimeout(r, 200));
  }
  mkdirSync(DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  await results(browser, base);
  await history(browser, base);
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid);
}
