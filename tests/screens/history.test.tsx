// The history page: the chart over time beside the table it is drawn from, permanent numbers,
// and Retake the quiz as on the results page.
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../support/render-app.tsx';
import { extreme, neutralAnswers, realBank } from '../support/banks.ts';
import { scoreAttempt } from '../../src/engine/score.ts';
import { useHistory } from '../../src/store/history.ts';
import { useNotices } from '../../src/store/notices.ts';
import { useQuiz } from '../../src/store/quiz.ts';
import type { Attempt } from '../../src/store/stored.ts';

const kept = (id: string, day: number, number: number, answers: Record<string, string>): Attempt => ({
  id,
  finishedAt: new Date(Date.UTC(2026, 10, day, 12)).toISOString(),
  bankVersion: realBank.version,
  answers,
  number,
});

// Attempt 2 was deleted: numbers 1, 3 and 4 remain, newest first.
const attempts = [
  kept('newest', 4, 4, extreme(realBank, -1)),
  kept('middle', 3, 3, neutralAnswers(realBank)),
  kept('oldest', 1, 1, extreme(realBank, 1)),
];

beforeEach(() => {
  useHistory.setState({ attempts, nextNumber: 5 });
  useQuiz.setState({ answers: {}, bankVersion: null, shortcuts: true });
  useNotices.setState({ notices: [] });
});

describe('the history page', () => {
  it('draws the attempts over time as a named picture, with the table it is drawn from', async () => {
    await renderApp('/history');
    await screen.findByRole('heading', { level: 1, name: 'Your attempts' });
    const chart = screen.getByRole('img', { name: /^Chart: the Engineering Manager share of attempts 1 to 4/ });
    // One dot and one range bar per attempt, oldest on the left.
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
    const xs = [...chart.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cx')));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const ys = [...chart.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cy')));
    // The first attempt leans Engineering Manager (high on the chart), the last Lead Engineer.
    expect(ys[0]).toBeLessThan(ys[1] ?? 0);
    expect(ys[1]).toBeLessThan(ys[2] ?? 0);

    const table = screen.getByRole('table', { name: 'Each attempt, oldest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Attempt 1',
      'Attempt 3',
      'Attempt 4',
    ]);
    const oldest = scoreAttempt(realBank, extreme(realBank, 1));
    expect(
      within(rows[0] ?? table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      expect.any(String),
      `${oldest.emPercent}%`,
      `${oldest.range.low}% to ${oldest.range.high}%`,
      'Strong lean toward Engineering Manager',
    ]);
    // The table is how a keyboard reaches each attempt.
    expect(within(table).getByRole('link', { name: 'Attempt 3' })).toHaveAttribute('href', '/results/middle');
    expect(screen.getByRole('region', { name: 'Table: each attempt over time' })).toHaveAttribute('tabindex', '0');
  });

  it('keeps each attempt’s own number in the list and the compare picker after a delete', async () => {
    const { user } = await renderApp('/history');
    await screen.findByRole('heading', { level: 1, name: 'Your attempts' });
    await user.click(screen.getByRole('button', { name: /^Delete the attempt of .* \(attempt 3\)$/ }));
    expect(screen.getByRole('link', { name: /: attempt 4,/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /: attempt 1,/ })).toBeInTheDocument();
    const options = within(screen.getByRole('combobox', { name: 'Later attempt' })).getAllByRole('option');
    expect(options.map((o) => o.textContent?.split(' – ')[0])).toEqual(['Attempt 4', 'Attempt 1']);
  });

  it('shows no chart for a single attempt: there is nothing to draw over time', async () => {
    useHistory.setState({ attempts: [kept('single', 2, 1, extreme(realBank, 1))], nextNumber: 2 });
    await renderApp('/history');
    await screen.findByRole('heading', { level: 1, name: 'Your attempts' });
    expect(screen.queryByRole('img', { name: /^Chart/ })).toBeNull();
    expect(screen.getByText(/^Attempt 1 ·/)).toBeInTheDocument();
  });

  it('offers Retake the quiz, which starts a fresh attempt at question 1', async () => {
    const first = realBank.questions[0];
    if (!first) throw new Error('the bank has no questions');
    useQuiz.setState({ answers: { [first.id]: first.options[0]?.id ?? '' }, bankVersion: realBank.version });
    const { user } = await renderApp('/history');
    await user.click(await screen.findByRole('button', { name: 'Retake the quiz' }));
    expect(await screen.findByRole('heading', { level: 1, name: first.prompt })).toBeInTheDocument();
    expect(useQuiz.getState().answers).toEqual({});
    expect(screen.queryAllByRole('radio', { checked: true })).toHaveLength(0);
    // The finished attempts stay.
    expect(useHistory.getState().attempts).toHaveLength(3);
  });

  it('offers Take the quiz instead when there is no attempt yet', async () => {
    useHistory.setState({ attempts: [], nextNumber: 1 });
    await renderApp('/history');
    expect(await screen.findByRole('link', { name: 'Take the quiz' })).toHaveAttribute('href', '/quiz/1');
    expect(screen.queryByRole('button', { name: 'Retake the quiz' })).toBeNull();
  });
});
