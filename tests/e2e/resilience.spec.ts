// When things go wrong around the app: saved data that cannot be read, storage that refuses to
// save, and an address the app does not know.
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { TOTAL, bankVersion, finishQuiz, h1, optionFor, question } from './helpers.ts';

const QUIZ_KEY = 'career-quiz:attempt';
const HISTORY_KEY = 'career-quiz:history';

test('corrupted saved data: the app loads, says so, keeps the valid attempt and sets the unreadable data aside', async ({
  page,
}) => {
  const answers = Object.fromEntries([1, 2, 3].map((n) => [question(n).id, optionFor(question(n), 'em').id]));
  const valid = { id: 'abc123def', finishedAt: new Date().toISOString(), bankVersion, answers };
  const history = JSON.stringify({ state: { attempts: [valid, { id: 'x' }] }, version: 1 });

  // Written before the app's first script runs, on the first load only.
  await page.addInitScript(
    ([quizKey, historyKey, historyValue]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      localStorage.setItem(quizKey, '{not json');
      localStorage.setItem(historyKey, historyValue);
    },
    [QUIZ_KEY, HISTORY_KEY, history] as const,
  );
  await page.goto('/');

  await expect(h1(page)).toHaveText('Engineering Manager or Lead Engineer?');
  await expect(page.getByText(/Some saved data could not be read/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start now' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(h1(page)).toHaveText('Your attempts');
  await expect(page.getByText(/Part of your saved history could not be read/)).toBeVisible();
  const attempts = page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 });
  await expect(attempts).toHaveCount(1);
  await attempts.getByRole('link').click();
  await expect(page).toHaveURL(/\/results\/abc123def$/);
  await expect(page.getByText(`Based on 3 of ${TOTAL} questions`, { exact: false })).toBeVisible();

  const backup = await page.evaluate((key) => localStorage.getItem(`${key}:backup`), QUIZ_KEY);
  expect(backup).toBe('{not json');
  const historyBackup = await page.evaluate((key) => localStorage.getItem(`${key}:backup`), HISTORY_KEY);
  expect(historyBackup, 'the unreadable attempt is kept aside too').toContain('"id":"x"');

  // The quiz itself still works from a clean start.
  await page.goto('/quiz/1');
  await expect(h1(page)).toHaveText(question(1).prompt);
});

test('storage that refuses to save: the quiz works in memory to the end and says answers are not saved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await finishQuiz(page, 'le');
  await expect(h1(page)).toHaveText('A strong lean toward Lead Engineer');
  await expect(page.getByText(/not letting the quiz save/)).toBeVisible();
  await page.getByRole('link', { name: 'All your attempts' }).click();
  await expect(page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 })).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('an unknown address shows Page not found with a way home, and passes axe', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(h1(page)).toHaveText('Page not found');
  await expect(page).toHaveTitle(/^Page not found/);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Go to the start of the quiz' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(h1(page)).toHaveText('Engineering Manager or Lead Engineer?');
});

test('a part of the app that fails to download: the error page offers Try again and Start over, and keeps what is stored', async ({
  page,
  problems,
}) => {
  await finishQuiz(page, 'le');
  const stored = await page.evaluate(() => localStorage.getItem('career-quiz:history'));
  // The history screen's code cannot be fetched: a dropped connection, a deploy mid-visit.
  await page.route(/history-screen-[\w-]+\.js$/, (route) => route.abort());
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sorry, something went wrong on this page' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start over' })).toHaveAttribute('href', '/');
  expect(await page.evaluate(() => localStorage.getItem('career-quiz:history'))).toBe(stored);
  // With the connection back, Try again loads the page.
  await page.unroute(/history-screen-[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your attempts' })).toBeVisible();
  // The failed request and the caught error were provoked on purpose.
  expect(problems.some((p) => p.includes('history-screen'))).toBe(true);
  problems.length = 0;
});
