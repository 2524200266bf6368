// `npm run og-image`: draws public/og-image.png, the 1200 x 630 picture of a link preview
// (scripts/link-preview.ts), in Chromium once. The file is committed, so static hosts build the site
// without a browser; run this again when the site's name or colours change.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser, NO_BROWSER } from './find-browser.ts';
import { PREVIEW } from './link-preview.ts';

const OUT = 'public/og-image.png';
const executablePath = findBrowser();
if (!executablePath) {
  console.error(NO_BROWSER);
  process.exit(1);
}

const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: ${PREVIEW.width}px; height: ${PREVIEW.height}px; background: #fff; color: #16191c;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; display: flex; flex-direction: column; }
  header { background: #1d4f91; border-bottom: 16px solid #6f9bd6; color: #fff; padding: 28px 64px; font-size: 34px; font-weight: 700; }
  main { flex: 1; padding: 56px 64px 0; }
  h1 { font-size: 68px; line-height: 1.1; letter-spacing: -0.5px; }
  p { margin-top: 24px; font-size: 32px; color: #4f565d; }
  .bar { display: flex; height: 36px; margin-top: 56px; }
  .em { flex: 62; background: #1a4f9c; } .le { flex: 38; background: #c24f00; }
  .labels { display: flex; justify-content: space-between; margin-top: 14px; font-size: 28px; font-weight: 700; }
  .labels :first-child { color: #1a4f9c; } .labels :last-child { color: #c24f00; }
</style></head><body>
  <header>EM or Lead Engineer?</header>
  <main>
    <h1>Engineering Manager or Lead Engineer?</h1>
    <p>A short career-path quiz built on one article: which role you lean toward, and why.</p>
    <div class="bar"><div class="em"></div><div class="le"></div></div>
    <div class="labels"><span>Engineering Manager</span><span>Lead Engineer</span></div>
  </main>
</body></html>`;

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: PREVIEW.width, height: PREVIEW.height },
    deviceScaleFactor: 1,
  });
  await page.setContent(html);
  mkdirSync('public', { recursive: true });
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT} (${PREVIEW.width} x ${PREVIEW.height})`);
} finally {
  await browser.close();
}
