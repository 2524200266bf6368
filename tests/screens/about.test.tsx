import { expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../support/render-app.tsx';
import { realBank } from '../support/banks.ts';
import { MIN_CHANGES_FROM_NEUTRAL } from '../../src/engine/validate-bank.ts';
import articleJson from '../../data/article.json';

const pairs = articleJson.sections.flatMap((s) => (s.kind === 'pairs' && 'pairs' in s ? s.pairs : []));
const pairItems = new Set(pairs.flatMap((p) => [p.em.id, p.le.id]));
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

it('states the facts of the content as the content has them', async () => {
  renderApp('/about');
  expect(await screen.findByRole('heading', { level: 1, name: 'How scoring works' })).toBeInTheDocument();
  expect(screen.getByText(/^All \d+ questions are drawn from one article/)).toHaveTextContent(
    new RegExp(`^All ${realBank.questions.length} questions.* its ${pairs.length} pairs of roles and responsibilities`),
  );
  expect(within(screen.getByRole('main')).getByRole('link', { name: `“${articleJson.title}”` })).toHaveAttribute(
    'href',
    '/article',
  );
  expect(screen.getByText(/^Your answers are weighed in/)).toHaveTextContent(
    `weighed in ${realBank.dimensions.length} areas: the article’s ${pairs.length} pairs of responsibilities`,
  );
  // The areas beyond the article's pairs are named, each by its two poles.
  const extras = realBank.dimensions.filter((d) => !d.cites.some((c) => pairItems.has(c)));
  const list = screen.queryByRole('list', { name: 'The other areas' });
  if (extras.length === 0) expect(list).toBeNull();
  else {
    expect(
      within(list ?? document.body)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(extras.map((d) => `${d.em} against ${lower(d.le)}`));
  }
  expect(screen.getByText(/starting from all neutral answers/)).toHaveTextContent(
    `at least ${MIN_CHANGES_FROM_NEUTRAL} answers must change`,
  );
});
