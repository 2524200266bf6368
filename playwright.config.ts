import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/find-browser.ts';

const port = 4173;
/** The same app built for a sub-path, as a host serving it under /career-quiz/ would. */
export const SUBPATH = { port: 4175, base: '/career-quiz/', outDir: 'dist-subpath' } as const;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      // scripts/e2e.ts sets CHROME_PATH to the Chromium it found.
      ...(process.env.CHROME_PATH ? { executablePath: process.env.CHROME_PATH } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --port ${SUBPATH.port} --strictPort`,
      env: { BASE_PATH: SUBPATH.base, OUT_DIR: SUBPATH.outDir },
      url: `http://localhost:${SUBPATH.port}${SUBPATH.base}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
