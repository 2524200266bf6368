// @vitest-environment node
// explain over a fixture article and fixture picks (what it does with any content), then over the
// real content (that the data reproduces what the results page quoted before it was data).
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/engine/explain.ts';
import { scoreAttempt } from '../../src/engine/score.ts';
import { indexArticle } from '../../src/engine/article-index.ts';
import { validateArticle } from '../../src/engine/validate-bank.ts';
import { validateResultPicks } from '../../src/engine/validate-article.ts';
import { extreme, neutralAnswers, realBank } from '../support/banks.ts';
import { quotingBank, realContent, tinyArticle, tinyPicks } from '../support/articles.ts';

const explainTiny = (answers: Record<string, string>) =>
  explain(scoreAttempt(quotingBank, answers), quotingBank, tinyArticle, tinyPicks);
const ids = (quotes: readonly { readonly itemId: string }[]) => quotes.map((q) => q.itemId);
const reasonQuotes = (answers: Record<string, string>) =>
  Object.fromEntries(explainTiny(answers).reasons.map((r) => [r.questionId, ids(r.quotes)]));

describe('explain over any article', () => {
  it('checks its fixtures as the build checks the real content', () => {
    expect(validateArticle(tinyArticle)).toMatchObject({ ok: true });
    expect(validateResultPicks(tinyPicks, tinyArticle)).toMatchObject({ ok: true });
  });

  it.each([
    ['herding', { pick: 'herd' }, { pick: ['why-herd-1', 'duty-plan-herd'] }],
    ['building', { pick: 'build' }, { pick: ['why-build-1', 'duty-plan-build'] }],
  ] as const)('quotes for %s what speaks for it, in the order cited, at most two', (_name, answers, expected) => {
    expect(reasonQuotes(answers)).toEqual(expected);
  });

  it('quotes the even-handed when too little speaks for the pull, and never the other side', () => {
    // "nights" cites an even-handed item and one marked for the manager; "production", disagreed
    // with, pulls toward the manager but cites only a passage for the builder.
    expect(reasonQuotes({ nights: 'strongly-agree', production: 'strongly-disagree' })).toEqual({
      nights: ['scenarios-le-1', 'shared-2'],
      production: [],
    });
    // The list "scenarios-le" is marked as speaking for the manager: pulled toward the builder,
    // the answer quotes only the even-handed passage.
    expect(reasonQuotes({ nights: 'strongly-disagree' })).toEqual({ nights: ['shared-2'] });
  });

  it('quotes every passage word for word with the heading it stands under', () => {
    const x = explainTiny({ pick: 'herd' });
    expect(x.reasons[0]?.quotes).toEqual([
      { itemId: 'why-herd-1', text: 'People grow.', heading: 'Why herd' },
      { itemId: 'duty-plan-herd', text: 'Herder: plans the quarter.', heading: 'Duties: Planning' },
    ]);
    expect(x.transition).toEqual([
      { itemId: 'switch-q', text: 'Can I switch?', heading: 'Can I switch?' },
      { itemId: 'switch-a', text: 'Yes, both ways.', heading: 'Can I switch?' },
    ]);
  });

  it('fills each group of a lean from the picks for its pole: items by id, sections whole or their first n', () => {
    const x = explainTiny({ pick: 'herd', nights: 'strongly-agree' });
    expect(x.pole).toBe('em');
    expect({
      scenarios: ids(x.scenarios),
      advantages: ids(x.advantages),
      drawbacks: ids(x.drawbacks),
      paths: ids(x.paths),
      nextSteps: ids(x.nextSteps),
      similarities: ids(x.similarities),
    }).toEqual({
      scenarios: ['why-herd-1', 'why-herd-2', 'why-herd-3'],
      advantages: ['why-herd-1', 'why-herd-2'],
      drawbacks: ['why-build-1'],
      paths: ['pay-a', 'opening-1'],
      nextSteps: ['switch-a'],
      similarities: ['shared-1', 'shared-2'],
    });
    const le = explainTiny({ pick: 'build', nights: 'strongly-disagree' });
    expect(le.pole).toBe('le');
    expect([ids(le.scenarios), ids(le.drawbacks), ids(le.paths)]).toEqual([
      ['why-build-1', 'why-build-2', 'why-build-3'],
      ['why-herd-1'],
      ['pay-a'],
    ]);
  });

  it('gives a balanced result the balanced picks', () => {
    const x = explainTiny({ pick: 'either' });
    expect(x).toMatchObject({ pole: null, reasons: [] });
    expect([ids(x.scenarios), ids(x.advantages), ids(x.drawbacks)]).toEqual([
      ['why-herd-1', 'why-build-1'],
      ['why-herd-3', 'why-build-3'],
      ['scenarios-le-1'],
    ]);
  });

  it('says what would change the result, in the labels of the answers', () => {
    const x = explainTiny({ pick: 'either', nights: 'not-sure', production: 'not-sure' });
    expect(x.flip?.steps.length).toBeGreaterThanOrEqual(1);
    for (const step of x.flip?.steps ?? []) {
      const q = quotingBank.questions.find((y) => y.id === step.questionId);
      expect(step.prompt).toBe(q?.prompt);
      expect(q?.options.map((o) => o.label)).toEqual(expect.arrayContaining([step.from, step.to]));
    }
  });

  it('credits the article by its own title', () => {
    expect(explainTiny({ pick: 'herd' }).articleTitle).toBe('Herding or Building: A Short Look');
  });
});

// The real content. Before the article's sides and the result picks became data, the engine
// inferred an item's side from its id with these two patterns and named the picks in code; the
// lists below are what that code quoted.
const legacySide = (id: string) =>
  /^(scenarios-em|em-advantages|le-drawbacks)-/.test(id) || /^roles-\d+-em$/.test(id)
    ? 'em'
    : /^(scenarios-le|le-advantages|em-drawbacks)-/.test(id) || /^roles-\d+-le$/.test(id)
      ? 'le'
      : null;
const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);
const LEGACY_PICKS = {
  em: {
    scenarios: range('scenarios-em', 7),
    advantages: range('em-advantages', 7),
    drawbacks: range('em-drawbacks', 7),
    paths: ['faq-career-paths-answer', 'faq-em-career-path-answer'],
    nextSteps: ['faq-become-em-answer', 'faq-lead-management-answer'],
  },
  le: {
    scenarios: range('scenarios-le', 7),
    advantages: range('le-advantages', 7),
    drawbacks: range('le-drawbacks', 7),
    paths: ['faq-career-paths-answer'],
    nextSteps: ['faq-lead-management-answer'],
  },
  balanced: {
    scenarios: [...range('scenarios-em', 4), ...range('scenarios-le', 4)],
    advantages: [...range('em-advantages', 3), ...range('le-advantages', 3)],
    drawbacks: [...range('em-drawbacks', 3), ...range('le-drawbacks', 3)],
    paths: ['faq-career-paths-answer', 'faq-em-career-path-answer'],
    nextSteps: ['faq-become-em-answer', 'faq-lead-management-answer'],
  },
};

describe('explain over the real content', () => {
  const { article, picks } = realContent();
  const items = indexArticle(article);
  const explained = (answers: Record<string, string>) =>
    explain(scoreAttempt(realBank, answers), realBank, article, picks);

  it('marks every article item with the side its id used to imply', () => {
    const sides = [...items].map(([id, { side }]) => [id, side]);
    expect(sides).toEqual(sides.map(([id]) => [id, legacySide(id ?? '')]));
    expect(sides.filter(([, side]) => side === 'em')).toHaveLength(7 * 3 + 7);
    expect(sides.filter(([, side]) => side === 'le')).toHaveLength(7 * 3 + 7);
  });

  it.each([
    ['em', 'an Engineering Manager lean', extreme(realBank, 1)],
    ['le', 'a Lead Engineer lean', extreme(realBank, -1)],
    ['balanced', 'a balanced result', neutralAnswers(realBank)],
  ] as const)('quotes for %s (%s) what the results page quoted before', (outcome, _name, answers) => {
    const x = explained(answers);
    expect(x.pole ?? 'balanced').toBe(outcome);
    expect({
      scenarios: ids(x.scenarios),
      advantages: ids(x.advantages),
      drawbacks: ids(x.drawbacks),
      paths: ids(x.paths),
      nextSteps: ids(x.nextSteps),
    }).toEqual(LEGACY_PICKS[outcome]);
    expect(ids(x.similarities)).toEqual(range('key-similarities', 6));
    expect(ids(x.transition)).toEqual(['faq-transition-answer']);
    expect(x.articleTitle).toBe('Engineering Manager vs Lead Engineer: A Comprehensive Look');
  });

  it.each([
    ['an Engineering Manager lean', extreme(realBank, 1)],
    ['a Lead Engineer lean', extreme(realBank, -1)],
  ])('backs each reason of %s with the passages the id rule chose, word for word', (_name, answers) => {
    const rank = (id: string, pull: string) => (legacySide(id) === pull ? 0 : legacySide(id) === null ? 1 : 2);
    const x = explained(answers);
    expect(x.reasons.length).toBeGreaterThanOrEqual(5);
    for (const r of x.reasons) {
      const cites = realBank.questions.find((q) => q.id === r.questionId)?.cites ?? [];
      const expected = [...cites]
        .sort((a, b) => rank(a, r.pole) - rank(b, r.pole))
        .filter((id) => rank(id, r.pole) < 2)
        .slice(0, 2);
      expect(ids(r.quotes), r.questionId).toEqual(expected);
      for (const q of r.quotes) expect(items.get(q.itemId)?.item.text).toBe(q.text);
    }
  });
  it('lists every answer that moved the result, largest first', () => {
    const result = scoreAttempt(realBank, extreme(realBank, 1));
    expect(explain(result, realBank, article, picks).reasons.map((r) => r.questionId)).toEqual(
      result.contributions.filter((c) => c.pole !== null).map((c) => c.questionId),
    );
  });
});
