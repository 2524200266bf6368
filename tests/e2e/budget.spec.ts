// The first-visit budget: everything the browser downloads for `/` until the network is idle,
// gzip-compressed as a static host serves it, must stay within 100 KB. Prints the figure.
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures.ts';

export const FIRST_VISIT_BUDGET = 100 * 1024;

test('a first visit to / downloads at most 100 KB gzip', async ({ page }) => {
  const pending: Promise<{ url: string; gzip: number } | null>[] = [];
  page.on('response', (response) =>
    pending.push(
      response.body().then(
        (body) => ({ url: new URL(response.url()).pathname, gzip: gzipSync(body, { level: 9 }).length }),
        () => null,
      ),
    ),
  );
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Every response counted, including those whose bodies arrived last.
  const sizes = (await Promise.all(pending)).filter((x) => x !== null);
  const total = sizes.reduce((s, x) => s + x.gzip, 0);
  console.log(
    `first visit to /: ${(total / 1024).toFixed(1)} KB gzip in ${sizes.length} requests\n` +
      sizes.map((x) => `  ${(x.gzip / 1024).toFixed(1).padStart(6)} KB  ${x.url}`).join('\n'),
  );
  // The question bank and the article wait until they are needed.
  expect(sizes.map((x) => x.url).filter((u) => /questions|article-/.test(u))).toEqual([]);
  expect(total).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
});
