import { expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../support/render-app.tsx';
import { realBank } from '../support/banks.ts';
import { retakeSpread } from '../../src/engine/score.ts';
import { MIN_CHANGES_FROM_NEUTRAL } from '../../src/engine/validate-bank.ts';
import articleJson from '../../data/article.json';

const pairs = articleJson.sections.flatMap((s) => (s.kind === 'pairs' && 'pairs' in s ? s.pairs : []));
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

it('states the facts of the content as the content has them', async () => {
  await renderApp('/about');
  expect(await screen.findByRole('heading', { level: 1, name: 'How scoring works' })).toBeInTheDocument();
  expect(screen.getByText(/^All \d+ questions are drawn from one article/)).toHaveTextContent(
    new RegExp(`^All ${realBank.questions.length} questions.* its ${pairs.length} pairs of roles and responsibilities`),
  );
  expect(within(screen.getByRole('main')).getByRole('link', { name: `“${articleJson.title}”` })).toHaveAttribute(
    'href',
    '/article',
  );
  expect(screen.getByText(/^Your answers are weighed in/)).toHaveTextContent(
    `weighed in ${realBank.dimensions.length} areas`,
  );
  // Every area of the bank is named, each by its two poles.
  expect(
    within(screen.getByRole('list', { name: 'The areas' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(realBank.dimensions.map((d) => `${d.em} (Engineering Manager) against ${lower(d.le)} (Lead Engineer)`));
  expect(screen.getByText(/starting from all neutral answers/)).toHaveTextContent(
    `at least ${MIN_CHANGES_FROM_NEUTRAL} answers must change`,
  );
});

it('says how sure the result is with the engine’s own retake spread, and what the split is not', async () => {
  await renderApp('/about');
  expect(await screen.findByRole('heading', { level: 2, name: 'How sure it is' })).toBeInTheDocument();
  expect(screen.getByText(/holds about 90% of retakes/)).toHaveTextContent(
    `two retakes differ by about ${retakeSpread(realBank).toFixed(1)} points`,
  );
  expect(screen.getByText(/It is not a probability that you would succeed/)).toBeInTheDocument();
  expect(screen.getByText(/single web page with no references or data behind it/)).toBeInTheDocument();
  // One warning per deal-breaker in the bank, and the one for contradictory answers.
  const warnings = within(screen.getByRole('list', { name: 'Warnings' }));
  expect(warnings.getAllByRole('listitem')).toHaveLength((realBank.dealBreakers ?? []).length + 1);
});
