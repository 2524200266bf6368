// @vitest-environment node
// Bank preparation was made faster (each list of levels' probabilities worked out once per bank,
// the readings in flat arrays); every figure it gives must be what it gave before, bit for bit.
// The fixture holds the figures of the code before that change, for both shipped banks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/engine/bank-schema.ts';
import { prepareBank } from '../../src/engine/prepare.ts';

type Figures = { spread: number; q: [number, number, [number, number, number][]][] };
const fixture = JSON.parse(readFileSync('tests/fixtures/prepared-figures.json', 'utf8')) as Record<string, Figures>;

/** The same figures from today's code, read from a fresh copy of the bank (no cached preparation). */
function figuresOf(file: string): Figures {
  const bank = JSON.parse(readFileSync(`data/${file}`, 'utf8')) as Bank;
  const prepared = prepareBank(bank);
  return {
    spread: prepared.retakeSpread,
    q: prepared.ordered.map((q) => [
      q.levelNoise,
      q.pointsNoise,
      q.options.map((o) => [o.level, o.retakeVariance, o.points] as [number, number, number]),
    ]),
  };
}

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
  it.each(['questions.json', 'questions-v1.json'])('gives the figures it gave before for %s, bit for bit', (file) => {
    const before = fixture[file];
    expect(before).toBeDefined();
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
