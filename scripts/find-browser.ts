// Finds a Chromium for the browser tests: CHROME_PATH, then Debian's /usr/bin/chromium, then
// Playwright's own where it is installed. Returns null when there is none.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findBrowser(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

/** Flags for Chromium on these machines: no sandbox as root, and no background connections,
 * which the closed network refuses many at a time. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const NO_BROWSER =
  'No Chromium found for the browser tests: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium binary.';
