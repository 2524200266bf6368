// @vitest-environment node
// data/results.json, the passages the results page quotes for each outcome: valid against the
// article, and fair to the outcome (a lean reads its own role's case, a balanced result both).
import { describe, expect, it } from 'vitest';
import articleJson from '../../data/article.json';
import picksJson from '../../data/results.json';
import { validateArticle } from '../../src/engine/validate-bank.ts';
import { validateResultPicks } from '../../src/engine/validate-article.ts';
import { indexArticle } from '../../src/engine/article-index.ts';
import type { Pick } from '../../src/engine/bank-schema.ts';

const article = validateArticle(articleJson);
if (!article.ok) throw new Error(article.errors.join('\n'));
const picks = validateResultPicks(picksJson, article.value);
if (!picks.ok) throw new Error(`data/results.json is invalid:\n${picks.errors.join('\n')}`);
const items = indexArticle(article.value);

/** The item ids a list of picks quotes, in order. */
const quoted = (list: readonly Pick[]) =>
  list.flatMap((p) =>
    typeof p === 'string'
      ? [p]
      : [...items].filter(([, i]) => i.sectionId === p.section).map(([id]) => id).slice(0, p.first),
  );
const sides = (list: readonly Pick[]) => quoted(list).map((id) => items.get(id)?.side ?? null);

describe('data/results.json', () => {
  it.each(['em', 'le'] as const)('gives a %s lean the case for its role and the other role’s case against it', (pole) => {
    const other = pole === 'em' ? 'le' : 'em';
    const p = picks.value[pole];
    expect(new Set(sides(p.scenarios))).toEqual(new Set([pole]));
    expect(new Set(sides(p.advantages))).toEqual(new Set([pole]));
    // The drawbacks of the role leaned toward: passages that speak for the other role.
    expect(new Set(sides(p.drawbacks))).toEqual(new Set([other]));
  });

  it('gives a balanced result as many passages for one role as for the other', () => {
    const p = picks.value.balanced;
    for (const group of [p.scenarios, p.advantages, p.drawbacks]) {
      const s = sides(group);
      expect(s.length).toBeGreaterThan(0);
      expect(s.filter((x) => x === 'em')).toHaveLength(s.filter((x) => x === 'le').length);
    }
  });

  it('quotes only even-handed passages as similarities, career paths, next steps and the transition', () => {
    for (const p of Object.values(picks.value)) {
      for (const group of [p.similarities, p.paths, p.nextSteps, p.transition]) {
        expect(sides(group).every((x) => x === null)).toBe(true);
      }
    }
  });
});
