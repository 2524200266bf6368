// `npm run test:e2e`: the browser tests against the production build (playwright.config.ts builds
// it when missing or stale, for the root and for a sub-path). Without a Chromium on this machine
// it says in one line what to install, instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { findBrowser, NO_BROWSER } from './find-browser.ts';

if (!findBrowser()) {
  console.error(NO_BROWSER);
  process.exit(1);
}
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
