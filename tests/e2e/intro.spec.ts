import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { TOTAL } from './helpers.ts';

test('the intro renders, says what the quiz is, and passes axe', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Engineering Manager or Lead Engineer?' })).toBeVisible();
  await expect(page.getByText(new RegExp(`${TOTAL} questions, about \\d+ minutes`))).toBeVisible();
  await expect(page.getByText(/answers stay in this browser/i).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start now' })).toHaveAttribute('href', '/quiz/1');
  await expectNoAxeViolations(page);
});

test('the intro works before any JavaScript has run', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engineering Manager or Lead Engineer?');
  await expect(page.getByRole('link', { name: 'Start now' })).toHaveAttribute('href', '/quiz/1');
  await context.close();
});
