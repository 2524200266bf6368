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

export const NO_BROWSER =
  'No Chromium found for the browser tests: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium binary.';
