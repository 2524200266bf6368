// Builds the site the browser tests serve when it is missing or older than its sources, so that
// `npx playwright test` (what editors run) works from a fresh clone. Playwright runs it before each
// `vite preview` (see playwright.config.ts); BASE_PATH and OUT_DIR choose which build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';

const SOURCES = [
  'src',
  'data',
  'index.html',
  'vite.config.ts',
  'scripts/prerender.ts',
  'scripts/headers.ts',
  'scripts/service-worker.ts',
  'scripts/content.ts',
  'scripts/link-preview.ts',
  'public',
];

const newest = (path: string): number =>
  statSync(path).isDirectory()
    ? Math.max(0, ...readdirSync(path).map((f) => newest(`${path}/${f}`)))
    : statSync(path).mtimeMs;

/** Whether `outDir` lacks a finished build of the current sources. `404.html` is written last. */
function isStale(outDir: string): boolean {
  const marker = `${outDir}/404.html`;
  return !existsSync(marker) || statSync(marker).mtimeMs < Math.max(...SOURCES.filter(existsSync).map(newest));
}

/** Runs one step, its output shown only when it fails (Playwright shows a web server's stderr). */
function step(command: string, args: readonly string[], env: NodeJS.ProcessEnv): void {
  const run = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout}${run.stderr}`);
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
}

/** The production build for `base` into `outDir`: `npm run build` for the default, its steps otherwise. */
function build(base: string, outDir: string): void {
  if (base === '/' && outDir === 'dist') return step('npm', ['run', 'build'], {});
  const env = { BASE_PATH: base, OUT_DIR: outDir };
  step('npx', ['vite', 'build', '--logLevel', 'warn'], env);
  step(
    'npx',
    ['vite', 'build', '--ssr', 'src/app/prerender.tsx', '--outDir', 'dist-ssr', '--emptyOutDir', '--logLevel', 'warn'],
    env,
  );
  step('npx', ['tsx', 'scripts/prerender.ts'], env);
}

const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? 'dist';
if (isStale(outDir)) {
  process.stderr.write(`Building ${outDir}/ (base ${base}) for the browser tests…\n`);
  try {
    build(base, outDir);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
