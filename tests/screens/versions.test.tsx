// Attempts and share links made with version 1 of the quiz keep opening after version 2 replaced
// it: scored by the frozen version 1 bank, and said to come from an earlier version.
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../support/render-app.tsx';
import { bankV1, extreme, realBank } from '../support/banks.ts';
import { scoreAttempt } from '../../src/engine/score.ts';
import { encodeShareCode } from '../../src/engine/share-code.ts';
import { useHistory } from '../../src/store/history.ts';
import { useNotices } from '../../src/store/notices.ts';
import { useQuiz } from '../../src/store/quiz.ts';

const oldAnswers = extreme(bankV1, 1);
const newAnswers = extreme(realBank, -1);
const oldAttempt = {
  id: 'oldone1',
  number: 1,
  finishedAt: '2026-11-01T12:00:00.000Z',
  bankVersion: 1,
  answers: oldAnswers,
};
const newAttempt = {
  id: 'newone1',
  number: 2,
  finishedAt: '2026-12-01T12:00:00.000Z',
  bankVersion: realBank.version,
  answers: newAnswers,
};

beforeEach(() => {
  useHistory.setState({ attempts: [newAttempt, oldAttempt] });
  useNotices.setState({ notices: [] });
  useQuiz.setState({ answers: {}, bankVersion: null });
});

describe('attempts made with version 1 of the quiz', () => {
  // First in the file, so the version 1 bank loads during the second render here, after the
  // results screen's code is in: the case that left an empty page when renderApp did not await
  // React's act (see tests/support/render-app.tsx).
  it('open after a version 2 result was shown, the frozen bank loading while the page renders', async () => {
    const first = await renderApp('/results/newone1');
    expect(await screen.findByRole('heading', { level: 1, name: 'A strong lean toward Lead Engineer' })).toBeVisible();
    expect(screen.queryByText(/An earlier version of the quiz made this result/)).not.toBeInTheDocument();
    first.unmount();
    await renderApp('/results/oldone1');
    expect(await screen.findByText(/An earlier version of the quiz made this result/)).toBeVisible();
    expect(screen.getByText(`${scoreAttempt(bankV1, oldAnswers).emPercent}% Engineering Manager`)).toBeVisible();
  });

  it('open scored by the version 1 questions, with a note that an earlier version made them', async () => {
    expect(realBank.version).toBeGreaterThan(1);
    const expected = scoreAttempt(bankV1, oldAnswers);
    await renderApp('/results/oldone1');
    expect(await screen.findByText(/An earlier version of the quiz made this result/)).toBeVisible();
    // The split without the range the current version gives.
    expect(screen.getByText(`${expected.emPercent}% Engineering Manager`)).toBeVisible();
    expect(screen.queryByText(/likely \d+ to \d+/)).not.toBeInTheDocument();
    // Every answer counts: none is dropped as belonging to questions the attempt never saw.
    expect(screen.queryByText(/answers that still apply/)).not.toBeInTheDocument();
  });

  it('"Change some answers" starts from the answers that still apply to today\'s questions', async () => {
    const { user } = await renderApp('/results/oldone1');
    await user.click(await screen.findByRole('button', { name: 'Change some answers' }));
    const { answers, bankVersion } = useQuiz.getState();
    expect(bankVersion).toBe(realBank.version);
    for (const [q, o] of Object.entries(answers)) {
      expect(realBank.questions.find((x) => x.id === q)?.options.some((x) => x.id === o)).toBe(true);
    }
  });

  it('a share link of version 1 opens scored by version 1 and says so', async () => {
    const expected = scoreAttempt(bankV1, oldAnswers);
    await renderApp(`/shared#${encodeShareCode(1, oldAnswers)}`);
    expect(await screen.findByText(/An earlier version of the quiz made this result/)).toBeVisible();
    expect(screen.getByText(`${expected.emPercent}% Engineering Manager`)).toBeVisible();
    expect(screen.queryByText(/likely \d+ to \d+/)).not.toBeInTheDocument();
  });

  it('history lists both attempts, each scored by its own version', async () => {
    await renderApp('/history');
    await screen.findByRole('heading', { level: 1, name: 'Your attempts' });
    // Each attempt is a list item under its own heading.
    const items = screen.getAllByRole('listitem').filter((li) => within(li).queryByRole('heading', { level: 2 }));
    const split = (em: number) => `${em}% Engineering Manager, ${100 - em}% Lead Engineer`;
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining(split(scoreAttempt(realBank, newAnswers).emPercent)),
      expect.stringContaining(split(scoreAttempt(bankV1, oldAnswers).emPercent)),
    ]);
  });

  it('compare across versions shows both splits and says the answers are not compared one by one', async () => {
    await renderApp('/compare/oldone1/newone1');
    expect(await screen.findByText(/made with different versions of the quiz/)).toBeVisible();
    const earlier = screen.getByRole('region', { name: /^Earlier/ });
    const later = screen.getByRole('region', { name: /^Later/ });
    expect(within(earlier).getByText(/% Engineering Manager, /).textContent).toContain(
      `${scoreAttempt(bankV1, oldAnswers).emPercent}% Engineering Manager`,
    );
    expect(within(later).getByText(/% Engineering Manager, /).textContent).toContain(
      `${scoreAttempt(realBank, newAnswers).emPercent}% Engineering Manager`,
    );
    // Areas only one version asks about are marked, not scored as zero.
    expect(screen.getAllByText('Not comparable').length).toBeGreaterThan(0);
  });
});
