// Deep links are prerendered pages a static host serves as files: they paint from the HTML, then
// hydrate. What depends on this browser (saved answers, attempts, the result in a shared link)
// appears after hydration without a hydration warning (the fixture fails the test on one).
import { test, expect } from './fixtures.ts';
import { bankVersion, h1, optionFor, question, radio, TOTAL } from './helpers.ts';

const QUIZ_KEY = 'career-quiz:attempt';
const answered = (count: number) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [question(i + 1).id, optionFor(question(i + 1), 'em').id]),
  );
const stored = (count: number) =>
  JSON.stringify({ state: { bankVersion, answers: answered(count), shortcuts: false }, version: 1 });

test('every question page is its own prerendered file, and each hydrates with what this browser saved', async ({
  page,
  request,
}) => {
  for (const n of [1, 3, TOTAL]) {
    const html = await (await request.get(`/quiz/${n}`)).text();
    expect(html).toContain(`data-prerendered="/quiz/${n}"`);
    expect(html).toContain(`Question ${n} of ${TOTAL}`);
  }
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [QUIZ_KEY, stored(2)] as const);
  await page.goto('/quiz/2');
  await expect(h1(page)).toHaveText(question(2).prompt);
  // The saved answer and the shortcuts switch (off) come after hydration.
  await expect(radio(page, optionFor(question(2), 'em').label)).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Keyboard shortcuts/ })).not.toBeChecked();
  await page.goto('/quiz/3?return=review');
  await expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/review');
  // The guard still applies after hydration: past the first unanswered question, back to it.
  await page.goto(`/quiz/${TOTAL}`);
  await expect(page).toHaveURL(/\/quiz\/3$/);
  await expect(h1(page)).toHaveText(question(3).prompt);
});

test('history, review and a shared link are prerendered frames, filled in after start', async ({ page, request }) => {
  for (const [path, heading] of [
    ['/history', 'Your attempts'],
    ['/review', 'Check your answers'],
    ['/shared', 'A shared result'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain(`data-prerendered="${path}"`);
    expect(html).toContain(`>${heading}</h1>`);
  }
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [QUIZ_KEY, stored(TOTAL)] as const);
  // Review's frame holds every question (the same for everyone); the answers fill in after start.
  const review = (await (await request.get('/review')).text())
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
  for (let n = 1; n <= TOTAL; n++) expect(review).toContain(question(n).prompt);
  await page.goto('/review');
  await expect(page.getByRole('link', { name: /^Change/ })).toHaveCount(TOTAL);
  await expect(page.getByRole('main').getByRole('definition').first()).toHaveText(optionFor(question(1), 'em').label);
  const code = `s1.${bankVersion}.${Object.entries(answered(TOTAL))
    .map(([q, o]) => `${q}~${o}`)
    .join('.')}`;
  await page.goto(`/shared#${code}`);
  await expect(h1(page)).toHaveText(/^A shared result: /);
});

test('results, an attempt and compare render whole over the frame: no "Loading…", nothing shifts', async ({ page }) => {
  const finished = (id: string, daysAgo: number) => ({
    id,
    finishedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
    bankVersion,
    answers: answered(TOTAL),
  });
  const history = JSON.stringify({
    state: { attempts: [finished('earlier0001', 7), finished('later000001', 1)] },
    version: 1,
  });
  await page.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value);
      // Everything main ever showed, and every layout shift, from the first moment of the page.
      const seen: string[] = [];
      const shifts: number[] = [];
      Object.assign(window, { seen, shifts });
      new MutationObserver(() => {
        const text = document.querySelector('main')?.textContent;
        if (text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    },
    ['career-quiz:history', history] as const,
  );
  for (const [path, heading] of [
    ['/results', /^A strong lean toward Engineering Manager/],
    ['/results/earlier0001', /^A strong lean toward Engineering Manager/],
    ['/compare/earlier0001/later000001', /^Comparing two attempts$/],
  ] as const) {
    await page.goto(path);
    await expect(h1(page)).toHaveText(heading);
    await expect(page.locator('#root[data-started]')).toBeAttached();
    const { seen, shifts } = await page.evaluate(() => {
      const w = window as unknown as { seen: string[]; shifts: number[] };
      return { seen: w.seen, shifts: w.shifts };
    });
    expect(
      seen.some((text) => text.includes('Loading')),
      `${path} showed Loading…`,
    ).toBe(false);
    expect(shifts, `${path} layout shifts`).toEqual([]);
  }
});

test('review fetches the results page once the person starts using it, not on load alone', async ({ page }) => {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [QUIZ_KEY, stored(TOTAL)] as const);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const resultsScreen = () => requested.some((url) => /\/results-screen-[\w-]+\.js$/.test(url));
  await page.goto('/review');
  await expect(page.locator('#root[data-started]')).toBeAttached();
  await expect(page.getByRole('main').getByRole('definition').first()).toHaveText(optionFor(question(1), 'em').label);
  await page.waitForLoadState('networkidle');
  expect(resultsScreen(), 'the results screen was fetched on load').toBe(false);
  await page.mouse.move(20, 20);
  await page.mouse.move(40, 60);
  await expect.poll(resultsScreen, { message: 'the results screen is fetched once the pointer moves' }).toBe(true);
  await page.getByRole('button', { name: 'See my results' }).first().click();
  await expect(h1(page)).toHaveText(/^A strong lean toward Engineering Manager/);
});
