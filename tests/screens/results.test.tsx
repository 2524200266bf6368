import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../support/render-app.tsx';
import { extreme, neutralAnswers, realBank } from '../support/banks.ts';
import { dealBreakerAndInconsistentAnswers, dealBreakerAnswers, neitherAnswers } from '../support/result-answers.ts';
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
  sessionStorage.clear();
  useHistory.setState({ attempts: [] });
  useNotices.setState({ notices: [] });
});

describe('the results page', () => {
  it('answers first: the headline naming the strength, the split with its range and why in plain words', async () => {
    keep(extreme(realBank, -1));
    await renderApp('/results');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'A strong lean toward Lead Engineer' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const split = screen.getByText(/^100% Lead Engineer, likely \d+ to 100$/);
    expect(split.closest('p')).toHaveTextContent(/0% Engineering Manager/);
    expect(screen.getByText(/^Most of the pull toward Lead Engineer came from your answers on /)).toBeInTheDocument();
    await waitFor(() =>
      expect(document.title).toBe('Results: A strong lean toward Lead Engineer – EM or Lead Engineer?'),
    );
  });

  it('says, on the first screen, when a result rests on few answers and which way they point', async () => {
    const answers = neutralAnswers(realBank);
    const toward = realBank.questions.filter((q) => q.kind === 'statement').slice(0, 3);
    for (const q of toward) answers[q.id] = 'strongly-agree';
    keep(answers);
    await renderApp('/results');
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(
      screen.getByText(
        new RegExp(
          `^This result rests on 3 of your ${realBank.questions.length} answers: the other \\d+ were in the middle or left unanswered\\. Those 3 (lean toward (Engineering Manager|Lead Engineer)|pull both ways equally)\\.$`,
        ),
      ),
    ).toBeInTheDocument();
  });

  it('says nothing of few answers when most answers hold an opinion', async () => {
    keep(extreme(realBank, 1));
    await renderApp('/results');
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(screen.queryByText(/^This result rests on/)).not.toBeInTheDocument();
  });

  it('quotes the article word for word, each quote linked to its passage, the top three reasons one quote each', async () => {
    keep(extreme(realBank, -1));
    await renderApp('/results');
    const why = await screen.findByRole('region', { name: 'What moved your result most' }, { timeout: 5000 });
    const [top, all] = within(why).getAllByRole('list');
    const reasons = within(top ?? why).getAllByRole('listitem');
    expect(reasons).toHaveLength(3);
    for (const reason of reasons) {
      expect(within(reason).getAllByRole('figure')).toHaveLength(1);
      expect(reason).toHaveTextContent(/Answer: Strongly (dis)?agree|Answer: Definitely/);
      expect(reason).toHaveTextContent(/\d points? toward Lead Engineer/);
    }
    // Every answer that moved the result is behind "Show all", numbered on from the top three.
    expect(within(why).getByText(/^Show all \d+ answers that moved it$/)).toBeInTheDocument();
    expect(all).toHaveAttribute('start', '4');
    const quotes = within(screen.getByRole('main')).getAllByRole('figure');
    for (const quote of quotes) {
      expect(articleTexts.has(within(quote).getByRole('blockquote').textContent ?? '')).toBe(true);
      expect(within(quote).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^\/article#[a-z0-9-]+$/));
    }
    expect(screen.queryByText(/\b1 points\b/)).not.toBeInTheDocument();
  });

  it('lists its sections in a contents list, each link leading to its section', async () => {
    // jsdom lays nothing out, so it has no scrolling to do.
    Element.prototype.scrollIntoView = vi.fn<() => void>();
    keep(dealBreakerAnswers());
    const { user } = await renderApp('/results');
    const contents = await screen.findByRole('navigation', { name: 'On this page' });
    const links = within(contents).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Why',
      'The areas',
      'What would change it',
      'Next steps',
      'More from the article',
    ]);
    for (const link of links) {
      const id = link.getAttribute('href')?.slice(1) ?? '';
      expect(document.getElementById(id)?.tagName).toBe('H2');
    }
    await user.click(within(contents).getByRole('link', { name: 'Next steps' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Next steps' })).toHaveFocus();
  });

  it('warns in one line at the top, with the rest a click away, quoting the drawback from the article', async () => {
    keep(dealBreakerAnswers());
    const { user } = await renderApp('/results');
    const warnings = await screen.findByRole('region', { name: 'Warning' }, { timeout: 5000 });
    expect(
      within(warnings)
        .getByText(/^You rejected .+, much of what an Engineering Manager does\.$/)
        .closest('p'),
    ).toHaveTextContent(/^Warning: You rejected/);
    // Closed at first, so the page stays short; the summary opens it.
    const more = within(warnings).getByText('Why this matters');
    expect(more.closest('details')).not.toHaveAttribute('open');
    await user.click(more);
    expect(more.closest('details')).toHaveAttribute('open');
    expect(within(warnings).getByText(/^You disagreed with what the quiz said about/)).toBeVisible();
    const quote = within(warnings).getByRole('blockquote');
    const cited = realBank.dealBreakers?.[0]?.cites[0] ?? '';
    expect(within(warnings).getByRole('link', { name: /in the article/ })).toHaveAttribute('href', `/article#${cited}`);
    expect(articleTexts.has(quote.textContent ?? '')).toBe(true);
    // No section of its own further down, and no contents entry for one.
    expect(screen.queryByRole('heading', { level: 2, name: /^Warnings?$/ })).not.toBeInTheDocument();
  });

  it('gives two warnings a line each and one disclosure with both in full', async () => {
    keep(dealBreakerAndInconsistentAnswers());
    const { user } = await renderApp('/results');
    const warnings = await screen.findByRole('region', { name: 'Warnings' }, { timeout: 5000 });
    expect(
      within(warnings)
        .getAllByRole('paragraph')
        .map((p) => p.textContent)
        .filter((text) => text?.startsWith('Warning:')),
    ).toEqual([
      expect.stringMatching(/^Warning: You rejected .+, much of what an Engineering Manager does\.$/),
      expect.stringMatching(/^Warning: Your answers contradict one another/),
    ]);
    const more = within(warnings).getByText('What these warnings mean');
    expect(more.closest('details')).not.toHaveAttribute('open');
    await user.click(more);
    expect(more.closest('details')).toHaveAttribute('open');
    expect(within(warnings).getByText(/^Leaning toward Engineering Manager without/)).toBeVisible();
    expect(within(warnings).getByText(/^Answers that contradict one another/)).toBeVisible();
  });

  it('keeps a disclosure open across a reload of the page, and closed on other pages', async () => {
    keep(extreme(realBank, 1));
    const first = await renderApp('/results');
    const details = (await screen.findByText(/^Show all \d+ answers that moved it$/)).closest('details');
    expect(details).not.toHaveAttribute('open');
    await first.user.click(screen.getByText(/^Show all \d+ answers that moved it$/));
    expect(details).toHaveAttribute('open');
    first.unmount();
    await renderApp('/results');
    expect((await screen.findByText(/^Show all \d+ answers that moved it$/)).closest('details')).toHaveAttribute(
      'open',
    );
    cleanup();
    await renderApp('/results/attempt1');
    expect((await screen.findByText(/^Show all \d+ answers that moved it$/)).closest('details')).not.toHaveAttribute(
      'open',
    );
  });

  it('still works when the browser refuses session storage', async () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const own = Object.getOwnPropertyDescriptor(window, 'sessionStorage');
    Object.defineProperty(window, 'sessionStorage', { configurable: true, get: () => refusing });
    try {
      keep(extreme(realBank, 1));
      const { user } = await renderApp('/results');
      const summary = await screen.findByText('Share a link to this result', {}, { timeout: 5000 });
      await user.click(summary);
      expect(summary.closest('details')).toHaveAttribute('open');
    } finally {
      if (own) Object.defineProperty(window, 'sessionStorage', own);
    }
  });

  it('says a result drawn to neither role is one, and does not suggest trying a piece of each', async () => {
    keep(neitherAnswers());
    await renderApp('/results/attempt1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Neither role pulls you much' })).toBeInTheDocument();
    const next = screen.getByRole('region', { name: 'Next steps' });
    expect(next).not.toHaveTextContent(/piece of each/);
    expect(next).toHaveTextContent(/what you want to keep in your work today/);
  });

  it('says all-neutral answers pull neither way', async () => {
    keep(neutralAnswers(realBank));
    await renderApp('/results/attempt1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No clear pull toward either role' }),
    ).toBeInTheDocument();
    expect(screen.getByText('No answer pulled either way: every answer was neutral.')).toBeInTheDocument();
    expect(screen.getByText(/A balanced result is a real answer/)).toBeInTheDocument();
  });

  it('offers the share link in a labelled read-only field, with what it reveals', async () => {
    keep(extreme(realBank, 1));
    await renderApp('/results');
    const field = await screen.findByRole('textbox', { name: 'Share link' });
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLInputElement).value).toMatch(new RegExp(`/shared#s1\\.${realBank.version}\\.`));
    expect(field).toHaveAccessibleDescription(/shows every one of your answers/);
  });

  it('sends an unknown attempt to the history with a message', async () => {
    await renderApp('/results/nosuchattempt');
    expect(await screen.findByText('That result is not kept in this browser.')).toBeInTheDocument();
  });
});

describe('a shared result', () => {
  it('shows the result read-only, in the third person, with a way to take the quiz', async () => {
    await renderApp(`/shared#${encodeShareCode(realBank.version, extreme(realBank, -1))}`);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'A shared result: A strong lean toward Lead Engineer' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Most of the pull toward Lead Engineer came from their answers on /)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'What moved their result most' })).toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveTextContent(/\byour (answers|result)\b/i);
    expect(screen.getByRole('link', { name: 'Take the quiz yourself' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retake the quiz' })).not.toBeInTheDocument();
  });

  it('shows a code from another bank version from the answers that still map, and says so', async () => {
    const answers = { ...extreme(realBank, 1), 'retired-question': 'agree' };
    await renderApp(`/shared#${encodeShareCode(realBank.version + 1, answers)}`);
    expect(await screen.findByRole('heading', { level: 1, name: /^A shared result/ })).toBeInTheDocument();
    expect(screen.getByText(/The questions have changed since it was taken/)).toBeInTheDocument();
  });

  it('words a deal-breaker about them', async () => {
    await renderApp(`/shared#${encodeShareCode(realBank.version, dealBreakerAnswers())}`);
    expect(await screen.findByText(/^They rejected /, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Warning' })).toHaveTextContent(
      /^Warning: They rejected .*They disagreed with/,
    );
  });

  it('says a link cut short does not work', async () => {
    const [first, second] = realBank.questions;
    await renderApp(
      `/shared#${encodeShareCode(realBank.version, { [first?.id ?? '']: first?.options[0]?.id ?? '', [second?.id ?? '']: second?.options[0]?.id ?? '' })}`,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'This share link does not work' })).toBeInTheDocument();
  });

  it('keeps the result when the skip link is used', async () => {
    const { user } = await renderApp(`/shared#${encodeShareCode(realBank.version, extreme(realBank, -1))}`);
    await screen.findByRole('heading', { level: 1, name: /^A shared result/ });
    await user.click(screen.getByRole('link', { name: 'Skip to main content' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: /^A shared result/ })).toBeInTheDocument();
  });
});
