// Journeys the specs share: the question bank read from data/, and answering the quiz the way a
// person does (clicking an answer by its label, then Continue), leaning one way, staying neutral, or
// in a pattern that sets off one of the result's warnings.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export interface BankOption {
  readonly id: string;
  readonly label: string;
  readonly weights: Readonly<Record<string, number>>;
}

export interface BankQuestion {
  readonly id: string;
  readonly kind: string;
  readonly prompt: string;
  readonly options: readonly BankOption[];
}

export type Lean = 'em' | 'le' | 'neutral';

/** A deal-breaker of the bank: leaning toward `role` while rejecting it in the area `dimension`. */
export interface DealBreaker {
  readonly dimension: string;
  readonly role: 'em' | 'le';
}

/**
 * How a person answers the whole quiz: leaning one way, or in a pattern that sets off a warning
 * (`inconsistent`, or `deal-breaker:<area>` for a deal-breaker the bank names).
 */
export type Answering = Lean | 'inconsistent' | `deal-breaker:${string}` | `deal-breaker+inconsistent:${string}`;

const bankJson = JSON.parse(readFileSync(new URL('../../data/questions.json', import.meta.url), 'utf8')) as {
  version: number;
  questions: BankQuestion[];
  dealBreakers?: DealBreaker[];
};

export const bankVersion: number = bankJson.version;
export const questions: readonly BankQuestion[] = bankJson.questions;
export const dealBreakers: readonly DealBreaker[] = bankJson.dealBreakers ?? [];
export const TOTAL = questions.length;

/** The source article as published (the same file the content tests read), whitespace collapsed, for word-for-word checks. */
export const sourceArticle: string = normalise(
  readFileSync(new URL('../fixtures/source-article.txt', import.meta.url), 'utf8'),
);

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function question(n: number): BankQuestion {
  const q = questions[n - 1];
  if (!q) throw new Error(`the bank has no question ${n}`);
  return q;
}

const pull = (o: BankOption): number => Object.values(o.weights).reduce((sum, w) => sum + w, 0);

/** The option a person leaning this way picks: the strongest toward EM, toward LE, or the neutral one. */
export function optionFor(q: BankQuestion, lean: Lean): BankOption {
  const sorted = [...q.options].sort((a, b) => pull(b) - pull(a));
  const chosen = lean === 'em' ? sorted[0] : lean === 'le' ? sorted.at(-1) : q.options.find((o) => pull(o) === 0);
  if (!chosen) throw new Error(`question ${q.id} has no ${lean} option`);
  return chosen;
}

/** The area a question weighs (each question of the bank weighs one). */
export const areaOf = (q: BankQuestion): string | undefined =>
  Object.keys(q.options.find((o) => pull(o) !== 0)?.weights ?? {})[0];

/**
 * Which way question n is answered. `inconsistent`: within each area, every other answer strongly
 * the other way, as random answering does. `deal-breaker:<area>`: strongly toward the deal-breaker's
 * role everywhere but in that area, and strongly against it there. `deal-breaker+inconsistent:<area>`:
 * the same with every third answer of each other area turned the other way, which sets off both.
 */
export function leanOf(answering: Answering, n: number): Lean {
  if (answering === 'em' || answering === 'le' || answering === 'neutral') return answering;
  const q = question(n);
  // How many questions of the same area come before this one.
  const before = questions.slice(0, n - 1).filter((p) => areaOf(p) === areaOf(q)).length;
  if (answering === 'inconsistent') return before % 2 === 0 ? 'em' : 'le';
  const both = answering.startsWith('deal-breaker+inconsistent:');
  const rule = dealBreakers.find((d) => answering.endsWith(`:${d.dimension}`));
  if (!rule) throw new Error(`the bank names no deal-breaker for ${answering}`);
  const against = rule.role === 'em' ? 'le' : 'em';
  if (areaOf(q) === rule.dimension) return against;
  if (!both) return rule.role;
  // Both warnings: every third answer of each other area turned the other way as well.
  return (before + 1) % 3 === 0 ? against : rule.role;
}

/** Waits until the app has started: a prerendered page shows its controls before they respond. */
export const started = (page: Page): Promise<void> => expect(page.locator('#root[data-started]')).toBeAttached();

export const radio = (page: Page, label: string): Locator => page.getByRole('radio', { name: label, exact: true });
export const h1 = (page: Page): Locator => page.getByRole('heading', { level: 1 });
export const caption = (page: Page, n: number): Locator => page.getByText(`Question ${n} of ${TOTAL}`, { exact: true });

/** On question n's page: choose the option with this label and press Continue. */
export async function answer(page: Page, n: number, label: string): Promise<void> {
  await expect(h1(page)).toHaveText(question(n).prompt);
  await started(page);
  await radio(page, label).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** From question `from` (default 1) up to question `to` (default the last), answering as `answering` says; ends on the next page. */
export async function answerQuestions(page: Page, answering: Answering, from = 1, to = TOTAL): Promise<void> {
  for (let n = from; n <= to; n++) await answer(page, n, optionFor(question(n), leanOf(answering, n)).label);
}

/** A whole attempt from the intro's Start now to the results page. */
export async function finishQuiz(page: Page, answering: Answering): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await answerQuestions(page, answering);
  await expect(h1(page)).toHaveText('Check your answers');
  await page.getByRole('button', { name: 'See my results' }).first().click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(h1(page)).toHaveText(/^(A (strong )?lean toward|Both paths|Neither role|No clear pull)/);
}

/** Presses Tab until `target` has focus; fails if it is not reached in `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${String(target)} was not reached with ${max} presses of Tab`);
}

/** Whether the page scrolls sideways. */
export const scrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
