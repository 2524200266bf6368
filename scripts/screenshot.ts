// `npm run screenshot`: the README's picture of a real results page, its first phone screen, taken
// from the production build in Chromium after a run through the quiz leaning Engineering Manager.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser, NO_BROWSER } from './find-browser.ts';

const PORT = 4179;
const OUT = '.github/readme/results.png';
const executablePath = findBrowser();
if (!executablePath) {
  console.error(NO_BROWSER);
  process.exit(1);
}
if (!existsSync('dist/index.html') && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0)
  process.exit(1);

interface Option {
  label: string;
  weights: Record<string, number>;
}
const bank = JSON.parse(readFileSync('data/questions.json', 'utf8')) as { questions: { options: Option[] }[] };
const sum = (o: Option) => Object.values(o.weights).reduce((s, w) => s + w, 0);

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
try {
  for (
    let i = 0;
    i < 100 &&
    !(await fetch(`http://localhost:${PORT}/`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  ) {
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await page.goto(`http://localhost:${PORT}/quiz/1`);
  // An Engineering Manager run, milder on every third question and with no preference on every
  // fifth, as a steady person might answer.
  for (const [i, q] of bank.questions.entries()) {
    const sorted = [...q.options].sort((a, b) => sum(b) - sum(a));
    const pick = i % 5 === 4 ? sorted[Math.floor(sorted.length / 2)] : i % 3 === 2 ? sorted[1] : sorted[0];
    if (!pick) throw new Error(`question ${i + 1} has no options`);
    await page.getByRole('radio', { name: pick.label, exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('button', { name: 'See my results' }).first().click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  mkdirSync('.github/readme', { recursive: true });
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}: ${await page.getByRole('heading', { level: 1 }).textContent()}`);
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid);
}
