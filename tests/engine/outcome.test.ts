// @vitest-environment node
// The outcome of a result, from band and appeal, and the bands a retake within the range can land in.
import { describe, expect, it } from 'vitest';
import { bandsWithin, madeWithEarlierVersion, opinionsOf, outcomeOf } from '../../src/engine/outcome.ts';
import { scoreAttempt } from '../../src/engine/score.ts';
import { gradedBank, neutralAnswers } from '../support/banks.ts';

describe('outcomeOf', () => {
  it.each([
    ['balanced, both appeals 60', 'balanced', 60, 60, 'both', null],
    ['balanced, both appeals high', 'balanced', 90, 75, 'both', null],
    ['balanced, both appeals 40', 'balanced', 40, 40, 'neither', null],
    ['balanced, both low', 'balanced', 10, 30, 'neither', null],
    ['balanced, all neutral', 'balanced', 50, 50, 'no-clear-pull', null],
    ['balanced, one high one low', 'balanced', 80, 20, 'no-clear-pull', null],
    ['balanced, just under both', 'balanced', 59.9, 90, 'no-clear-pull', null],
    ['lean toward EM', 'lean-em', 50, 50, 'lean', 'em'],
    ['strong lean toward EM', 'strong-em', 100, 0, 'strong', 'em'],
    ['lean toward LE, both appeals high', 'lean-le', 80, 80, 'lean', 'le'],
    ['strong lean toward LE', 'strong-le', 0, 100, 'strong', 'le'],
  ] as const)('%s', (_name, band, em, le, kind, pole) => {
    expect(outcomeOf({ band, appeal: { em, le } })).toEqual({ kind, pole });
  });

  it('reads an all-neutral attempt as no clear pull, and agreeing with everything as both', () => {
    expect(outcomeOf(scoreAttempt(gradedBank, neutralAnswers(gradedBank))).kind).toBe('no-clear-pull');
    const agree = Object.fromEntries(
      gradedBank.questions.map((q) => [q.id, q.kind === 'statement' ? 'strongly-agree' : 'no-preference']),
    );
    expect(outcomeOf(scoreAttempt(gradedBank, agree)).kind).toBe('both');
  });
});

describe('bandsWithin', () => {
  it('lists the bands a range touches, boundaries included', () => {
    expect(bandsWithin({ low: 55, high: 69 })).toEqual(['balanced', 'lean-em']);
    expect(bandsWithin({ low: 60, high: 74 })).toEqual(['lean-em']);
    expect(bandsWithin({ low: 20, high: 80 })).toEqual(['strong-le', 'lean-le', 'balanced', 'lean-em', 'strong-em']);
  });
});

it('shows the range and warnings from bank version 2 on', () => {
  expect([1, 2, 3].map(madeWithEarlierVersion)).toEqual([true, false, false]);
});

describe('opinionsOf', () => {
  const questions = gradedBank.questions;
  it('counts the answers off the middle, and says few below half of the questions', () => {
    expect(opinionsOf(scoreAttempt(gradedBank, neutralAnswers(gradedBank)))).toEqual({
      held: 0,
      total: questions.length,
      few: true,
      pole: null,
    });
    const half = Math.ceil(questions.length / 2);
    const agreeing = (n: number) =>
      Object.fromEntries(questions.map((q, i) => [q.id, i < n ? (q.options[0]?.id ?? '') : (q.options[2]?.id ?? '')]));
    expect(opinionsOf(scoreAttempt(gradedBank, agreeing(half - 1))).few).toBe(true);
    expect(opinionsOf(scoreAttempt(gradedBank, agreeing(half))).few).toBe(false);
  });

  it('says which way the answers that count point', () => {
    const one = questions.find((q) => q.kind === 'statement');
    if (!one) throw new Error('no statement');
    const r = scoreAttempt(gradedBank, { ...neutralAnswers(gradedBank), [one.id]: one.options[0]?.id ?? '' });
    const pole = (one.options[0]?.weights ? (Object.values(one.options[0].weights)[0] ?? 0) : 0) > 0 ? 'em' : 'le';
    expect(opinionsOf(r)).toMatchObject({ held: 1, few: true, pole });
  });
});
