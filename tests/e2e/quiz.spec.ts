// The quiz from the person's side: a whole run by mouse and by keyboard, the error state, resuming,
// the browser's own back and forward, changing an answer from review, guards on odd URLs, a narrow
// screen and axe on every screen of the flow.
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import {
  answer,
  answerQuestions,
  caption,
  h1,
  optionFor,
  question,
  questions,
  radio,
  scrollsSideways,
  started,
  tabTo,
  TOTAL,
} from './helpers.ts';

test('a whole run with the mouse: every question page is one question, then review, then results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  for (const [i, q] of questions.entries()) {
    const n = i + 1;
    await expect(page).toHaveURL(new RegExp(`/quiz/${n}$`));
    // The question is the page's h1, and that h1 sits in the legend that names the group of answers.
    await expect(h1(page)).toHaveText(q.prompt);
    await expect(page.getByRole('group', { name: q.prompt })).toBeVisible();
    await expect(caption(page, n)).toBeVisible();
    // The progress bar is for the eye (the caption says the same): it counts this question.
    await expect(page.locator('progress')).toHaveAttribute('value', String(n));
    await expect(page.locator('progress')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.getByRole('radio')).toHaveCount(q.options.length);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await radio(page, optionFor(q, 'em').label).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page).toHaveURL(/\/review$/);
  await expect(h1(page)).toHaveText('Check your answers');
  await page.getByRole('button', { name: 'See my results' }).first().click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(h1(page)).toHaveText('A strong lean toward Engineering Manager');
});

test('a whole run with the keyboard alone advances exactly one question per Enter', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: 'Start now' }));
  await page.keyboard.press('Enter');
  const chosen: string[] = [];
  for (const [i, q] of questions.entries()) {
    const n = i + 1;
    await expect(caption(page, n)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/quiz/${n}$`));
    // Focus is on the new page's heading before the next key, so the key reaches this question.
    await expect(h1(page)).toBeFocused();
    // Vary the key so every position of an answer gets pressed somewhere in the run.
    const position = (i % q.options.length) + 1;
    const option = q.options[position - 1];
    if (!option) throw new Error('no such option');
    await page.keyboard.press(String(position));
    await expect(radio(page, option.label)).toBeChecked();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
    chosen.push(option.label);
    await page.keyboard.press('Enter');
    if (n < TOTAL) {
      await expect(caption(page, n + 1)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/quiz/${n + 1}$`));
    }
  }
  await expect(h1(page)).toHaveText('Check your answers');
  // Every question kept the answer its key chose: none was skipped on the way.
  await expect(page.getByRole('definition').filter({ hasNotText: /^Change/ })).toHaveText(chosen);
  await tabTo(page, page.getByRole('button', { name: 'See my results' }).first());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/results$/);
  await expect(h1(page)).toHaveText(/^(A (strong )?lean toward|Both paths|Neither role|No clear pull)/);
});

test('Continue with nothing chosen shows an error summary with focus, the message beside the answers, and passes axe', async ({
  page,
}) => {
  await page.goto('/quiz/1');
  await expect(h1(page)).toHaveText(question(1).prompt);
  // The page is prerendered: Continue responds once the app has started.
  await started(page);
  await page.getByRole('button', { name: 'Continue' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Select an answer to continue' })).toBeVisible();
  await expect(summary).toBeFocused();
  // The summary stands above the question.
  const [summaryBox, headingBox] = [await summary.boundingBox(), await h1(page).boundingBox()];
  expect(summaryBox?.y ?? Infinity).toBeLessThan(headingBox?.y ?? 0);

  const group = page.getByRole('group', { name: question(1).prompt });
  await expect(group.getByText('Select an answer to continue')).toBeVisible();
  await expect(group).toHaveAccessibleDescription(/Select an answer to continue/);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page).toHaveURL(/\/quiz\/1$/);
  await expectNoAxeViolations(page);

  // The summary's link takes focus to the first answer, with no new history entry.
  await summary.getByRole('link', { name: 'Select an answer to continue' }).click();
  await expect(page.getByRole('radio').first()).toBeFocused();
  await expect(page).toHaveURL(/\/quiz\/1$/);
  // As on GOV.UK, the error stays until the answer is sent; then the next question follows.
  await radio(page, optionFor(question(1), 'le').label).check();
  await expect(page.getByRole('alert')).toHaveCount(1);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/quiz\/2$/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a reload in the middle resumes: Continue where you left off lands on the next question, earlier answers kept', async ({
  page,
}) => {
  await page.goto('/quiz/1');
  await answerQuestions(page, 'le', 1, 5);
  await expect(caption(page, 6)).toBeVisible();
  await page.reload();
  await expect(h1(page)).toHaveText(question(6).prompt);

  await page.goto('/');
  await expect(page.getByText(`You have answered 5 of ${TOTAL} questions.`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start now' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await expect(page).toHaveURL(/\/quiz\/6$/);
  await expect(h1(page)).toHaveText(question(6).prompt);

  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page).toHaveURL(/\/quiz\/5$/);
  await expect(radio(page, optionFor(question(5), 'le').label)).toBeChecked();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
});

test("the browser's back and forward buttons move between questions and show the answer chosen", async ({ page }) => {
  await page.goto('/quiz/1');
  await answer(page, 1, optionFor(question(1), 'em').label);
  await answer(page, 2, optionFor(question(2), 'le').label);
  await answer(page, 3, optionFor(question(3), 'neutral').label);
  await expect(h1(page)).toHaveText(question(4).prompt);

  await page.goBack();
  await expect(h1(page)).toHaveText(question(3).prompt);
  await expect(radio(page, optionFor(question(3), 'neutral').label)).toBeChecked();
  await page.goBack();
  await expect(h1(page)).toHaveText(question(2).prompt);
  await expect(radio(page, optionFor(question(2), 'le').label)).toBeChecked();
  await page.goForward();
  await expect(h1(page)).toHaveText(question(3).prompt);
  await expect(radio(page, optionFor(question(3), 'neutral').label)).toBeChecked();
  await page.goForward();
  await expect(h1(page)).toHaveText(question(4).prompt);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('review: Change your answer to question 3, pick another, Continue returns straight to review with the new answer', async ({
  page,
}) => {
  await page.goto('/quiz/1');
  await answerQuestions(page, 'em');
  await expect(h1(page)).toHaveText('Check your answers');
  const before = optionFor(question(3), 'em').label;
  const after = optionFor(question(3), 'le').label;
  const change = page.getByRole('link', { name: 'Change your answer to question 3', exact: true });
  const row = page.locator('.summary-list__row').filter({ has: change });
  await expect(row).toContainText(before);

  await change.click();
  await expect(h1(page)).toHaveText(question(3).prompt);
  await expect(radio(page, before)).toBeChecked();
  await radio(page, after).check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page).toHaveURL(/\/review$/);
  await expect(h1(page)).toHaveText('Check your answers');
  await expect(row).toContainText(after);
  await expect(row).not.toContainText(before);
});

test('the keyboard-shortcuts checkbox switches the number keys off', async ({ page }) => {
  await page.goto('/quiz/1');
  await expect(h1(page)).toHaveText(question(1).prompt);
  await started(page);
  const second = question(1).options[1];
  if (!second) throw new Error('question 1 has one option');
  // With shortcuts on (the default), a number key chooses.
  await page.keyboard.press('2');
  await expect(radio(page, second.label)).toBeChecked();

  const shortcuts = page.getByRole('checkbox', { name: /^Keyboard shortcuts/ });
  await expect(shortcuts).toBeChecked();
  await shortcuts.uncheck();
  await page.keyboard.press('1');
  await expect(radio(page, second.label)).toBeChecked();

  // Still off on the next question, after a keyboard-free Continue.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText(question(2).prompt);
  await expect(page.getByRole('checkbox', { name: /^Keyboard shortcuts/ })).not.toBeChecked();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(h1(page)).toHaveText(question(2).prompt);
});

test.describe('guards on URLs that cannot be shown', () => {
  test('a question past the first open one goes to the first open one', async ({ page }) => {
    await page.goto('/quiz/17');
    await expect(page).toHaveURL(/\/quiz\/1$/);
    await expect(h1(page)).toHaveText(question(1).prompt);
  });

  for (const n of ['abc', '0', '999', '-3', '1.5']) {
    test(`/quiz/${n} shows a question page, not a crash`, async ({ page }) => {
      await page.goto(`/quiz/${n}`);
      await expect(page).toHaveURL(/\/quiz\/1$/);
      await expect(h1(page)).toHaveText(question(1).prompt);
      await expect(caption(page, 1)).toBeVisible();
    });
  }

  test('/review with nothing answered goes to the intro and says why', async ({ page }) => {
    await page.goto('/review');
    await expect(page).toHaveURL(/\/$/);
    await expect(h1(page)).toHaveText('Engineering Manager or Lead Engineer?');
    await expect(page.getByText('There are no answers to check yet.', { exact: false })).toBeVisible();
  });

  test('/results with nothing finished goes to the intro and says why', async ({ page }) => {
    await page.goto('/results');
    await expect(page).toHaveURL(/\/$/);
    await expect(h1(page)).toHaveText('Engineering Manager or Lead Engineer?');
    await expect(page.getByText('There are no results to show yet.', { exact: false })).toBeVisible();
  });
});

test('a 360px wide screen never scrolls sideways on the intro, a question and review', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(h1(page)).toBeVisible();
  expect(await scrollsSideways(page), 'intro scrolls sideways').toBe(false);

  await page.getByRole('link', { name: 'Start now' }).click();
  await expect(h1(page)).toHaveText(question(1).prompt);
  expect(await scrollsSideways(page), 'question 1 scrolls sideways').toBe(false);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await scrollsSideways(page), 'the error state scrolls sideways').toBe(false);

  await answerQuestions(page, 'em');
  await expect(h1(page)).toHaveText('Check your answers');
  expect(await scrollsSideways(page), 'review scrolls sideways').toBe(false);
});

test.describe('axe finds no violations', () => {
  test('on the intro', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Start now' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('on a question', async ({ page }) => {
    await page.goto('/quiz/1');
    await expect(h1(page)).toHaveText(question(1).prompt);
    await expectNoAxeViolations(page);
    // A question with a chosen answer, reached by navigation (focus on the heading).
    await answer(page, 1, optionFor(question(1), 'em').label);
    await radio(page, optionFor(question(2), 'em').label).check();
    await expectNoAxeViolations(page);
  });

  test('on review', async ({ page }) => {
    await page.goto('/quiz/1');
    await answerQuestions(page, 'neutral');
    await expect(h1(page)).toHaveText('Check your answers');
    await expectNoAxeViolations(page);
  });
});

test('a deep link reload renders the question, not the intro, with no hydration warnings', async ({ page }) => {
  await page.goto('/quiz/1');
  await answer(page, 1, optionFor(question(1), 'em').label);
  await expect(page).toHaveURL(/\/quiz\/2$/);
  await page.reload();
  await expect(h1(page)).toHaveText(question(2).prompt);
  await expect(caption(page, 2)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Engineering Manager or Lead Engineer?' })).toHaveCount(0);
  await expect(page).toHaveTitle(new RegExp(`^Question 2 of ${TOTAL}`));
  // Nothing else is needed: the fixture fails the test on any hydration warning or console error.
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(radio(page, optionFor(question(1), 'em').label)).toBeChecked();
});
