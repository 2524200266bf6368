// @vitest-environment node
// The range a retake lands in: closed form from the answer model, within bounds, mirrored exactly.
import { describe, expect, it } from 'vitest';
import { scoreAttempt } from '../../src/engine/score.ts';
import { prepareBank } from '../../src/engine/prepare.ts';
import { Z90 } from '../../src/engine/noise-model.ts';
import { extreme, gradedBank, mirror, neutralAnswers, realBank } from '../support/banks.ts';
import { drawPositions, seeded, steadyAnswers } from '../../scripts/simulate.ts';

describe('range', () => {
  it('is the single point 50 when nothing is answered', () => {
    expect(scoreAttempt(gradedBank, {}).range).toEqual({ low: 50, high: 50 });
  });

  it('sits symmetrically around 50 for all-neutral answers', () => {
    const { range } = scoreAttempt(gradedBank, neutralAnswers(gradedBank));
    expect(range.low).toBeLessThan(50);
    expect(range.high).toBe(100 - range.low);
  });

  it('is clamped at the extremes and never excludes the result', () => {
    const em = scoreAttempt(gradedBank, extreme(gradedBank, 1));
    expect(em.em).toBe(100);
    expect(em.range.high).toBe(100);
    expect(em.range.low).toBeLessThan(100);
    const le = scoreAttempt(gradedBank, extreme(gradedBank, -1));
    expect(le.range).toEqual({ low: 100 - em.range.high, high: 100 - em.range.low });
  });

  it('is em +- 1.645 sqrt(sum of the chosen options prepared retake differences), rounded outward', () => {
    const answers: Record<string, string> = {
      ...neutralAnswers(realBank),
      'team-expansion': 'hiring',
      'hunt-hard-bugs': 'agree',
    };
    const r = scoreAttempt(realBank, answers);
    const prepared = prepareBank(realBank);
    const sum = prepared.ordered.reduce(
      (s, q) => s + (q.optionById.get(answers[q.question.id] ?? '')?.retakeVariance ?? 0),
      0,
    );
    const half = Z90 * Math.sqrt(sum);
    expect(r.range).toEqual({ low: Math.floor(r.em - half), high: Math.ceil(r.em + half) });
  });

  it('mirrors: mirrored answers give [100 - high, 100 - low]', () => {
    const answers = { 'strategy-0': 'agree', 'people-4': 'definitely-b', 'risk-1': 'strongly-disagree' };
    const r = scoreAttempt(gradedBank, answers);
    expect(scoreAttempt(gradedBank, mirror(gradedBank, answers)).range).toEqual({
      low: 100 - r.range.high,
      high: 100 - r.range.low,
    });
  });

  it('holds a simulated retake 80% to 98% of the time (answer model, fixed seed)', () => {
    const prepared = prepareBank(gradedBank);
    const random = seeded(12);
    let holds = 0;
    const people = 1000;
    for (let i = 0; i < people; i++) {
      const theta = drawPositions(prepared, random);
      const first = scoreAttempt(gradedBank, steadyAnswers(prepared, theta, random));
      const second = scoreAttempt(gradedBank, steadyAnswers(prepared, theta, random));
      if (second.em >= first.range.low && second.em <= first.range.high) holds++;
    }
    expect(holds / people).toBeGreaterThanOrEqual(0.8);
    expect(holds / people).toBeLessThanOrEqual(0.98);
  });
});
