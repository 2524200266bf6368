// The browser tests: `npm run test:e2e`, or `npx playwright test` as editors run it. Either way the
// web servers build what they serve when it is missing or stale (scripts/build-if-stale.ts), and
// the browser is the one scripts/find-browser.ts finds (CHROME_PATH, Debian's Chromium, Playwright's).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './scripts/find-browser.ts';

const port = 4173;
/** The same app built for a sub-path, as a host serving it under /career-quiz/ would, with the
 * site's origin known (SITE_ORIGIN), so its pages carry absolute link-preview addresses. */
export const SUBPATH = {
  port: 4175,
  base: '/career-quiz/',
  outDir: 'dist-subpath',
  origin: 'https://quiz.example',
} as const;

const browser = findBrowser();
// A build on a busy machine takes a minute or two; serving alone takes a second.
const BUILD_AND_SERVE_TIMEOUT = 300_000;

export default defineConfig({
  testDir: 'tests/e2e',
  // A journey through every question and back again takes a few seconds on an idle machine and
  // can take a minute on a busy one: the limit is for hangs, not for speed.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    // A failed test leaves test-results/<test>/trace.zip: `npx playwright show-trace <file>`.
    trace: 'retain-on-failure',
    // A service worker answers requests that `page.route` never sees and that the response events
    // and the budget would miss: blocked here, allowed by the specs about it (offline, budget).
    serviceWorkers: 'block',
    launchOptions: {
      // Without one found, Playwright looks for its own and says how to install it.
      ...(browser ? { executablePath: browser } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  // Started one after the other, so the two builds never share dist-ssr/ at the same time.
  webServer: [
    {
      command: `npx tsx scripts/build-if-stale.ts && npx vite preview --port ${port} --strictPort`,
      // Built without the site's origin, as most local builds are: no absolute link-preview addresses.
      env: { SITE_ORIGIN: '' },
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: BUILD_AND_SERVE_TIMEOUT,
    },
    {
      command: `npx tsx scripts/build-if-stale.ts && npx vite preview --port ${SUBPATH.port} --strictPort`,
      env: { BASE_PATH: SUBPATH.base, OUT_DIR: SUBPATH.outDir, SITE_ORIGIN: SUBPATH.origin },
      url: `http://localhost:${SUBPATH.port}${SUBPATH.base}`,
      reuseExistingServer: false,
      timeout: BUILD_AND_SERVE_TIMEOUT,
    },
  ],
});
