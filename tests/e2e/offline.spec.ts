// Offline once started: from the first quiz page the service worker keeps the whole app on the
// device, so with the network gone the quiz finishes, the results, history, compare and article
// open, and a reload works. The network is cut for the whole browser context (`context.route`
// sees the worker's own requests too; `page.route` and `setOffline` alone would not cut them).
import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { answerQuestions, bankVersion, h1, optionFor, question, type BankQuestion } from './helpers.ts';

test.use({ serviceWorkers: 'allow' });

const HISTORY_KEY = 'career-quiz:history';

/** An attempt finished last week, by the earlier bank when the build keeps one (data/questions-v1.json). */
function earlierAttempt() {
  const v1 = new URL('../../data/questions-v1.json', import.meta.url);
  const earlier = existsSync(v1)
    ? (JSON.parse(readFileSync(v1, 'utf8')) as { version: number; questions: BankQuestion[] })
    : null;
  const pick = (q: BankQuestion) => [q.id, optionFor(q, 'le').id] as const;
  return {
    id: 'lastweek01',
    finishedAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
    bankVersion: earlier?.version ?? bankVersion,
    answers: Object.fromEntries(
      earlier ? earlier.questions.map(pick) : [1, 2, 3, 4, 5, 6].map((n) => pick(question(n))),
    ),
  };
}

async function cutTheNetwork(page: Page, context: BrowserContext, problems: string[]): Promise<void> {
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
  await context.setOffline(true);
  // Proof that the worker's own fetches fail too: a file the build does not have cannot be had.
  const probe = '/not-in-the-build.txt';
  expect(
    await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'online',
          () => 'offline',
        ),
      probe,
    ),
  ).toBe('offline');
  // The probe's failure is the only one expected: taken out of the page's record.
  for (let i = problems.length - 1; i >= 0; i--)
    if (/not-in-the-build|Failed to load resource/.test(problems[i] ?? '')) problems.splice(i, 1);
}

test('after Start the quiz finishes with the network gone, the results show, and a reload works', async ({
  page,
  context,
  problems,
}) => {
  const history = JSON.stringify({ state: { attempts: [earlierAttempt()] }, version: 1 });
  await page.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [HISTORY_KEY, history] as const,
  );
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await expect(h1(page)).toHaveText(question(1).prompt);
  // The first quiz page registered the worker; once it answers this tab, everything is on the device.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await cutTheNetwork(page, context, problems);
  await answerQuestions(page, 'em');
  await expect(h1(page)).toHaveText('Check your answers');
  await page.getByRole('button', { name: 'See my results' }).first().click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(h1(page)).toHaveText(/^A (strong )?lean toward Engineering Manager/);

  await page.reload();
  await expect(h1(page)).toHaveText(/^A (strong )?lean toward Engineering Manager/);
  await expectNoAxeViolations(page);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'History' }).click();
  await expect(h1(page)).toHaveText('Your attempts');
  await expect(page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 })).toHaveCount(2);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/lastweek01\/\w+$/);
  await expect(h1(page)).toHaveText('Comparing two attempts');
  // Opened from the list of attempts, the one scored by the earlier bank too.
  await page.goto('/results/lastweek01');
  await expect(h1(page)).toHaveText(/^(A (strong )?lean toward|Both paths|Neither role|No clear pull)/);

  await nav.getByRole('link', { name: 'The article' }).click();
  await expect(h1(page)).toHaveText(/Engineering Manager vs Lead Engineer/);
  await page.reload();
  await expect(h1(page)).toHaveText(/Engineering Manager vs Lead Engineer/);
});
