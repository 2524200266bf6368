// @vitest-environment node
// The words of a result: the headline for you or for someone else, the split with its range, a
// range that crosses a band, and the copied summary, over fixture and real content.
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/engine/explain.ts';
import { scoreAttempt } from '../../src/engine/score.ts';
import { crossingText, headlineWords, opinionsText, splitText, resultWords } from '../../src/words/result-words.ts';
import { summaryMarkdown } from '../../src/words/summary-markdown.ts';
import { dealBreakerAnswers } from '../support/result-answers.ts';
import { extreme, realBank } from '../support/banks.ts';
import { quotingBank, realContent, tinyArticle, tinyPicks } from '../support/articles.ts';

describe('headlineWords', () => {
  it.each([
    ['balanced', 60, 60, 'Both paths fit you', 'Both paths fit them'],
    ['balanced', 40, 40, 'Neither role pulls you much', 'Neither role pulls them much'],
    ['balanced', 50, 50, 'No clear pull toward either role', 'No clear pull toward either role'],
    ['lean-em', 50, 50, 'A lean toward Engineering Manager', 'A lean toward Engineering Manager'],
    ['strong-em', 100, 0, 'A strong lean toward Engineering Manager', 'A strong lean toward Engineering Manager'],
    ['lean-le', 80, 80, 'A lean toward Lead Engineer', 'A lean toward Lead Engineer'],
    ['strong-le', 0, 100, 'A strong lean toward Lead Engineer', 'A strong lean toward Lead Engineer'],
  ] as const)('%s with appeals %d/%d reads "%s", and about someone else "%s"', (band, em, le, you, they) => {
    expect(headlineWords({ band, appeal: { em, le } }, 'you').text).toBe(you);
    expect(headlineWords({ band, appeal: { em, le } }, 'they').text).toBe(they);
  });

  it('speaks to you about your answers, and about them for a shared result', () => {
    const r = { band: 'lean-em', appeal: { em: 50, le: 50 } } as const;
    expect(headlineWords(r, 'you').detail).toMatch(/\byour answers\b/);
    expect(headlineWords(r, 'they').detail).toMatch(/\btheir answers\b/);
  });

  it('tells someone neither role pulls what to look at instead', () => {
    expect(headlineWords({ band: 'balanced', appeal: { em: 20, le: 20 } }, 'you').detail).toMatch(
      /before choosing either/i,
    );
  });
});

describe('the split and its range', () => {
  it('says the split with its range from the side the result leans to', () => {
    expect(splitText({ band: 'lean-em', emPercent: 62, range: { low: 55, high: 69 } }, true)).toBe(
      '62% Engineering Manager, likely 55 to 69',
    );
    expect(splitText({ band: 'lean-le', emPercent: 38, range: { low: 31, high: 45 } }, true)).toBe(
      '62% Lead Engineer, likely 55 to 69',
    );
    expect(splitText({ band: 'balanced', emPercent: 50, range: { low: 43, high: 57 } }, true)).toBe(
      '50% Engineering Manager, likely 43 to 57',
    );
    expect(splitText({ band: 'lean-le', emPercent: 38, range: { low: 31, high: 45 } }, false)).toBe(
      '62% Lead Engineer',
    );
  });

  it('admits a range that crosses a boundary, and says nothing when it does not', () => {
    expect(crossingText({ band: 'lean-em', range: { low: 55, high: 69 } })).toBe(
      'A retake could also read as balanced.',
    );
    expect(crossingText({ band: 'balanced', range: { low: 35, high: 62 } })).toBe(
      'A retake could also read as a lean toward Lead Engineer or a lean toward Engineering Manager.',
    );
    expect(crossingText({ band: 'lean-em', range: { low: 61, high: 74 } })).toBeNull();
  });
});

describe('a result that rests on few answers', () => {
  const held = (n: number, option = 0) =>
    Object.fromEntries(
      realBank.questions.map((q, i) => [q.id, i < n ? (q.options[option]?.id ?? '') : (q.options[2]?.id ?? '')]),
    );
  const total = realBank.questions.length;

  it('says how many answers it rests on and which way they point', () => {
    const r = scoreAttempt(realBank, { ...held(0), ...extremeOne('le') });
    expect(opinionsText(r, 'you')).toBe(
      `This result rests on 1 of your ${total} answers: the other ${total - 1} were in the middle or left unanswered. That one leans toward Lead Engineer.`,
    );
    expect(opinionsText(r, 'they')).toMatch(/^This result rests on 1 of their /);
  });

  it('says nothing when half the answers or more hold an opinion, or when none does', () => {
    expect(opinionsText(scoreAttempt(realBank, held(Math.ceil(total / 2))), 'you')).toBeNull();
    expect(opinionsText(scoreAttempt(realBank, held(0)), 'you')).toBeNull();
    expect(opinionsText(scoreAttempt(realBank, held(4)), 'you')).toMatch(/^This result rests on 4 of your /);
  });
});

/** One strongest answer toward `pole` on the first statement speaking for it. */
function extremeOne(pole: 'em' | 'le'): Record<string, string> {
  const q = realBank.questions.find(
    (x) => x.kind === 'statement' && (Object.values(x.options[0]?.weights ?? {})[0] ?? 0) > 0 === (pole === 'em'),
  );
  return q ? { [q.id]: q.options[0]?.id ?? '' } : {};
}

describe('the copied summary', () => {
  it('credits the article by its own title, each quote linked to its passage', () => {
    const result = scoreAttempt(quotingBank, { pick: 'herd' });
    const x = explain(result, quotingBank, tinyArticle, tinyPicks);
    const words = resultWords(result, x, tinyArticle, { person: 'you', earlierVersion: false });
    const md = summaryMarkdown({ result, explanation: x, words }, 'https://example.org/article');
    expect(md).toContain(
      '   > People grow.\n   > — Why herd, [Herding or Building: A Short Look](https://example.org/article#why-herd-1)',
    );
    expect(md).toContain('built on “Herding or Building: A Short Look”');
  });

  const { article, picks } = realContent();
  const page = (answers: Record<string, string>) => {
    const result = scoreAttempt(realBank, answers);
    const explanation = explain(result, realBank, article, picks);
    const words = resultWords(result, explanation, article, { person: 'you', earlierVersion: false });
    return { result, explanation, words };
  };

  it('copies every section of the page in full: all reasons, the areas, the article lists, each quote linked', () => {
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
    for (const r of p.explanation.reasons) {
      expect(md).toContain(`**${r.prompt}** “${r.answer}”`);
      for (const q of r.quotes) expect(md).toContain(`> ${q.text}`);
    }
    for (const d of p.result.dimensions) expect(md).toContain(`- ${d.em} vs ${d.le}: `);
    for (const q of [...p.explanation.scenarios, ...p.explanation.drawbacks, ...p.explanation.nextSteps]) {
      expect(md).toContain(`> ${q.text}`);
      expect(md).toContain(`(https://example.org/article#${q.itemId})`);
    }
    expect(md).not.toMatch(/\b1 points\b/);
    expect(md).toContain('not for hiring or performance decisions');
  });

  it('copies each warning in full with every drawback it quotes', () => {
    const p = page(dealBreakerAnswers());
    expect(p.words.warnings.length).toBeGreaterThan(0);
    const md = summaryMarkdown(p, 'https://example.org/article');
    for (const w of p.words.warnings) {
      expect(md).toContain(`**Warning:** ${w.line}`);
      expect(md).toContain(`**${w.title}.** ${w.body}`);
      expect(w.quotes.length).toBeGreaterThan(0);
      for (const q of w.quotes) expect(md).toContain(`> ${q.text}`);
    }
  });
});
