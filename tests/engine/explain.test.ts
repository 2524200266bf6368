// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { explain, sideOf } from '../../src/engine/explain.ts';
import { scoreAttempt } from '../../src/engine/score.ts';
import { summaryMarkdown } from '../../src/engine/summary-markdown.ts';
import { resultWords } from '../../src/engine/result-words.ts';
import { dealBreakerAnswers } from '../support/result-answers.ts';
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
      headline: 'A strong lean toward Engineering Manager',
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
    expect(x).toMatchObject({ pole: 'le', headline: 'A strong lean toward Lead Engineer' });
    expect(x.scenarios.every((q) => q.itemId.startsWith('scenarios-le-'))).toBe(true);
    expect(x.advantages.every((q) => q.itemId.startsWith('le-advantages-'))).toBe(true);
  });

  it('gives a balanced result its own explanation, from both sides and the transition FAQ', () => {
    const x = explained(neutralAnswers(realBank));
    expect(x).toMatchObject({ pole: null, headline: 'No clear pull toward either role', reasons: [] });
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
  const page = (answers: Record<string, string>, person: 'you' | 'they' = 'you') => {
    const result = scoreAttempt(realBank, answers);
    const explanation = explain(result, realBank, article);
    return { result, explanation, words: resultWords(result, explanation, article, { person, earlierVersion: false }) };
  };

  it('writes every section of the page in full, each reason with its quoted passages linked to the article', () => {
    const p = page(extreme(realBank, 1));
    const md = summaryMarkdown(p, 'https://example.org/article');
    expect(md.startsWith('# A strong lean toward Engineering Manager\n')).toBe(true);
    expect(md).toContain(`**${p.words.split}**`);
    expect(md).toMatch(/likely \d+ to 100/);
    for (const h of [
      'What moved my result most',
      'The areas where the roles differ',
      'What would change it',
      'Next steps',
      'More from the article',
    ])
      expect(md).toContain(`## ${h}\n`);
    // Every answer that moved the result, not only the first few, with every quote.
    expect(p.explanation.reasons.length).toBe(p.result.contributions.filter((c) => c.pole !== null).length);
    for (const r of p.explanation.reasons) {
      expect(md).toContain(`**${r.prompt}** “${r.answer}”`);
      for (const q of r.quotes) expect(md).toContain(`> ${q.text}`);
    }
    for (const q of [...p.explanation.scenarios, ...p.explanation.drawbacks, ...p.explanation.transition]) {
      expect(md).toContain(`> ${q.text}`);
      expect(md).toContain(`(https://example.org/article#${q.itemId})`);
    }
    expect(md).not.toMatch(/\b1 points\b/);
    expect(md).toContain('not for hiring or performance decisions');
  });

  it('includes each warning in full with the drawbacks it quotes', () => {
    const answers = dealBreakerAnswers();
    const p = page(answers);
    expect(p.words.warnings.length).toBeGreaterThan(0);
    const md = summaryMarkdown(p, 'https://example.org/article');
    for (const w of p.words.warnings) {
      expect(md).toContain(`**Warning:** ${w.line}`);
      expect(md).toContain(`**${w.title}.** ${w.body}`);
      for (const q of w.quotes) expect(md).toContain(`> ${q.text}`);
    }
  });
});
