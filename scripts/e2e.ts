// `npm run test:e2e`: the browser tests against the production build, in whatever Chromium this
// machine has. Without one it says in one line what to install, instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { findBrowser, NO_BROWSER } from './find-browser.ts';
import { SUBPATH } from '../playwright.config.ts';

const browser = findBrowser();
if (!browser) {
  console.error(NO_BROWSER);
  process.exit(1);
}
// Rebuild when dist/ is missing or older than anything it is built from.
const newest = (path: string): number =>
  statSync(path).isDirectory()
    ? Math.max(0, ...readdirSync(path).map((f) => newest(`${path}/${f}`)))
    : statSync(path).mtimeMs;
const stale =
  !existsSync('dist/index.html') ||
  statSync('dist/index.html').mtimeMs <
    Math.max(...['src', 'data', 'index.html', 'vite.config.ts', 'scripts/prerender.ts'].map(newest));
if (stale) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The sub-path build is made fresh each run, from the same sources as dist/.
const subpath = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH: SUBPATH.base, OUT_DIR: SUBPATH.outDir },
});
const ssr =
  subpath.status === 0 &&
  spawnSync(
    'npx',
    ['vite', 'build', '--ssr', 'src/app/prerender.tsx', '--outDir', 'dist-ssr', '--emptyOutDir', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
      env: { ...process.env, BASE_PATH: SUBPATH.base },
    },
  );
const prerender =
  ssr &&
  ssr.status === 0 &&
  spawnSync('npx', ['tsx', 'scripts/prerender.ts'], {
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: SUBPATH.base, OUT_DIR: SUBPATH.outDir },
  });
if (!prerender || prerender.status !== 0) {
  console.error('The sub-path build failed.');
  process.exit(1);
}
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser },
});
process.exit(run.status ?? 1);
