import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../support/render-app.tsx';
import { extreme, neutralAnswers, realBank } from '../support/banks.ts';
import { useHistory } from '../../src/store/history.ts';
import { useNotices } from '../../src/store/notices.ts';
import { encodeShareCode } from '../../src/engine/share-code.ts';
import articleJson from '../../data/article.json';

const articleTexts = new Set(
  JSON.stringify(articleJson)
    .match(/"text":"((?:[^"\\]|\\.)*)"/g)
    ?.map((m) => JSON.parse(m.slice(7)) as string),
);

const keep = (answers: Record<string, string>, id = 'attempt1') =>
  useHistory.setState({
    attempts: [{ id, finishedAt: '2026-11-01T12:00:00.000Z', bankVersion: realBank.version, answers, number: 1 }],
  });

beforeEach(() => {
  useHistory.setState({ attempts: [] });
  useNotices.setState({ notices: [] });
});

describe('the results page', () => {
  it('shows the headline, the split and the reasons with the article quoted word for word and linked', async () => {
    keep(extreme(realBank, -1));
    renderApp('/results');
    expect(await screen.findByRole('heading', { level: 1, name: 'You lean toward Lead Engineer' })).toBeInTheDocument();
    expect(screen.getAllByRole('paragraph').map((p) => p.textContent)).toContain(
      '0% Engineering Manager100% Lead Engineer',
    );
    // Each quote is a figure: the article's words in a blockquote, credited with a link to the passage.
    const quotes = within(screen.getByRole('main')).getAllByRole('figure');
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    for (const quote of quotes) {
      expect(articleTexts.has(within(quote).getByRole('blockquote').textContent ?? '')).toBe(true);
      expect(within(quote).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^\/article#[a-z0-9-]+$/));
    }
    expect(screen.getByRole('heading', { level: 2, name: 'What would change it' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /How far each area leans/ })).toBeInTheDocument();
    expect(screen.getByText(/not for hiring or performance decisions/, { selector: 'p.note' })).toBeInTheDocument();
  });

  it('offers the share link in a labelled read-only field, with what it reveals', async () => {
    keep(extreme(realBank, 1));
    renderApp('/results');
    const field = await screen.findByRole('textbox', { name: 'Share link' });
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLInputElement).value).toMatch(new RegExp(`/shared#s1\\.${realBank.version}\\.`));
    expect(field).toHaveAccessibleDescription(/shows every one of your answers/);
  });

  it('explains a balanced result in its own words', async () => {
    keep(neutralAnswers(realBank));
    renderApp('/results/attempt1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Balanced: both paths fit you' })).toBeInTheDocument();
    expect(screen.getByText(/A balanced result is a real answer/)).toBeInTheDocument();
  });

  it('sends an unknown attempt to the history with a message', async () => {
    renderApp('/results/nosuchattempt');
    expect(await screen.findByText('That result is not kept in this browser.')).toBeInTheDocument();
  });
});

describe('a shared result', () => {
  it('shows the result read-only, with a way to take the quiz', async () => {
    renderApp(`/shared#${encodeShareCode(realBank.version, extreme(realBank, -1))}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'A shared result: Strong lean toward Lead Engineer' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the quiz yourself' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retake the quiz' })).not.toBeInTheDocument();
  });

  it('shows a code from another bank version from the answers that still map, and says so', async () => {
    const answers = { ...extreme(realBank, 1), 'retired-question': 'agree' };
    renderApp(`/shared#${encodeShareCode(realBank.version + 1, answers)}`);
    expect(await screen.findByRole('heading', { level: 1, name: /^A shared result/ })).toBeInTheDocument();
    expect(screen.getByText(/The questions have changed since it was taken/)).toBeInTheDocument();
  });

  it('says a link cut short does not work', async () => {
    const [first, second] = realBank.questions;
    renderApp(
      `/shared#${encodeShareCode(realBank.version, { [first?.id ?? '']: first?.options[0]?.id ?? '', [second?.id ?? '']: second?.options[0]?.id ?? '' })}`,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'This share link does not work' })).toBeInTheDocument();
  });

  it('keeps the result when the skip link is used', async () => {
    const { user } = renderApp(`/shared#${encodeShareCode(realBank.version, extreme(realBank, -1))}`);
    await screen.findByRole('heading', { level: 1, name: /^A shared result/ });
    await user.click(screen.getByRole('link', { name: 'Skip to main content' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: /^A shared result/ })).toBeInTheDocument();
  });
});
