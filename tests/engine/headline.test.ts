// @vitest-environment node
// Headlines from band and appeal, and words for a range that may cross a band boundary.
import { describe, expect, it } from 'vitest';
import { bandsWithin, crossingNote, headlineOf, rangeSentence } from '../../src/engine/headline.ts';
import { scoreAttempt } from '../../src/engine/score.ts';
import { gradedBank, neutralAnswers } from '../support/banks.ts';

describe('headlineOf', () => {
  it.each([
    ['balanced, both appeals 60', 'balanced', 60, 60, 'both', 'Both paths fit you'],
    ['balanced, both appeals high', 'balanced', 90, 75, 'both', 'Both paths fit you'],
    ['balanced, both appeals 40', 'balanced', 40, 40, 'neither', 'Neither role pulls you much'],
    ['balanced, both low', 'balanced', 10, 30, 'neither', 'Neither role pulls you much'],
    ['balanced, all neutral', 'balanced', 50, 50, 'no-clear-pull', 'No clear pull toward either role'],
    ['balanced, one high one low', 'balanced', 80, 20, 'no-clear-pull', 'No clear pull toward either role'],
    ['balanced, just under both', 'balanced', 59.9, 90, 'no-clear-pull', 'No clear pull toward either role'],
    ['lean toward EM', 'lean-em', 50, 50, 'lean', 'A lean toward Engineering Manager'],
    ['strong lean toward EM', 'strong-em', 100, 0, 'strong', 'A strong lean toward Engineering Manager'],
    ['lean toward LE, both appeals high', 'lean-le', 80, 80, 'lean', 'A lean toward Lead Engineer'],
    ['strong lean toward LE', 'strong-le', 0, 100, 'strong', 'A strong lean toward Lead Engineer'],
  ] as const)('%s', (_name, band, em, le, kind, text) => {
    const h = headlineOf({ band, appeal: { em, le } });
    expect(h.kind).toBe(kind);
    expect(h.text).toBe(text);
    expect(h.pole).toBe(band === 'balanced' ? null : band.endsWith('em') ? 'em' : 'le');
  });

  it('tells someone neither role pulls what to look at instead', () => {
    expect(headlineOf({ band: 'balanced', appeal: { em: 20, le: 20 } }).detail).toMatch(/before choosing either/i);
  });

  it('reads an all-neutral attempt as no clear pull, and agreeing with everything as both', () => {
    expect(headlineOf(scoreAttempt(gradedBank, neutralAnswers(gradedBank))).kind).toBe('no-clear-pull');
    const agree = Object.fromEntries(
      gradedBank.questions.map((q) => [q.id, q.kind === 'statement' ? 'strongly-agree' : 'no-preference']),
    );
    expect(headlineOf(scoreAttempt(gradedBank, agree)).kind).toBe('both');
  });
});

describe('range words', () => {
  it('says the split with its range from the side the result leans to', () => {
    expect(rangeSentence({ band: 'lean-em', emPercent: 62, range: { low: 55, high: 69 } })).toBe(
      '62% Engineering Manager, likely 55 to 69',
    );
    expect(rangeSentence({ band: 'lean-le', emPercent: 38, range: { low: 31, high: 45 } })).toBe(
      '62% Lead Engineer, likely 55 to 69',
    );
    expect(rangeSentence({ band: 'balanced', emPercent: 50, range: { low: 43, high: 57 } })).toBe(
      '50% Engineering Manager, likely 43 to 57',
    );
  });

  it('lists the bands a range touches, boundaries included', () => {
    expect(bandsWithin({ low: 55, high: 69 })).toEqual(['balanced', 'lean-em']);
    expect(bandsWithin({ low: 60, high: 74 })).toEqual(['lean-em']);
    expect(bandsWithin({ low: 20, high: 80 })).toEqual(['strong-le', 'lean-le', 'balanced', 'lean-em', 'strong-em']);
  });

  it('admits a range that crosses a boundary, and says nothing when it does not', () => {
    expect(crossingNote({ band: 'lean-em', range: { low: 55, high: 69 } })).toBe(
      'Your likely range crosses a boundary: a retake could read as balanced.',
    );
    expect(crossingNote({ band: 'balanced', range: { low: 35, high: 62 } })).toBe(
      'Your likely range crosses a boundary: a retake could read as a lean toward Lead Engineer or a lean toward Engineering Manager.',
    );
    expect(crossingNote({ band: 'lean-em', range: { low: 61, high: 74 } })).toBeNull();
  });
});
