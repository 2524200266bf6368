// `npm run perf`: Lighthouse 12 (mobile preset, simulated throttling) on the production build in
// this machine's Chromium for every address a person lands on, storage seeded where the page
// shows stored answers; per address the time from navigation to a visible h1 in an unthrottled
// browser; and the time from an answer to the next question on screen over a whole run with the
// CPU slowed four times. Prints a table; exits 1 when a target is missed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import lighthouse from 'lighthouse';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser, NO_BROWSER } from './find-browser.ts';
import { encodeShareCode } from '../src/engine/share-code.ts';

const PORT = 4174;
const ORIGIN = `http://localhost:${PORT}`;

const found = findBrowser();
if (!found) {
  console.error(NO_BROWSER);
  process.exit(1);
}
const executablePath: string = found;
if (!existsSync('dist/index.html') || process.argv.includes('--build')) {
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const stop = () => {
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    // already gone
  }
};
process.on('exit', stop);
for (let i = 0; i < 100; i++) {
  if (
    await fetch(ORIGIN).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await new Promise((r) => setTimeout(r, 200));
}

// The app's addresses, as src/routes/paths.ts writes them (that module reads Vite's
// import.meta.env, which a Node script does not have).
const paths = {
  intro: '/',
  article: '/article',
  about: '/about',
  history: '/history',
  question: (n: number) => `/quiz/${n}`,
  review: '/review',
  results: '/results',
  compare: (a: string, b: string) => `/compare/${a}/${b}`,
  shared: '/shared',
} as const;

// The stored data the pages below show, in the format the stores write (src/store/stored.ts).
const bank = JSON.parse(readFileSync(new URL('../data/questions.json', import.meta.url), 'utf8')) as {
  version: number;
  questions: { id: string; options: { id: string }[] }[];
};
/** The first `count` questions answered with their first option (or their second: another attempt). */
const answered = (count: number, option = 0) =>
  Object.fromEntries(bank.questions.slice(0, count).map((q) => [q.id, q.options[option]?.id ?? '']));
const all = bank.questions.length;
const day = 86_400_000;
const attempts = [
  {
    id: 'perflater01',
    finishedAt: new Date(Date.now() - day).toISOString(),
    bankVersion: bank.version,
    answers: answered(all, 1),
  },
  {
    id: 'perfearlier1',
    finishedAt: new Date(Date.now() - 30 * day).toISOString(),
    bankVersion: bank.version,
    answers: answered(all),
  },
];
const quiz = (count: number) => ({
  'career-quiz:attempt': JSON.stringify({
    state: { bankVersion: bank.version, answers: answered(count), shortcuts: true },
    version: 1,
  }),
});
const history = { 'career-quiz:history': JSON.stringify({ state: { attempts }, version: 1 }) };

type Seed = Readonly<Record<string, string>>;
interface Address {
  readonly path: string;
  /** localStorage before the visit, written through a page that registers no service worker. */
  readonly seed?: Seed;
  /** Largest contentful paint target: 1.2 s where the page is the same for every visitor, 1.5 s where it shows the visitor's own data. */
  readonly lcp: number;
  /** The intro and the article stay at the floor: performance 100. */
  readonly floor?: boolean;
}
const ADDRESSES: readonly Address[] = [
  { path: paths.intro, lcp: 0.9, floor: true },
  { path: paths.article, lcp: 0.9, floor: true },
  { path: paths.about, lcp: 1.2 },
  { path: paths.history, seed: history, lcp: 1.2 },
  { path: paths.question(1), lcp: 1.2 },
  { path: paths.question(3), seed: quiz(2), lcp: 1.2 },
  { path: paths.review, seed: quiz(all), lcp: 1.2 },
  { path: paths.results, seed: history, lcp: 1.5 },
  { path: paths.compare('perfearlier1', 'perflater01'), seed: history, lcp: 1.5 },
  { path: `${paths.shared}#${encodeShareCode(bank.version, answered(all))}`, lcp: 1.5 },
];
const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const addresses = ADDRESSES.filter((a) => only === undefined || a.path.split('#')[0] === only);

/** Writes the seed through the about page, which registers no service worker, then empties the HTTP cache. */
async function seed(page: Page, data: Seed): Promise<void> {
  await page.goto(`${ORIGIN}${paths.about}`);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, data);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
}

interface Row {
  page: string;
  performance: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  accessibility: number;
  bestPractices: number;
}

async function audit(address: Address): Promise<Row> {
  // Playwright starts the browser with a fresh profile; Lighthouse drives it over the debugging
  // port, in the profile's own context, which is where the seed must go (a `newPage()` of a
  // launched browser would write to a separate, incognito-like context).
  const port = 9300 + Math.floor(Math.random() * 500);
  const profile = mkdtempSync(`${tmpdir()}/perf-`);
  const chrome = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    if (address.seed) {
      const page = await chrome.newPage();
      await seed(page, address.seed);
      await page.close();
    }
    const result = await lighthouse(`${ORIGIN}${address.path}`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      // Lighthouse empties the origin's storage first unless told not to; the seed must stay.
      disableStorageReset: address.seed !== undefined,
    });
    if (!result) throw new Error(`lighthouse gave no result for ${address.path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    if (verbose) {
      // What to look at when a page blocks: its long tasks (where, how long, when).
      const tasks = /"items":(\[[^\]]*\])/.exec(JSON.stringify(audits['long-tasks']?.details ?? null))?.[1] ?? '[]';
      console.log(`${address.path.split('#')[0]}: long tasks ${tasks}`);
      // And where the main thread's time went, by kind of work and by script (4x-slowed ms).
      const items = (id: string) =>
        ((audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []).map((item) =>
          Object.values(item)
            .map((v) => (typeof v === 'number' ? v.toFixed(0) : String(v).split('/').pop()))
            .join(' '),
        );
      console.log(`  work: ${items('mainthread-work-breakdown').join(' | ')}`);
      console.log(`  scripts: ${items('bootup-time').join(' | ')}`);
    }
    return {
      page: address.path,
      performance: score('performance'),
      fcp: value('first-contentful-paint') / 1000,
      lcp: value('largest-contentful-paint') / 1000,
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
    };
  } finally {
    await chrome.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Runs in the page from its first moment: the time of the first frame with a visible, non-empty h1 in main. */
const IN_PAGE_H1 = `(() => {
  const check = () => {
    const h1 = document.querySelector('main h1');
    if (h1 && h1.textContent.trim() !== '' && h1.getBoundingClientRect().height > 0) window.__h1 = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

const H1_RUNS = 5;
/** Milliseconds from navigation to a visible h1, unthrottled, median of five fresh visits. */
async function timeToHeading(address: Address): Promise<number> {
  const b = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    for (let i = 0; i < H1_RUNS; i++) {
      const context = await b.newContext();
      const page = await context.newPage();
      if (address.seed) await seed(page, address.seed);
      await page.addInitScript(IN_PAGE_H1);
      await page.goto(`${ORIGIN}${address.path}`);
      await page.waitForFunction(() => '__h1' in window);
      times.push(await page.evaluate<number>('window.__h1'));
      await context.close();
    }
    return times.sort((x, y) => x - y)[Math.floor(times.length / 2)] ?? Number.NaN;
  } finally {
    await b.close();
  }
}

/** Runs in the page: answers every question, timing Continue to the next question painted. */
const IN_PAGE_RUN = `(async () => {
  const times = [];
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  for (;;) {
    const heading = document.querySelector('h1')?.textContent;
    const radio = document.querySelector('input[type=radio]');
    const button = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Continue');
    if (!radio || !button) break;
    radio.click();
    await frame();
    // The next page's heading, seen the moment React commits it; then the frame that paints it.
    const committed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('h1')?.textContent !== heading) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const start = performance.now();
    button.click();
    await committed;
    await new Promise((r) => requestAnimationFrame(r));
    times.push(performance.now() - start);
    if (!document.querySelector('input[type=radio]')) break;
  }
  return times;
})()`;

/** Milliseconds from pressing Continue to the next question painted, for every question. */
async function answerToNext(): Promise<number[]> {
  const b = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await b.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${ORIGIN}/quiz/1`);
    await page.getByRole('button', { name: 'Continue' }).waitFor();
    // The page is prerendered: wait until the app has started (boot.tsx marks the root), or the
    // first click would reach a form that React does not handle yet.
    await page.locator('#root[data-started]').waitFor({ state: 'attached' });
    // Passed as text: tsx would otherwise wrap the function with helpers the page does not have.
    return await page.evaluate<number[]>(IN_PAGE_RUN);
  } finally {
    await b.close();
  }
}

// `--latency` skips Lighthouse and the headings; `--only=<path>` measures one address; `--verbose`
// prints every question's time in order, and each run's long tasks and main-thread work; `--trace`
// prints, instead of all that, each address's long tasks from a trace of one visit. Lighthouse's
// own advice for variance: run several times and take the median run (by performance score, then
// LCP).
const RUNS = 3;
async function medianAudit(address: Address): Promise<Row> {
  const runs: Row[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await audit(address));
  runs.sort((a, b) => a.performance - b.performance || b.lcp - a.lcp);
  const median = runs[Math.floor(runs.length / 2)];
  if (!median) throw new Error(`no Lighthouse run for ${address.path}`);
  return median;
}
/** A trace event, as much of it as `traceTasks` reads. */
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly id?: string;
  readonly args?: {
    readonly name?: string;
    readonly data?: {
      readonly startTime?: number;
      readonly timeDeltas?: readonly number[];
      readonly cpuProfile?: {
        readonly nodes?: readonly {
          readonly id: number;
          readonly parent?: number;
          readonly callFrame: { readonly functionName: string };
        }[];
        readonly samples?: readonly number[];
      };
    };
  };
}

/** `--trace`: the page's own main thread, unthrottled, from one fresh visit: every task longer
 * than 12.5 ms (50 ms once Lighthouse slows the CPU four times) after the first paint, each with
 * the functions its CPU samples fell in. Steadier than Lighthouse's blocking time, which moves by
 * 100 ms between runs here. Function names are the build's: build once with `--minify false` to
 * read them. */
async function traceTasks(address: Address): Promise<void> {
  const b = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await b.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    if (address.seed) await seed(page, address.seed);
    await b.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing', // navigationStart
        'loading', // firstContentfulPaint
      ],
    });
    await page.goto(`${ORIGIN}${address.path}`);
    // Only waiting: Playwright's element queries run a script of its own in the page.
    await page.waitForTimeout(3000);
    const { traceEvents: events } = JSON.parse((await b.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const main = events.find(
      (e) =>
        e.name === 'thread_name' &&
        e.args?.name === 'CrRendererMain' &&
        events.some((x) => x.tid === e.tid && x.name === 'ParseHTML'),
    );
    if (!main) throw new Error(`no main thread in the trace of ${address.path}`);
    const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid;
    const start = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? 0;
    const paint = events.find((e) => e.pid === main.pid && e.name === 'firstContentfulPaint')?.ts ?? start;
    // The CPU profile arrives in chunks: nodes (functions, with their callers) and samples.
    const profile = events.find((e) => onMain(e) && e.name === 'Profile');
    const names = new Map<number, string>();
    const callers = new Map<number, number>();
    const samples: { ts: number; node: number }[] = [];
    let ts = profile?.args?.data?.startTime ?? 0;
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === main.pid && e.id === profile?.id)) {
      const data = chunk.args?.data;
      for (const node of data?.cpuProfile?.nodes ?? []) {
        names.set(node.id, node.callFrame.functionName || '(anonymous)');
        if (node.parent !== undefined) callers.set(node.id, node.parent);
      }
      (data?.cpuProfile?.samples ?? []).forEach((node, i) => {
        ts += data?.timeDeltas?.[i] ?? 0;
        samples.push({ ts, node });
      });
    }
    const stack = (node: number): Set<string> => {
      const seen = new Set<string>();
      for (let at: number | undefined = node; at !== undefined; at = callers.get(at)) seen.add(names.get(at) ?? '?');
      return seen;
    };
    const tasks = events.filter(
      (e) => onMain(e) && e.ph === 'X' && e.name === 'RunTask' && e.ts >= paint && (e.dur ?? 0) > 12_500,
    );
    console.log(`${address.path.split('#')[0]}: tasks over 12.5 ms after the first paint (ms from navigation, length)`);
    for (const task of tasks) {
      const end = task.ts + (task.dur ?? 0);
      const inside = samples.filter((x) => x.ts >= task.ts && x.ts <= end);
      const counts = new Map<string, number>();
      for (const x of inside) for (const name of stack(x.node)) counts.set(name, (counts.get(name) ?? 0) + 1);
      const top = [...counts]
        .filter(([name]) => name !== '(root)')
        .sort((x, y) => y[1] - x[1])
        .slice(0, 12)
        .map(([name, n]) => `${name} ${Math.round((100 * n) / Math.max(1, inside.length))}%`);
      console.log(
        `  ${((task.ts - start) / 1000).toFixed(0)} ms, ${((task.dur ?? 0) / 1000).toFixed(0)} ms: ${top.join(', ')}`,
      );
    }
    const blocking = tasks.reduce((sum, t) => sum + Math.max(0, ((t.dur ?? 0) / 1000) * 4 - 50), 0);
    console.log(`  each task over 12.5 ms, times four, less 50 ms, added up: ${blocking.toFixed(0)} ms`);
  } finally {
    await b.close();
  }
}

if (process.argv.includes('--trace')) {
  for (const address of addresses) await traceTasks(address);
  stop();
  process.exit(0);
}

const latencyOnly = process.argv.includes('--latency');
const rows: (Row & { address: Address; h1: number })[] = [];
for (const address of latencyOnly ? [] : addresses) {
  const row = await medianAudit(address);
  rows.push({ ...row, address, h1: await timeToHeading(address) });
  console.log(`${address.path.split('#')[0]}: performance ${row.performance}, LCP ${row.lcp.toFixed(2)} s`);
}
const inOrder = await answerToNext();
if (verbose) console.log(inOrder.map((t, i) => `${i + 1}: ${t.toFixed(1)}`).join('  '));
const times = [...inOrder].sort((a, b) => a - b);
stop();

const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] ?? Number.NaN;
const median = times[Math.floor(times.length / 2)] ?? Number.NaN;

const short = (path: string) =>
  path.includes('#') ? `${path.split('#')[0]}#…` : path.replace(/\/compare\/.*/, '/compare/…');
console.log(
  `\nLighthouse 12, mobile preset, simulated throttling, median of ${RUNS} runs; h1: unthrottled, median of ${H1_RUNS}`,
);
console.table(
  rows.map((r) => ({
    page: short(r.page),
    performance: r.performance,
    'FCP (s)': r.fcp.toFixed(2),
    'LCP (s)': r.lcp.toFixed(2),
    'TBT (ms)': Math.round(r.tbt),
    CLS: r.cls.toFixed(3),
    accessibility: r.accessibility,
    'best practices': r.bestPractices,
    'h1 (ms)': Math.round(r.h1),
  })),
);
console.log(
  `Answer to next question, CPU slowed 4x, ${times.length} questions: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, slowest ${(times[times.length - 1] ?? Number.NaN).toFixed(1)} ms`,
);

const intro = rows.find((r) => r.page === paths.intro);
const missed = [
  ...rows.flatMap((r) => {
    const page = short(r.page);
    return [
      r.performance < (r.address.floor ? 100 : 95) &&
        `${page}: performance ${r.performance} < ${r.address.floor ? 100 : 95}`,
      r.fcp > 0.9 && `${page}: FCP ${r.fcp.toFixed(2)} s > 0.9 s`,
      r.lcp > r.address.lcp && `${page}: LCP ${r.lcp.toFixed(2)} s > ${r.address.lcp} s`,
      r.tbt > 50 && `${page}: TBT ${Math.round(r.tbt)} ms > 50 ms`,
      r.cls > 0 && `${page}: CLS ${r.cls} > 0`,
      r.accessibility < 100 && `${page}: accessibility ${r.accessibility} < 100`,
      r.bestPractices < 100 && `${page}: best practices ${r.bestPractices} < 100`,
      // A deep link shows its heading within twice the intro's time.
      intro &&
        r.h1 > 2 * intro.h1 &&
        `${page}: h1 after ${Math.round(r.h1)} ms > twice the intro's ${Math.round(intro.h1)} ms`,
    ];
  }),
  p95 > 50 && `answer to next question p95 ${p95.toFixed(1)} ms > 50 ms`,
].filter((x): x is string => typeof x === 'string');
if (missed.length) {
  console.log(`\nTargets missed:\n${missed.map((m) => `- ${m}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll targets met.');
process.exit(0);
