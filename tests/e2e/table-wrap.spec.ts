// A wide table at 320 px scrolls inside its own box and shows that it does: a shade at each edge
// it can scroll past, drawn by CSS alone (background-attachment), gone at the edge it has reached.
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** A screenshot of a thin strip at one edge of the box, with the table hidden so only the box's background shows. */
const strip = (box: Locator, edge: 'left' | 'right') =>
  box
    .evaluate((el) => el.getBoundingClientRect())
    .then(async (r) => {
      const width = 6;
      return box.page().screenshot({
        clip: { x: edge === 'left' ? r.left : r.right - width, y: Math.max(r.top, 0) + 10, width, height: 40 },
      });
    });

test('at 320 px the article’s summary table shows a shade where more of it lies, and none where it ends', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/article');
  const box = page.getByRole('region', { name: 'Summary table' });
  await box.scrollIntoViewIfNeeded();
  const sizes = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  // CSSOM, which the Content-Security-Policy allows: the shade is judged on the background alone.
  await box.evaluate((el) => {
    for (const child of el.children) if (child instanceof HTMLElement) child.style.visibility = 'hidden';
  });

  const plainLeft = await strip(box, 'left');
  const shadedRight = await strip(box, 'right');
  expect(shadedRight.equals(plainLeft)).toBe(false);

  await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect.poll(() => box.evaluate((el) => el.scrollLeft + el.clientWidth >= el.scrollWidth - 1)).toBe(true);
  // At the right end: the right edge is plain, and the left edge shaded.
  expect((await strip(box, 'right')).equals(plainLeft)).toBe(true);
  expect((await strip(box, 'left')).equals(plainLeft)).toBe(false);
  expect((await strip(box, 'left')).equals(shadedRight)).toBe(false);
});

test('at 1280 px the same table fits, and no shade is drawn', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/article');
  const box = page.getByRole('region', { name: 'Summary table' });
  await box.scrollIntoViewIfNeeded();
  expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await box.evaluate((el) => {
    for (const child of el.children) if (child instanceof HTMLElement) child.style.visibility = 'hidden';
  });
  expect((await strip(box, 'right')).equals(await strip(box, 'left'))).toBe(true);
});
