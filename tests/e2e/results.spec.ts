// The results page: the headline for each way of answering, quotes that stand word for word in the
// article and link to their passage, the Markdown summary, axe, the article's anchors and print.
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { finishQuiz, h1, normalise, sourceArticle } from './helpers.ts';

test('answers leaning Engineering Manager: the headline, the split, and quotes word for word from the article that link to their passage', async ({
  page,
}) => {
  await finishQuiz(page, 'em');
  await expect(h1(page)).toHaveText('You lean toward Engineering Manager');

  const main = page.getByRole('main');
  const em = Number((await main.getByText(/^\d{1,3}% Engineering Manager$/).textContent())?.match(/^(\d+)%/)?.[1]);
  const le = Number((await main.getByText(/^\d{1,3}% Lead Engineer$/).textContent())?.match(/^(\d+)%/)?.[1]);
  expect(em).toBeGreaterThan(50);
  expect(em + le).toBe(100);

  const quotes = main.getByRole('blockquote');
  expect(await quotes.count()).toBeGreaterThanOrEqual(3);
  for (const text of await quotes.allTextContents()) {
    expect(sourceArticle, 'a quote that is not in the article').toContain(normalise(text));
  }

  // Each quote's credit links to its passage in the article.
  const figures = main.getByRole('figure').filter({ has: page.getByRole('blockquote') });
  const cited: { id: string; text: string }[] = [];
  for (const figure of await figures.all()) {
    const href = await figure.getByRole('link').getAttribute('href');
    const id = /^\/article#([a-z0-9-]+)$/.exec(href ?? '')?.[1];
    expect(id, `figcaption link ${href}`).toBeDefined();
    cited.push({ id: id ?? '', text: normalise((await figure.getByRole('blockquote').textContent()) ?? '') });
  }
  expect(cited.length).toBeGreaterThanOrEqual(3);

  const first = cited[0];
  if (!first) throw new Error('no quote');
  await figures.first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/article#${first.id}$`));
  const target = page.locator(`[id="${first.id}"]`);
  await expect(target).toBeVisible();
  await expect(target).toBeInViewport();
  await expect(target).toHaveClass(/\barticle__item--target\b/);
  expect(normalise((await target.textContent()) ?? '')).toBe(first.text);
  // Every other quote's passage is on the article page too.
  for (const { id } of cited) await expect(page.locator(`[id="${id}"]`), `#${id} on /article`).toBeVisible();
});

test('answers leaning Lead Engineer give "You lean toward Lead Engineer"', async ({ page }) => {
  await finishQuiz(page, 'le');
  await expect(h1(page)).toHaveText('You lean toward Lead Engineer');
  const le = Number(
    (
      await page
        .getByRole('main')
        .getByText(/^\d{1,3}% Lead Engineer$/)
        .textContent()
    )?.match(/^(\d+)%/)?.[1],
  );
  expect(le).toBeGreaterThan(50);
});

test('all neutral answers give "Balanced: both paths fit you"', async ({ page }) => {
  await finishQuiz(page, 'neutral');
  await expect(h1(page)).toHaveText('Balanced: both paths fit you');
  await expect(page.getByRole('main').getByText(/^50% Engineering Manager$/)).toBeVisible();
  await expect(page.getByText('No answer pulled either way: every answer was neutral.')).toBeVisible();
});

test('Copy summary puts the result on the clipboard as Markdown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await finishQuiz(page, 'em');
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.getByText('Summary copied: paste it into a document or a message.')).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.startsWith('# You lean toward')).toBe(true);
  expect(markdown).toContain('% Engineering Manager');
  expect(markdown).toMatch(/^\s*> \S/m);
  // The quoted lines are the article's words.
  const quoted = markdown
    .split('\n')
    .filter((l) => /^\s*> (?!—)/.test(l))
    .map((l) => l.replace(/^\s*> /, ''));
  expect(quoted.length).toBeGreaterThan(0);
  for (const line of quoted) expect(sourceArticle).toContain(normalise(line));
});

test.describe('axe finds no violations', () => {
  test('on results', async ({ page }) => {
    await finishQuiz(page, 'le');
    await expectNoAxeViolations(page);
  });

  test('on the article', async ({ page }) => {
    await page.goto('/article');
    await expect(h1(page)).toHaveText('Engineering Manager vs Lead Engineer: A Comprehensive Look');
    await expectNoAxeViolations(page);
  });
});

test('a fresh load of /article#key-differences-3 shows that item, highlighted', async ({ page }) => {
  await page.goto('/article#key-differences-3');
  const item = page.locator('[id="key-differences-3"]');
  await expect(item).toBeVisible();
  await expect(item).toBeInViewport();
  await expect(item).toHaveClass(/\barticle__item--target\b/);
  await expect(item).toContainText('People Management');
});

test('the print stylesheet hides the site header and the buttons of the results page', async ({ page }) => {
  await finishQuiz(page, 'em');
  const buttons = ['Retake the quiz', 'Change some answers', 'Copy summary', 'Print'];
  for (const name of buttons) await expect(page.getByRole('button', { name })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  for (const name of buttons) await expect(page.getByRole('button', { name }), `${name} in print`).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy share link' })).toBeHidden();
  // What the page is for still prints.
  await expect(h1(page)).toBeVisible();
});

for (const lean of ['em', 'le', 'neutral'] as const) {
  test(`printed, a ${lean} result with its quoted passages and their citations fits on one A4 page`, async ({
    page,
  }) => {
    await finishQuiz(page, lean);
    await page.emulateMedia({ media: 'print' });
    if (lean !== 'neutral') await expect(page.locator('main blockquote').first()).toBeVisible();
    if (lean !== 'neutral') await expect(page.locator('main .quote__credit').first()).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
  });
}
