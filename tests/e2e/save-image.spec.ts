// "Save as image" in the browser (jsdom has no canvas): the download is a PNG of 1200 x 630 whatever
// the device pixel ratio, named by the attempt's date, within the Content-Security-Policy (the
// fixture fails on any CSP violation), with alt text suggested beside it.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { bankVersion, finishQuiz, optionFor, questions } from './helpers.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The PNG's signature and its IHDR size, read from the downloaded file. */
async function savedPng(download: Download): Promise<{ signature: number[]; width: number; height: number }> {
  const path = await download.path();
  const bytes = readFileSync(path);
  // After the 8-byte signature: the IHDR chunk's length (4), its type (4), then width and height.
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { signature: [...bytes.subarray(0, 8)], width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function saveImage(page: Page): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as image' }).click();
  return downloading;
}

test.describe('on a screen of twice the pixel density', () => {
  test.use({ deviceScaleFactor: 2, viewport: { width: 390, height: 844 } });

  test('the results page saves a 1200 x 630 PNG named by the date, and suggests alt text', async ({ page }) => {
    await finishQuiz(page, 'em');
    const download = await saveImage(page);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(download.suggestedFilename()).toBe(`career-quiz-result-${today}.png`);
    const png = await savedPng(download);
    expect(png.signature).toEqual(PNG_SIGNATURE);
    expect([png.width, png.height]).toEqual([1200, 630]);

    const alt = page.getByRole('textbox', { name: 'Suggested alt text' });
    await expect(alt).toBeVisible();
    await expect(alt).toHaveValue(
      /^EM or Lead Engineer\? quiz result \(.+\): .*toward Engineering Manager\. \d+% Engineering Manager, likely \d+ to \d+\. By area: /,
    );
    await expect(page.getByRole('button', { name: 'Copy alt text' })).toBeVisible();
  });
});

test('a shared result saves as "career-quiz-shared-result.png", 1200 x 630, and the page stays axe clean', async ({
  page,
}) => {
  const answers = Object.fromEntries(questions.map((q) => [q.id, optionFor(q, 'le').id]));
  const code = ['s1', String(bankVersion), ...Object.entries(answers).map(([q, o]) => `${q}~${o}`)].join('.');
  await page.goto(`/shared#${code}`);
  const download = await saveImage(page);
  expect(download.suggestedFilename()).toBe('career-quiz-shared-result.png');
  const png = await savedPng(download);
  expect(png.signature).toEqual(PNG_SIGNATURE);
  expect([png.width, png.height]).toEqual([1200, 630]);
  await expect(page.getByRole('textbox', { name: 'Suggested alt text' })).toHaveValue(/\(a shared result\)/);
  await expectNoAxeViolations(page);
});
