// @vitest-environment node
// Appeal: one-sided statements count toward the role they speak for, and only toward it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreAttempt } from '../../src/engine/score.ts';
import { weightSum } from '../../src/engine/weights.ts';
import { answersArb, bankArb, gradedBank, neutralAnswers, realBank, tinyBank } from '../support/banks.ts';

describe('appeal on a fixture bank', () => {
  // tinyBank: s1 speaks for Engineering Manager (alpha), s3 too (gamma); s2 and s4 for Lead Engineer.
  it.each([
    ['all neutral', neutralAnswers(tinyBank), { em: 50, le: 50 }],
    ['nothing answered', {}, { em: 50, le: 50 }],
    ['strongly agree with one EM statement', { s1: 'strongly-agree' }, { em: 75, le: 50 }],
    ['agree with one EM statement', { s1: 'agree' }, { em: 62.5, le: 50 }],
    [
      'strongly disagree with both EM statements',
      { s1: 'strongly-disagree', s3: 'strongly-disagree' },
      { em: 0, le: 50 },
    ],
    ['disagree with one LE statement', { s2: 'disagree' }, { em: 50, le: 37.5 }],
    [
      'agree with everything',
      { s1: 'strongly-agree', s2: 'strongly-agree', s3: 'strongly-agree', s4: 'strongly-agree' },
      { em: 100, le: 100 },
    ],
    ['only the scenario, either way', { pick: 'em' }, { em: 50, le: 50 }],
    ['only the scenario, the other way', { pick: 'le' }, { em: 50, le: 50 }],
  ] as const)('%s', (_name, answers, appeal) => {
    expect(scoreAttempt(tinyBank, answers).appeal).toEqual(appeal);
  });

  it('gives each area its own appeal, null where a role has no statement there', () => {
    const r = scoreAttempt(gradedBank, { 'people-1': 'strongly-disagree', 'people-3': 'disagree' });
    const people = r.dimensions.find((d) => d.id === 'people');
    // people-1 and people-3 speak for Engineering Manager, people-0 and people-2 for Lead Engineer.
    expect(people?.appeal).toEqual({ em: 50 + (50 * (-1 - 0.5)) / 2, le: 50 });
    const one = scoreAttempt(tinyBank, { s1: 'agree' });
    expect(one.dimensions.map((d) => d.appeal)).toEqual([
      { em: 75, le: 50 },
      { em: 50, le: 50 },
    ]);
  });

  it('is exactly 50 and 50 for all-neutral answers on the real bank', () => {
    expect(scoreAttempt(realBank, neutralAnswers(realBank)).appeal).toEqual({ em: 50, le: 50 });
  });

  it('never moves the other role: changing a statement changes only its own role', () => {
    fc.assert(
      fc.property(
        bankArb.chain((bank) => fc.tuple(fc.constant(bank), answersArb(bank), fc.nat())),
        ([bank, answers, n]) => {
          const q = bank.questions[n % bank.questions.length];
          if (!q) return;
          const before = scoreAttempt(bank, answers).appeal;
          for (const o of q.options) {
            const after = scoreAttempt(bank, { ...answers, [q.id]: o.id }).appeal;
            if (q.kind === 'scenario') expect(after).toEqual(before);
            else {
              const first = weightSum(q.options[0]?.weights ?? {});
              const other = first > 0 ? 'le' : 'em';
              expect(after[other]).toBe(before[other]);
            }
          }
        },
      ),
    );
  });
});
