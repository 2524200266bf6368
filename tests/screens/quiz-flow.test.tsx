import { describe, expect, it, beforeEach } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../support/render-app.tsx';
import { realBank, extreme } from '../support/banks.ts';
import { useQuiz } from '../../src/store/quiz.ts';
import { useHistory } from '../../src/store/history.ts';
import { useNotices } from '../../src/store/notices.ts';
import articleJson from '../../data/article.json';

function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the real bank has no ${what}`);
  return value;
}
const firstQuestion = defined(realBank.questions[0], 'first question');
const optionAt = (i: number) => defined(firstQuestion.options[i], `option ${i}`);

beforeEach(() => {
  useQuiz.setState({ answers: {}, bankVersion: null, shortcuts: true });
  useHistory.setState({ attempts: [] });
  useNotices.setState({ notices: [] });
});

describe('intro', () => {
  it('says what the quiz is and starts at question 1', async () => {
    const { user } = await renderApp('/');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Engineering Manager or Lead Engineer?' }),
    ).toBeInTheDocument();
    expect(screen.getByText(`${realBank.questions.length} questions, about 7 minutes`)).toBeInTheDocument();
    // The facts it states come from the content, not from the page's text.
    expect(screen.getByText(new RegExp(`weighed across ${realBank.dimensions.length} areas`))).toBeInTheDocument();
    for (const where of [screen.getByRole('main'), screen.getByRole('contentinfo')]) {
      expect(within(where).getByRole('link', { name: `“${articleJson.title}”` })).toHaveAttribute('href', '/article');
    }
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    expect(await screen.findByRole('heading', { level: 1, name: firstQuestion.prompt })).toBeInTheDocument();
  });

  it('offers to continue an attempt in progress, or start again', async () => {
    useQuiz.setState({ answers: { [firstQuestion.id]: optionAt(0).id }, bankVersion: 1 });
    const { user } = await renderApp('/');
    expect(
      await screen.findByText(`You have answered 1 of ${realBank.questions.length} questions.`),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Continue where you left off' }));
    expect(await screen.findByText(`Question 2 of ${realBank.questions.length}`)).toBeInTheDocument();
  });
});

describe('a question page', () => {
  it('shows the prompt as the legend heading, one radio per option and a caption', async () => {
    await renderApp('/quiz/1');
    const heading = await screen.findByRole('heading', { level: 1, name: firstQuestion.prompt });
    const group = screen.getByRole('group', { name: new RegExp(`Question 1 of ${realBank.questions.length}`) });
    expect(group).toContainElement(heading);
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(firstQuestion.options.length);
    firstQuestion.options.forEach((o, i) => expect(radios[i]).toHaveAccessibleName(o.label));
    expect(screen.getByRole('progressbar', { hidden: true })).toHaveAttribute('value', '1');
  });

  it('shows an error summary, focused, when Continue is pressed with nothing chosen', async () => {
    const { user } = await renderApp('/quiz/1');
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(summary).toHaveFocus();
    expect(screen.getAllByText('Select an answer to continue')).toHaveLength(2);
    expect(screen.getByRole('group')).toHaveAccessibleDescription(/Select an answer to continue/);
  });

  it('saves the answer and moves to the next question; Back shows it chosen', async () => {
    const { user } = await renderApp('/quiz/1');
    const option = optionAt(0);
    await user.click(await screen.findByRole('radio', { name: option.label }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(`Question 2 of ${realBank.questions.length}`)).toBeInTheDocument();
    expect(useQuiz.getState().answers[firstQuestion.id]).toBe(option.id);
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(await screen.findByRole('radio', { name: option.label })).toBeChecked();
  });

  it('continues again after going Back to an answered question', async () => {
    const { user } = await renderApp('/quiz/1');
    await user.click(await screen.findByRole('radio', { name: optionAt(0).label }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText(`Question 2 of ${realBank.questions.length}`);
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await screen.findByText(`Question 1 of ${realBank.questions.length}`);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(`Question 2 of ${realBank.questions.length}`)).toBeInTheDocument();
    // Enter from the heading, where focus lands after a page change, continues too.
    await user.click(screen.getByRole('radio', { name: defined(realBank.questions[1]?.options[0], 'option').label }));
    screen.getByRole('heading', { level: 1 }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(`Question 3 of ${realBank.questions.length}`)).toBeInTheDocument();
  });

  it('chooses with number keys and continues with Enter, one question per press', async () => {
    const { user } = await renderApp('/quiz/1');
    await screen.findByRole('heading', { level: 1, name: firstQuestion.prompt });
    await user.keyboard('2');
    expect(screen.getByRole('radio', { name: optionAt(1).label })).toBeChecked();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(`Question 2 of ${realBank.questions.length}`)).toBeInTheDocument();
    expect(screen.queryByText(`Question 3 of ${realBank.questions.length}`)).not.toBeInTheDocument();
  });

  it('lets a person switch the shortcuts off, and on again', async () => {
    const { user } = await renderApp('/quiz/1');
    const heading = await screen.findByRole('heading', { level: 1, name: firstQuestion.prompt });
    const checkbox = screen.getByRole('checkbox', { name: /keyboard shortcuts/i });
    await user.click(checkbox);
    expect(checkbox).not.toBeChecked();
    expect(useQuiz.getState().shortcuts).toBe(false);
    // Keys pressed where the shortcuts would act (the page's heading, where focus lands) do nothing.
    heading.focus();
    await user.keyboard('1');
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toEqual([]);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: firstQuestion.prompt })).toHaveFocus();
    // Back on, the same key from the same place chooses.
    await user.click(checkbox);
    heading.focus();
    await user.keyboard('1');
    expect(screen.getByRole('radio', { name: optionAt(0).label })).toBeChecked();
  });

  const total = realBank.questions.length;
  const firstAnswered = (count: number) =>
    Object.fromEntries(realBank.questions.slice(0, count).map((q) => [q.id, q.options[0]?.id ?? '']));
  it.each([
    // path, questions answered so far, where the person lands
    ['/quiz/17', 0, 1],
    ['/quiz/17', 3, 4],
    ['/quiz/3', 5, 3],
    ['/quiz/abc', 0, 1],
    ['/quiz/abc', 2, 3],
    ['/quiz/0', 2, 1],
    ['/quiz/999', 0, 1],
    ['/quiz/999', 4, 5],
    ['/quiz/999', total, 'review'],
  ] as const)('sends %s with %i answered somewhere sensible', async (path, count, lands) => {
    useQuiz.setState({ answers: firstAnswered(count), bankVersion: realBank.version });
    await renderApp(path);
    if (lands === 'review') {
      expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    } else {
      const prompt = defined(realBank.questions[lands - 1], `question ${lands}`).prompt;
      expect(await screen.findByRole('heading', { level: 1, name: prompt })).toBeInTheDocument();
      expect(screen.getByText(`Question ${lands} of ${total}`)).toBeInTheDocument();
    }
  });
});

describe('review and results', () => {
  it('lists every answer with a Change link, and finishing shows the results', async () => {
    useQuiz.setState({ answers: extreme(realBank, -1), bankVersion: realBank.version });
    const { user } = await renderApp('/review');
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Change your answer to question/ })).toHaveLength(
      realBank.questions.length,
    );
    const buttons = screen.getAllByRole('button', { name: 'See my results' });
    expect(buttons).toHaveLength(2);
    await user.click(buttons[0] as HTMLElement);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'A strong lean toward Lead Engineer' }),
    ).toBeInTheDocument();
    expect(useHistory.getState().attempts).toHaveLength(1);
    expect(useQuiz.getState().answers).toEqual({});
  });

  it('sends an empty review to the intro with a message', async () => {
    await renderApp('/review');
    expect(await screen.findByText(/There are no answers to check yet/)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Engineering Manager or Lead Engineer?' }),
    ).toBeInTheDocument();
  });

  it('sends /results with nothing to show to the intro with a message', async () => {
    await renderApp('/results');
    expect(await screen.findByText(/There are no results to show yet/)).toBeInTheDocument();
  });
});

it('shows a not-found page with a way home for an unknown path', async () => {
  await renderApp('/no/such/page');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Go to the start of the quiz' })).toHaveAttribute('href', '/');
});
