// Past attempts: the history list, comparing two attempts, share links (good and broken),
// deleting, starting over from earlier answers, and another tab's attempt showing up live.
import { test, expect, expectNoAxeViolations, watchPage } from './fixtures.ts';
import {
  answer,
  answerQuestions,
  bankVersion,
  finishQuiz,
  h1,
  optionFor,
  question,
  questions,
  scrollsSideways,
  tabTo,
} from './helpers.ts';
import type { Page } from '@playwright/test';

/** The attempts on /history, newest first, by the heading each one links from. */
const attemptHeadings = (page: Page) => page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 });

/** An attempt leaning EM, then a second one from "Change some answers" with question 3 turned toward LE. */
async function twoAttempts(page: Page): Promise<void> {
  await finishQuiz(page, 'em');
  await page.getByRole('button', { name: 'Change some answers' }).click();
  await expect(h1(page)).toHaveText('Check your answers');
  await page.getByRole('link', { name: 'Change your answer to question 3', exact: true }).click();
  await answer(page, 3, optionFor(question(3), 'le').label);
  await expect(h1(page)).toHaveText('Check your answers');
  await page.getByRole('button', { name: 'See my results' }).first().click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(h1(page)).toHaveText(/^A (strong )?lean toward/);
}

test('a run leaning EM, Retake the quiz, a run leaning LE: history lists both, newest first', async ({ page }) => {
  await finishQuiz(page, 'em');
  await expect(h1(page)).toHaveText('A strong lean toward Engineering Manager');
  await page.getByRole('button', { name: 'Retake the quiz' }).click();
  await expect(page).toHaveURL(/\/quiz\/1$/);
  await expect(h1(page)).toHaveText(question(1).prompt);
  // A retake starts empty.
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await answerQuestions(page, 'le');
  await page.getByRole('button', { name: 'See my results' }).first().click();
  await expect(h1(page)).toHaveText('A strong lean toward Lead Engineer');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(h1(page)).toHaveText('Your attempts');
  await expect(attemptHeadings(page)).toHaveText([
    /^(Strong lean|Lean) toward Lead Engineer/,
    /^(Strong lean|Lean) toward Engineering Manager/,
  ]);
  const times = await page
    .getByRole('main')
    .getByRole('listitem')
    .locator('time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(times).toHaveLength(2);
  expect(times).toEqual([...times].sort().reverse());

  // Each heading opens that attempt's result.
  await attemptHeadings(page).nth(1).getByRole('link').click();
  await expect(page).toHaveURL(/\/results\/[a-z0-9]+$/);
  await expect(h1(page)).toHaveText('A strong lean toward Engineering Manager');
});

test('compare two attempts: both results and the answers that changed', async ({ page }) => {
  await twoAttempts(page);
  await page.goto('/history');
  await expect(page.getByRole('heading', { name: 'Compare two attempts' })).toBeVisible();
  const earlier = page.getByRole('combobox', { name: 'Earlier attempt' });
  const later = page.getByRole('combobox', { name: 'Later attempt' });

  // The same attempt twice is refused.
  await earlier.selectOption({ index: 0 });
  await later.selectOption({ index: 0 });
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Choose two different attempts to compare/);
  await expect(page).toHaveURL(/\/history$/);

  // The list is newest first: the earlier attempt is the second option.
  await earlier.selectOption({ index: 1 });
  await later.selectOption({ index: 0 });
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/[a-z0-9]+\/[a-z0-9]+$/);
  await expect(h1(page)).toHaveText('Comparing two attempts');
  await expect(page.getByRole('heading', { level: 2, name: /^Earlier: / })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Later: / })).toBeVisible();
  await expect(page.getByText(/^The split moved \d+ points? toward Lead Engineer[.:]/)).toBeVisible();

  const changed = page.getByRole('region', { name: 'Answers that changed' }).getByRole('listitem');
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText(question(3).prompt);
  await expect(changed).toContainText(
    `“${optionFor(question(3), 'em').label}” to “${optionFor(question(3), 'le').label}”`,
  );
  await expect(changed).toContainText(/points toward Lead Engineer/);
});

test('the Share link opens in another browser as a read-only result', async ({ page, browser, problems }) => {
  await finishQuiz(page, 'le');
  const split = await page
    .getByRole('main')
    .getByText(/^\d{1,3}% Engineering Manager$/)
    .textContent();
  await page.getByText('Share a link to this result').click();
  const field = page.getByRole('textbox', { name: 'Share link' });
  await expect(field).toHaveValue(/^http:\/\/localhost:\d+\/shared#s1\.\d+\./);
  const url = await field.inputValue();

  const elsewhere = await browser.newContext();
  try {
    const other = await elsewhere.newPage();
    await watchPage(other, problems);
    await other.goto(url);
    await expect(h1(other)).toHaveText(/^A shared result: A (strong )?lean toward Lead Engineer$/);
    await expect(other.getByText(/read-only and is not saved in your browser/)).toBeVisible();
    await expect(other.getByRole('link', { name: 'Take the quiz yourself' })).toHaveAttribute('href', '/');
    // Read-only: none of the owner's actions, no share field, nothing stored.
    for (const name of ['Retake the quiz', 'Change some answers', 'Copy summary'])
      await expect(other.getByRole('button', { name })).toHaveCount(0);
    await expect(other.getByRole('textbox', { name: 'Share link' })).toHaveCount(0);
    expect(await other.evaluate(() => window.localStorage.getItem('career-quiz:history'))).toBeNull();
    // The same answers, so the same split as the owner's own page.
    await expect(other.getByRole('main').getByText(/^\d{1,3}% Engineering Manager$/)).toHaveText(
      split ?? 'no split on results',
    );
    await expectNoAxeViolations(other);
  } finally {
    await elsewhere.close();
  }
});

test.describe('a broken share link says so, without a crash', () => {
  const cases = [
    { hash: 's1.1.garbage~~x', why: 'The link has been changed or cut short' },
    { hash: 'nonsense', why: 'The link is not a result link from this quiz' },
    { hash: '', why: 'The link has no result in it' },
    { hash: 's1.1.team-expansion~hiring.team-expansion~hiring', why: 'The link has been changed or cut short' },
    { hash: `s1.${bankVersion}.no-such-question~nope`, why: 'The link has been changed or cut short' },
    {
      hash: `s1.${bankVersion + 1}.no-such-question~nope`,
      why: 'None of the answers in the link match the current questions',
    },
  ];
  for (const { hash, why } of cases) {
    test(`/shared#${hash}`, async ({ page }) => {
      await page.goto(`/shared#${hash}`);
      await expect(h1(page)).toHaveText('This share link does not work');
      await expect(page.getByText(why)).toBeVisible();
      await expect(page.getByRole('link', { name: 'Take the quiz yourself' })).toBeVisible();
      await expect(page.getByRole('heading', { name: /something went wrong/i })).toHaveCount(0);
    });
  }

  test('a link edited in the address bar of an open page', async ({ page }) => {
    await page.goto('/shared#nonsense');
    await expect(h1(page)).toHaveText('This share link does not work');
    // Only the fragment changes: the same page must read the new link.
    await page.goto('/shared#s1.1.garbage~~x');
    await expect(page.getByText('The link has been changed or cut short')).toBeVisible();
  });
});

test('delete one attempt, then Clear all attempts after confirming', async ({ page }) => {
  await twoAttempts(page);
  await page.goto('/history');
  await expect(attemptHeadings(page)).toHaveCount(2);

  const deleteButtons = page.getByRole('button', { name: /^Delete the attempt of / });
  await expect(deleteButtons).toHaveCount(2);
  await deleteButtons.first().click();
  await expect(attemptHeadings(page)).toHaveCount(1);
  await expect(page.getByText(/^Deleted the attempt of /)).toBeVisible();

  // Cancel keeps everything.
  await page.getByRole('button', { name: 'Clear all attempts' }).click();
  await expect(page.getByRole('heading', { name: /^Delete (all|your one attempt)/ })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(attemptHeadings(page)).toHaveCount(1);

  await page.getByRole('button', { name: 'Clear all attempts' }).click();
  await page.getByRole('button', { name: 'Yes, delete all' }).click();
  await expect(page.getByText('All attempts deleted.')).toBeVisible();
  await expect(page.getByText('You have not finished an attempt yet.')).toBeVisible();
  await expect(attemptHeadings(page)).toHaveCount(0);

  // Gone for good, not only from the screen.
  await page.reload();
  await expect(page.getByText('You have not finished an attempt yet.')).toBeVisible();
  await page.goto('/results');
  await expect(page).toHaveURL(/\/$/);
});

test('the confirmation for a single attempt does not say "all 1 attempts"', async ({ page }) => {
  await finishQuiz(page, 'neutral');
  await page.goto('/history');
  await page.getByRole('button', { name: 'Clear all attempts' }).click();
  const confirm = page.getByRole('heading', { name: /^Delete/ });
  await expect(confirm).toBeFocused();
  await expect(confirm).not.toHaveText(/\b1 attempts\b/);
});

test.describe('axe finds no violations', () => {
  test('on history and on the compare page', async ({ page }) => {
    await twoAttempts(page);
    await page.goto('/history');
    await expect(attemptHeadings(page)).toHaveCount(2);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(h1(page)).toHaveText('Comparing two attempts');
    await expectNoAxeViolations(page);
  });

  test('on an empty history', async ({ page }) => {
    await page.goto('/history');
    await expect(page.getByText('You have not finished an attempt yet.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('Change some answers from results opens review with every answer filled in', async ({ page }) => {
  await finishQuiz(page, 'le');
  await page.getByRole('button', { name: 'Change some answers' }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(h1(page)).toHaveText('Check your answers');
  const expected = questions.map((q) => optionFor(q, 'le').label);
  await expect(page.getByRole('definition').filter({ hasNotText: /^Change/ })).toHaveText(expected);
});

test('an attempt finished in another tab shows up in this tab’s history without a reload', async ({
  page,
  context,
  problems,
}) => {
  const other = await context.newPage();
  await watchPage(other, problems);
  await other.goto('/history');
  await expect(other.getByText('You have not finished an attempt yet.')).toBeVisible();

  // Headless Chromium pauses animation frames in a background tab, so the tab in use comes to the front.
  await page.bringToFront();
  await finishQuiz(page, 'em');

  // The other tab, untouched since it loaded, already lists the attempt when the person switches back.
  await expect(attemptHeadings(other)).toHaveText([/^(Strong lean|Lean) toward Engineering Manager/]);
  await other.bringToFront();
  await expect(attemptHeadings(other)).toHaveText([/^(Strong lean|Lean) toward Engineering Manager/]);
  await expect(other).toHaveURL(/\/history$/);
  await other.close();
});

test('the attempts over time: a named picture beside its table, whose links a keyboard reaches', async ({ page }) => {
  await twoAttempts(page);
  await page.goto('/history');
  const chart = page.getByRole('img', { name: /^Chart: the Engineering Manager share of attempts 1 to 2, / });
  await expect(chart).toBeVisible();
  await expect(chart.locator('circle')).toHaveCount(2);
  const table = page.getByRole('table', { name: 'Each attempt, oldest first' });
  await expect(table.getByRole('rowheader')).toHaveText(['Attempt 1', 'Attempt 2']);
  await expect(table.getByRole('cell').filter({ hasText: /^\d+% to \d+%$/ })).toHaveCount(2);
  // By keyboard: the picture takes no focus; the table's links do, and open the attempt.
  await page.getByRole('heading', { level: 1 }).focus();
  await tabTo(page, table.getByRole('link', { name: 'Attempt 2' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/results\/[a-z0-9]+$/);
  await expect(page.getByText(/^Finished /)).toBeVisible();
});

test('Retake the quiz on history starts a fresh attempt at question 1, as on results', async ({ page }) => {
  await finishQuiz(page, 'le');
  await page.goto('/history');
  await page.getByRole('button', { name: 'Retake the quiz' }).click();
  await expect(page).toHaveURL(/\/quiz\/1$/);
  await expect(h1(page)).toHaveText(question(1).prompt);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('attempt numbers stay with their attempts after a delete', async ({ page }) => {
  await twoAttempts(page);
  await page.goto('/history');
  await expect(page.getByText(/^Attempt 2 ·/)).toBeVisible();
  await page.getByRole('button', { name: /\(attempt 1\)$/ }).click();
  await expect(attemptHeadings(page)).toHaveCount(1);
  await expect(page.getByText(/^Attempt 2 ·/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^Attempt 2 ·/)).toBeVisible();
});

/** Two finished attempts stored as history version 2 keeps them, before the app's first script runs. */
async function seedTwoAttempts(page: Page): Promise<void> {
  const attempt = (id: string, lean: 'em' | 'le', daysAgo: number, number: number) => ({
    id,
    finishedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
    bankVersion,
    answers: Object.fromEntries(questions.map((q) => [q.id, optionFor(q, lean).id])),
    number,
  });
  const payload = JSON.stringify({
    state: { attempts: [attempt('seconda', 'le', 1, 2), attempt('firstaa', 'em', 3, 1)], nextNumber: 3 },
    version: 2,
  });
  await page.addInitScript((value) => {
    if (!localStorage.getItem('career-quiz:history')) localStorage.setItem('career-quiz:history', value);
  }, payload);
}

test('at 320 px and 1280 px, axe finds nothing on history with its chart and table', async ({ page }) => {
  await seedTwoAttempts(page);
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/history');
    await expect(page.getByRole('img', { name: /^Chart: .* attempts 1 to 2, / })).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoAxeViolations(page);
  }
});
