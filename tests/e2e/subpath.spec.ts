// The app served from a sub-path (/career-quiz/), built with that absolute base.
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { SUBPATH } from '../../playwright.config.ts';

const at = (path: string) => `http://localhost:${SUBPATH.port}${SUBPATH.base}${path}`;

test('the intro, a question deep link and the article work under /career-quiz/', async ({ page }) => {
  await page.goto(at(''));
  await expect(page.getByRole('heading', { level: 1, name: 'Engineering Manager or Lead Engineer?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start now' })).toHaveAttribute('href', `${SUBPATH.base}quiz/1`);
  await page.getByRole('link', { name: 'Start now' }).click();
  await expect(page).toHaveURL(at('quiz/1'));
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
  await page.goto(at('article#scenarios-le-3'));
  await expect(page.locator('#scenarios-le-3')).toBeInViewport();
  await expectNoAxeViolations(page);
  await page.goto(at('no-such-page'));
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
