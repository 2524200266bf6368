// @vitest-environment node
// validateResultPicks: the real picks pass, and each way of breaking a copy is reported with the
// place and the reason an editor of data/results.json would read.
import { describe, expect, it } from 'vitest';
import articleJson from '../../data/article.json';
import picksJson from '../../data/results.json';
import { validateArticle } from '../../src/engine/validate-bank.ts';
import { validateResultPicks } from '../../src/engine/validate-article.ts';
import { tinyArticle, tinyPicks } from '../support/articles.ts';

const parsed = validateArticle(articleJson);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const article = parsed.value;

/** A copy of the real picks with one outcome's group replaced. */
const withGroup = (outcome: string, group: string, value: unknown): unknown => {
  const copy: unknown = structuredClone(picksJson);
  const target: unknown = Reflect.get(copy as object, outcome);
  Reflect.set(target as object, group, value);
  return copy;
};

describe('validateResultPicks', () => {
  it('accepts the real picks over the real article, and the fixture picks over the fixture article', () => {
    expect(validateResultPicks(picksJson, article)).toMatchObject({ ok: true });
    expect(validateResultPicks(tinyPicks, tinyArticle)).toMatchObject({ ok: true });
  });

  it.each([
    [
      'an item the article lacks',
      withGroup('le', 'paths', ['faq-career-path']),
      'le.paths[0]: no article item "faq-career-path"',
    ],
    [
      'a section named as an item',
      withGroup('em', 'similarities', ['key-similarities']),
      'em.similarities[0]: "key-similarities" is a section; pick it as { "section": "key-similarities" }',
    ],
    [
      'a section the article lacks',
      withGroup('em', 'scenarios', [{ section: 'scenarios-manager' }]),
      'em.scenarios[0].section: no article section "scenarios-manager"',
    ],
    [
      'a section with nothing to quote',
      withGroup('em', 'scenarios', [{ section: 'summary-table' }]),
      'em.scenarios[0].section: section "summary-table" has no items to quote',
    ],
    [
      'more items than the section has',
      withGroup('balanced', 'advantages', [{ section: 'em-advantages', first: 8 }]),
      'balanced.advantages[0].first: section "em-advantages" has only 7 items, fewer than 8',
    ],
    [
      'an item quoted twice in one group',
      withGroup('balanced', 'scenarios', [{ section: 'scenarios-em', first: 2 }, 'scenarios-em-2']),
      'balanced.scenarios: quotes article item "scenarios-em-2" twice',
    ],
    ['an empty group', withGroup('le', 'transition', []), 'le.transition: expected at least one pick'],
    ['a count of zero', withGroup('le', 'drawbacks', [{ section: 'le-drawbacks', first: 0 }]), 'le.drawbacks[0].first'],
  ])('reports %s with its place and reason', (_name, input, error) => {
    const result = validateResultPicks(input, article);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([expect.stringContaining(error)]);
  });

  it('reports a missing outcome and an unknown group by path', () => {
    const copy = structuredClone(picksJson) as Record<string, unknown>;
    Reflect.deleteProperty(copy, 'balanced');
    Reflect.set(copy.em as object, 'footnotes', ['faq-transition-answer']);
    const result = validateResultPicks(copy, article);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(/^em\.footnotes: /),
      expect.stringMatching(/^balanced: /),
    ]);
  });
});
