// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { explain, sideOf } from '../../src/engine/explain.ts';
import { scoreAttempt } from '../../src/engine/score.ts';
import { summaryMarkdown } from '../../src/engine/summary-markdown.ts';
import { indexArticle } from '../../src/engine/article-index.ts';
import { validateArticle } from '../../src/engine/validate-bank.ts';
import articleJson from '../../data/article.json';
import { extreme, neutralAnswers, realBank } from '../support/banks.ts';

const parsed = validateArticle(articleJson);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const article = parsed.value;
const items = indexArticle(article);
const explained = (answers: Record<string, string>) => explain(scoreAttempt(realBank, answers), realBank, article);

describe('explain', () => {
  it('explains an Engineering Manager lean with reasons quoted from the article, word for word', () => {
    const x = explained(extreme(realBank, 1));
    expect(x).toMatchObject({
      pole: 'em',
      headline: 'You lean toward Engineering Manager',
      emPercent: 100,
      lePercent: 0,
    });
    expect(x.reasons.length).toBeGreaterThanOrEqual(5);
    for (const r of x.reasons) {
      expect(r.pole).toBe('em');
      expect(realBank.questions.find((q) => q.id === r.questionId)?.prompt).toBe(r.prompt);
      for (const q of r.quotes) expect(items.get(q.itemId)?.item.text).toBe(q.text);
      // What speaks for the way the answer pulled is quoted before anything else.
      expect(r.quotes.every((q) => sideOf(q.itemId) !== 'le')).toBe(true);
    }
    expect(x.scenarios.map((q) => q.itemId)).toEqual(
      ['1', '2', '3', '4', '5', '6', '7'].map((n) => `scenarios-em-${n}`),
    );
    expect(x.drawbacks.map((q) => q.itemId)[0]).toBe('em-drawbacks-1');
  });

  it('explains a Lead Engineer lean from the Lead Engineer lists', () => {
    const x = explained(extreme(realBank, -1));
    expect(x).toMatchObject({ pole: 'le', headline: 'You lean toward Lead Engineer' });
    expect(x.scenarios.every((q) => q.itemId.startsWith('scenarios-le-'))).toBe(true);
    expect(x.advantages.every((q) => q.itemId.startsWith('le-advantages-'))).toBe(true);
  });

  it('gives a balanced result its own explanation, from both sides and the transition FAQ', () => {
    const x = explained(neutralAnswers(realBank));
    expect(x).toMatchObject({ pole: null, headline: 'Balanced: both paths fit you', reasons: [] });
    expect(x.scenarios.some((q) => q.itemId.startsWith('scenarios-em-'))).toBe(true);
    expect(x.scenarios.some((q) => q.itemId.startsWith('scenarios-le-'))).toBe(true);
    expect(x.transition.map((q) => q.itemId)).toEqual(['faq-transition-answer']);
  });

  it('finds in the article every item it picks by id', () => {
    for (const answers of [extreme(realBank, 1), extreme(realBank, -1), neutralAnswers(realBank)]) {
      const x = explained(answers);
      for (const list of [x.paths, x.nextSteps, x.similarities, x.transition, x.scenarios, x.advantages, x.drawbacks]) {
        expect(list.length).toBeGreaterThan(0);
      }
    }
  });

  it('says what would change the result, in the labels of the answers', () => {
    const x = explained(neutralAnswers(realBank));
    expect(x.flip?.steps.length).toBeGreaterThanOrEqual(4);
    for (const step of x.flip?.steps ?? []) {
      const q = realBank.questions.find((y) => y.id === step.questionId);
      expect(q?.options.map((o) => o.label)).toEqual(expect.arrayContaining([step.from, step.to]));
    }
  });
});

describe('summaryMarkdown', () => {
  it('writes the split, the reasons and the quoted passages with links to the article', () => {
    const x = explained(extreme(realBank, 1));
    const md = summaryMarkdown(x, 'https://example.org/article');
    expect(md.startsWith('# You lean toward Engineering Manager\n')).toBe(true);
    expect(md).toContain('**100% Engineering Manager, 0% Lead Engineer.**');
    const firstQuote = x.reasons[0]?.quotes[0];
    expect(md).toContain(`  > ${firstQuote?.text}`);
    expect(md).toContain(`(https://example.org/article#${firstQuote?.itemId})`);
    expect(md).toContain('not for hiring or performance decisions');
  });
});
