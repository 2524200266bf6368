// The first-visit budget: everything the browser downloads for `/` until the network is idle,
// gzip-compressed as a static host serves it, must stay within 100 KB. Prints the figure.
// Service workers are allowed here: a worker registered on the first visit would download the
// whole app through requests this page never sees, so the test checks that none is.
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures.ts';
import { h1 } from './helpers.ts';

test.use({ serviceWorkers: 'allow' });

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

  // Nothing of the worker before a quiz page is shown: no registration, an empty Cache Storage.
  const registrations = () => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
  expect(await registrations()).toBe(0);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  // The first quiz page registers it (so the checks above can fail).
  await page.getByRole('link', { name: 'Start now' }).click();
  await expect(h1(page)).toBeVisible();
  await expect.poll(registrations).toBe(1);
});
