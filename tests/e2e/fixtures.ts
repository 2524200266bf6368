// A page that fails its test on any console error, page error, failed request or CSP violation,
// and an axe check with the tags this project holds every screen to.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

interface Fixtures {
  /** Problems the page reported; each test must end with none. */
  problems: string[];
}

/** Records every console error, page error, failed request, HTTP error and CSP violation of a page. */
export async function watchPage(page: Page, problems: string[]): Promise<void> {
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /hydrat|did not match/i.test(msg.text()))
      problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? '';
    // ERR_ABORTED is the browser cancelling what a page it navigated away from was still loading.
    if (error !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} ${error}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().endsWith('/404.html')) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

export const test = base.extend<Fixtures>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      await watchPage(page, problems);
      await use(problems);
      // Every journey ends with a clean record; a test that provokes an error on purpose empties it.
      // A test that opens more pages passes them to `watchPage` with this same array.
      expect(problems, 'console errors, page errors, failed requests or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
