// `npm run test:e2e`: the browser tests against the production build, in whatever Chromium this
// machine has. Without one it says in one line what to install, instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, NO_BROWSER } from './find-browser.ts';

const browser = findBrowser();
if (!browser) {
  console.error(NO_BROWSER);
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser },
});
process.exit(run.status ?? 1);
