// @vitest-environment node
// Bank preparation is tuned for speed (each list of levels' probabilities worked out once per bank,
// the readings in flat arrays); every figure it gives must stay what it was, bit for bit. The
// fixture holds the figures for every shipped bank; `npm run fixtures` writes it again after a
// deliberate change to the model or a new bank (and the diff shows what moved).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BANK_FILES, figuresOf, type Figures } from '../support/prepared-figures.ts';

const fixture = JSON.parse(readFileSync('tests/fixtures/prepared-figures.json', 'utf8')) as Record<string, Figures>;

/** Every number of `a` and `b` that differs under Object.is, by its place. */
function differences(a: unknown, b: unknown, at = ''): string[] {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length !== b.length
      ? [`${at}: ${a.length} against ${b.length} entries`]
      : a.flatMap((x, i) => differences(x, b[i], `${at}[${i}]`));
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null)
    return Object.keys(a).flatMap((k) =>
      differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`),
    );
  return Object.is(a, b) ? [] : [`${at}: ${String(a)} against ${String(b)}`];
}

describe('bank preparation', () => {
  it.each(BANK_FILES)('gives the figures it gave before for %s, bit for bit', (file) => {
    const before = fixture[file];
    expect(before, `no figures for ${file}: run npm run fixtures`).toBeDefined();
    expect(before?.q.length).toBeGreaterThan(20);
    expect(differences(figuresOf(file), before)).toEqual([]);
  });

  it('would show a figure that moved in its last bit (the check above can fail)', () => {
    const before = fixture['questions.json'];
    if (!before) throw new Error('no fixture');
    const nudged = { ...before, spread: before.spread + Number.EPSILON * before.spread };
    expect(nudged.spread).not.toBe(before.spread);
    expect(differences(nudged, before)).toHaveLength(1);
  });
});
