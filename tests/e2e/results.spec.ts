// The results page: the answer on the first phone screen, the details on demand within four phone
// screens, quotes word for word linked to their passage, the Markdown summary, the disclosures by
// keyboard and across a reload, axe closed and opened, and print (every section, two A4 pages); the
// same for results that carry a warning.
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { dealBreakers, finishQuiz, h1, normalise, sourceArticle, type Answering, type Lean } from './helpers.ts';

/** Four phone screens at 390 px wide. */
const PHONE_PAGE_BUDGET = 3400;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const SECTION_HEADINGS = [
  /^What moved your result most$/,
  /^The areas where the roles differ$/,
  /^What would change it$/,
  /^Next steps$/,
  /^More from the article$/,
];

const main = (page: Page) => page.getByRole('main');
/** "62% Engineering Manager, likely 55 to 69" as numbers. */
async function split(page: Page, role: 'Engineering Manager' | 'Lead Engineer') {
  const text = await main(page)
    .getByText(new RegExp(`^\\d{1,3}% ${role}, likely \\d+ to \\d+$`))
    .textContent();
  const [, share, low, high] = (/^(\d+)% .*likely (\d+) to (\d+)$/.exec(text ?? '') ?? []).map(Number);
  return { share: share ?? NaN, low: low ?? NaN, high: high ?? NaN };
}

/** Why in a sentence, however the result leans. */
const why = (page: Page) =>
  main(page).getByText(/^(Most of the pull toward|No area of your answers|Your answers on|Only )/);

/** Fails unless `part` ends within the first screen of a page scrolled to the top. */
async function expectOnFirstScreen(page: Page, part: Locator, name: string) {
  const box = await part.boundingBox();
  expect(box, name).not.toBeNull();
  expect((box?.y ?? Infinity) + (box?.height ?? 0), `${name} ends within the first screen`).toBeLessThanOrEqual(
    page.viewportSize()?.height ?? 0,
  );
}

/** A PDF's page count, as Chromium writes it. */
async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function openEveryDisclosure(page: Page) {
  // One at a time, outermost first: each click takes its disclosure out of the closed ones.
  const closed = main(page).locator('details:not([open]) > summary');
  for (let left = await closed.count(); left > 0; left = await closed.count()) {
    await closed.first().click();
    await expect(closed).toHaveCount(left - 1);
  }
}

test('answers leaning Engineering Manager: the headline, the split with its range, and quotes word for word from the article that link to their passage', async ({
  page,
}) => {
  await finishQuiz(page, 'em');
  await expect(h1(page)).toHaveText('A strong lean toward Engineering Manager');
  const em = await split(page, 'Engineering Manager');
  expect(em.share).toBeGreaterThan(50);
  expect(em.low).toBeLessThanOrEqual(em.share);
  expect(em.high).toBeGreaterThanOrEqual(em.share);
  await expect(main(page).getByText(new RegExp(`^${100 - em.share}% Lead Engineer`))).toBeVisible();

  await openEveryDisclosure(page);
  const quotes = main(page).getByRole('blockquote');
  expect(await quotes.count()).toBeGreaterThanOrEqual(3);
  for (const text of await quotes.allTextContents()) {
    expect(sourceArticle, 'a quote that is not in the article').toContain(normalise(text));
  }

  // Each quote's credit links to its passage in the article.
  const figures = main(page)
    .getByRole('figure')
    .filter({ has: page.getByRole('blockquote') });
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

test('answers leaning Lead Engineer give "A strong lean toward Lead Engineer", the split told from that side', async ({
  page,
}) => {
  await finishQuiz(page, 'le');
  await expect(h1(page)).toHaveText('A strong lean toward Lead Engineer');
  expect((await split(page, 'Lead Engineer')).share).toBeGreaterThan(50);
});

test('all neutral answers give "No clear pull toward either role"', async ({ page }) => {
  await finishQuiz(page, 'neutral');
  await expect(h1(page)).toHaveText('No clear pull toward either role');
  expect((await split(page, 'Engineering Manager')).share).toBe(50);
  await expect(page.getByText('No answer pulled either way: every answer was neutral.')).toBeVisible();
});

test('Copy summary puts every section on the clipboard as Markdown, quotes word for word', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await finishQuiz(page, 'em');
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.getByText('Summary copied: paste it into a document or a message.')).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.startsWith('# A strong lean toward Engineering Manager')).toBe(true);
  expect(markdown).toMatch(/\*\*\d+% Engineering Manager, likely \d+ to \d+\*\*/);
  for (const heading of [
    'What moved my result most',
    'The areas where the roles differ',
    'What would change it',
    'Next steps',
    'More from the article',
  ])
    expect(markdown).toContain(`## ${heading}\n`);
  const quoted = markdown
    .split('\n')
    .filter((l) => /^\s*> (?!—)/.test(l))
    .map((l) => l.replace(/^\s*> /, ''));
  // More than the page shows with its disclosures closed: every reason, every list from the article.
  expect(quoted.length).toBeGreaterThan(await main(page).getByRole('blockquote').count());
  for (const line of quoted) expect(sourceArticle).toContain(normalise(line));
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width} x ${viewport.height}`, () => {
    test.use({ viewport });

    for (const lean of ['em', 'le', 'neutral'] as const satisfies readonly Lean[]) {
      test(`a ${lean} result answers on the first screen, and fits ${viewport.width === 390 ? 'four phone screens' : 'the budget'} with its disclosures closed`, async ({
        page,
      }) => {
        await finishQuiz(page, lean);
        await page.evaluate(() => window.scrollTo(0, 0));
        for (const [name, part] of [
          ['headline', h1(page)],
          [
            'split with its range',
            main(page).getByText(/^\d{1,3}% (Engineering Manager|Lead Engineer), likely \d+ to \d+$/),
          ],
          ['why', why(page)],
        ] as const)
          await expectOnFirstScreen(page, part, name);
        await expect(main(page).locator('details[open]')).toHaveCount(0);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height, 'page height with every disclosure closed').toBeLessThanOrEqual(PHONE_PAGE_BUDGET);
      });
    }
  });
}

test('a disclosure opens by keyboard, and stays open after a reload', async ({ page }) => {
  await finishQuiz(page, 'em');
  const summary = main(page).locator('summary', { hasText: /^Show all \d+ answers that moved it$/ });
  await expect(summary).toBeVisible();
  const details = main(page).locator('details', {
    has: page.locator('summary', { hasText: /^Show all \d+ answers that moved it$/ }),
  });
  await expect(details).not.toHaveAttribute('open');
  const hidden = details.getByRole('listitem').first();
  await expect(hidden).toBeHidden();
  // From the contents list, Tab reaches the summary like any link.
  await main(page).getByRole('navigation', { name: 'On this page' }).getByRole('link').last().focus();
  for (let i = 0; i < 20 && !(await summary.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('open');
  await expect(hidden).toBeVisible();
  await page.reload();
  await expect(h1(page)).toHaveText('A strong lean toward Engineering Manager');
  await expect(details).toHaveAttribute('open');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(details).not.toHaveAttribute('open');
});

test('the contents list leads to each section', async ({ page }) => {
  await finishQuiz(page, 'le');
  const contents = main(page).getByRole('navigation', { name: 'On this page' });
  await contents.getByRole('link', { name: 'Next steps' }).click();
  const heading = main(page).getByRole('heading', { level: 2, name: 'Next steps' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page).toHaveURL(/\/results$/);
});

test.describe('axe finds no violations', () => {
  test('on results, every disclosure closed and then opened', async ({ page }) => {
    await finishQuiz(page, 'le');
    await expectNoAxeViolations(page);
    await openEveryDisclosure(page);
    await expect(main(page).locator('details:not([open])')).toHaveCount(0);
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
  await expect(h1(page)).toBeVisible();
});

for (const lean of ['em', 'le', 'neutral'] as const) {
  test(`printed, a ${lean} result prints every section, the top reasons and the article's lists as names, on two A4 pages`, async ({
    page,
  }) => {
    await finishQuiz(page, lean);
    await page.emulateMedia({ media: 'print' });
    for (const heading of SECTION_HEADINGS)
      await expect(main(page).getByRole('heading', { level: 2, name: heading }), `${heading} in print`).toBeVisible();
    if (lean !== 'neutral') {
      // The top reasons print with their quotes; the rest stay in the copied summary.
      await expect(main(page).locator('details', { hasText: /Show all \d+ answers/ })).toBeHidden();
      await expect(main(page).locator('blockquote').first()).toBeVisible();
      await expect(main(page).locator('.quote__credit').first()).toBeVisible();
    }
    // "More from the article" prints as the names of what it cites.
    await expect(main(page).getByText(/^Situations: .+ Drawbacks: /)).toBeVisible();
    await expect(main(page).locator('details', { hasText: 'Situations, advantages, drawbacks' })).toBeHidden();
    const pages = await printedPages(page);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    // Printing is no visit: nothing was kept as opened.
    await page.emulateMedia({ media: 'screen' });
    expect(
      await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('career-quiz:open'))),
    ).toEqual([]);
  });
}

/** Each kind of warning, with answers that set it off, its line and what opens the rest of it. */
const WARNINGS: readonly { answering: Answering; line: RegExp; more: string; quotes: boolean }[] = [
  {
    answering: 'inconsistent',
    line: /^Warning: Your answers contradict one another about as much as random ones/,
    more: 'What this means',
    quotes: false,
  },
  ...dealBreakers.map((d) => ({
    answering: `deal-breaker:${d.dimension}` as const,
    line: new RegExp(
      `^Warning: You rejected .+, much of what an? ${d.role === 'em' ? 'Engineering Manager' : 'Lead Engineer'} does\\.$`,
    ),
    more: 'Why this matters',
    quotes: true,
  })),
];

test('the bank names deal-breakers, so each one has its warning test below', () => {
  expect(dealBreakers.length).toBeGreaterThan(0);
});

for (const w of WARNINGS) {
  test(`answers that set off the ${w.answering} warning: the warning in a line on the first screen at 390 and 1280 px, within four phone screens closed, in full a click away, axe clean closed and opened, in print and in the copied summary`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize(PHONE);
    await finishQuiz(page, w.answering);
    const warnings = main(page).getByRole('region', { name: 'Warning' });
    const line = warnings.getByText(w.line);
    const more = warnings.locator('summary', { hasText: w.more });
    const full = warnings.locator('.details__body');

    for (const viewport of [PHONE, DESKTOP]) {
      await test.step(`at ${viewport.width} x ${viewport.height}`, async () => {
        await page.setViewportSize(viewport);
        await page.evaluate(() => window.scrollTo(0, 0));
        await expectOnFirstScreen(page, line, 'warning line');
        await expectOnFirstScreen(page, more, 'what opens the warning in full');
        await expectOnFirstScreen(page, why(page), 'why');
        await expect(main(page).locator('details[open]')).toHaveCount(0);
        await expect(full).toBeHidden();
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height, 'page height with every disclosure closed').toBeLessThanOrEqual(PHONE_PAGE_BUDGET);
      });
    }

    await test.step('axe, every disclosure closed', async () => {
      await page.setViewportSize(PHONE);
      await expectNoAxeViolations(page);
    });

    await test.step('printed: the warning in full, on at most two A4 pages', async () => {
      await page.emulateMedia({ media: 'print' });
      await expect(full).toBeVisible();
      await expect(more).toBeHidden();
      expect(await printedPages(page)).toBeLessThanOrEqual(2);
      await page.emulateMedia({ media: 'screen' });
    });

    await test.step('the warning in full, a click away, quotes word for word', async () => {
      await more.click();
      await expect(full).toBeVisible();
      await expect(full.getByRole('paragraph').first()).toHaveText(
        w.quotes
          ? /^You disagreed with what the quiz said about .+ The article counts it among the role’s costs:$/
          : /^Within an area, some of your answers point one way/,
      );
      await expect(full.getByRole('blockquote')).toHaveCount(w.quotes ? 1 : 0);
      for (const quote of await full.getByRole('blockquote').allTextContents())
        expect(sourceArticle, 'a quote that is not in the article').toContain(normalise(quote));
      if (w.quotes) await expect(full.getByRole('link')).toHaveAttribute('href', /^\/article#[a-z0-9-]+$/);
    });

    await test.step('axe, every disclosure opened', async () => {
      await openEveryDisclosure(page);
      await expect(main(page).locator('details:not([open])')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });

    await test.step('Copy summary: the line and the warning in full', async () => {
      await page.getByRole('button', { name: 'Copy summary' }).click();
      await expect(page.getByText('Summary copied: paste it into a document or a message.')).toBeVisible();
      const markdown = await page.evaluate(() => navigator.clipboard.readText());
      expect(markdown).toContain(`**Warning:** ${((await line.textContent()) ?? '').replace(/^Warning: /, '')}\n`);
      expect(markdown).toContain('\n## Warning\n');
      expect(markdown).toContain(normalise((await full.getByRole('paragraph').first().textContent()) ?? ''));
    });
  });
}

test('answers that set off both warnings: both lines on the first phone screen, within four phone screens with every disclosure closed, axe clean', async ({
  page,
}) => {
  const rule = dealBreakers[0];
  if (!rule) throw new Error('the bank names no deal-breakers');
  await page.setViewportSize(PHONE);
  await finishQuiz(page, `deal-breaker+inconsistent:${rule.dimension}`);
  const warnings = main(page).getByRole('region', { name: 'Warning' });
  const inconsistent = WARNINGS.find((w) => w.answering === 'inconsistent');
  if (!inconsistent) throw new Error('no inconsistent warning to look for');
  await expectOnFirstScreen(page, warnings.getByText(inconsistent.line), 'the inconsistent warning line');
  await expectOnFirstScreen(page, warnings.getByText(/^Warning: You rejected /), 'the deal-breaker warning line');
  await expectOnFirstScreen(
    page,
    warnings.locator('summary', { hasText: 'What these warnings mean' }),
    'what opens both',
  );
  await expect(main(page).locator('details[open]')).toHaveCount(0);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, 'page height with every disclosure closed').toBeLessThanOrEqual(PHONE_PAGE_BUDGET);
  await expectNoAxeViolations(page);
});
