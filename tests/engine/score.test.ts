// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreAttempt, type Answers } from '../../src/engine/score.ts';
import { bandOf } from '../../src/engine/bands.ts';
import { prepareBank } from '../../src/engine/prepare.ts';
import { weightSum } from '../../src/engine/weights.ts';
import type { Bank } from '../../src/engine/bank-schema.ts';
import {
  answersArb,
  bankArb,
  extreme,
  fullAnswersArb,
  mirror,
  neutralAnswers,
  realBank,
  tinyBank,
} from '../support/banks.ts';

describe('scoreAttempt on a fixture bank', () => {
  // tinyBank: alpha and gamma each reach 1 (the scenario) + 1 + 1 (two statements, weights / 2) = 3.
  it.each([
    ['all neutral', { pick: 'both', s1: 'not-sure', s2: 'not-sure', s3: 'not-sure', s4: 'not-sure' }, 50, 'balanced'],
    [
      'everything toward EM',
      { pick: 'em', s1: 'strongly-agree', s2: 'strongly-disagree', s3: 'strongly-agree', s4: 'strongly-disagree' },
      100,
      'strong-em',
    ],
    [
      'everything toward LE',
      { pick: 'le', s1: 'strongly-disagree', s2: 'strongly-agree', s3: 'strongly-disagree', s4: 'strongly-agree' },
      0,
      'strong-le',
    ],
    [
      'agree with everything',
      { pick: 'both', s1: 'strongly-agree', s2: 'strongly-agree', s3: 'strongly-agree', s4: 'strongly-agree' },
      50,
      'balanced',
    ],
    ['only the scenario, toward EM', { pick: 'em' }, 50 + 50 * (1 / 3), 'lean-em'],
    ['one statement agreed', { s1: 'agree' }, 50 + 50 * (0.5 / 3 / 2), 'balanced'],
    ['two strong EM statements', { s1: 'strongly-agree', s3: 'strongly-agree' }, 50 + 50 * (1 / 3), 'lean-em'],
    [
      'scenario LE and both LE statements',
      { pick: 'le', s2: 'strongly-agree', s4: 'strongly-agree' },
      50 - 50 * (2 / 3),
      'strong-le',
    ],
  ] as const)('%s', (_name, answers, em, band) => {
    const result = scoreAttempt(tinyBank, answers);
    expect(result.em).toBeCloseTo(em, 10);
    expect(result.band).toBe(band);
  });

  it('reports each dimension from -100 to +100 with its poles', () => {
    const result = scoreAttempt(tinyBank, { pick: 'em', s1: 'strongly-agree', s4: 'strongly-agree' });
    expect(result.dimensions).toEqual([
      {
        id: 'alpha',
        name: 'Alpha vs beta',
        em: 'Alpha',
        le: 'Beta',
        score: expect.closeTo(200 / 3, 9),
        appeal: { em: 100, le: 50 },
      },
      { id: 'gamma', name: 'Gamma vs delta', em: 'Gamma', le: 'Delta', score: 0, appeal: { em: 50, le: 100 } },
    ]);
  });

  it('ranks contributions by how far they pulled, with their cites', () => {
    const result = scoreAttempt(tinyBank, { s1: 'agree', pick: 'le', s3: 'not-sure' });
    expect(result.contributions.map((c) => [c.questionId, c.pole])).toEqual([
      ['pick', 'le'],
      ['s1', 'em'],
      ['s3', null],
    ]);
    expect(result.contributions[0]?.cites).toEqual(['scenarios-em-1', 'scenarios-le-1']);
    expect(result.answered).toBe(3);
    expect(result.total).toBe(5);
  });

  it('notes dimensions where answers pulled hard both ways', () => {
    const result = scoreAttempt(tinyBank, { s1: 'strongly-agree', s2: 'strongly-agree', s3: 'agree' });
    expect(result.consistency.map((t) => t.dimensionId)).toEqual(['alpha']);
    expect(result.consistency[0]).toMatchObject({ towardEm: 100 / 3, towardLe: 100 / 3 });
  });

  it('ignores unknown question and option ids without throwing', () => {
    const result = scoreAttempt(tinyBank, { gone: 'em', pick: 'nope', s1: 'agree', ['__proto__']: 'x' } as Answers);
    expect(result.answered).toBe(1);
    expect(result.ignored).toEqual(
      expect.arrayContaining([
        { questionId: 'gone', optionId: 'em', reason: 'unknown-question' },
        { questionId: 'pick', optionId: 'nope', reason: 'unknown-option' },
      ]),
    );
  });

  it('says which answers would change the result', () => {
    const result = scoreAttempt(tinyBank, neutralAnswers(tinyBank));
    expect(result.flips?.changes.length).toBe(1);
    expect(result.flips?.changes[0]).toMatchObject({ questionId: 'pick', fromOptionId: 'both' });
  });
});

const applyFlip = (answers: Answers, result: ReturnType<typeof scoreAttempt>): Answers => ({
  ...answers,
  ...Object.fromEntries((result.flips?.changes ?? []).map((c) => [c.questionId, c.toOptionId])),
});

/** Whether any set of `size` changes to `answers` reaches another band (exhaustive, small banks only). */
function someSmallerSetFlips(bank: Bank, answers: Answers, size: number): boolean {
  const start = scoreAttempt(bank, answers).band;
  const ids = Object.keys(answers);
  const search = (from: number, left: number, current: Answers): boolean => {
    if (scoreAttempt(bank, current).band !== start) return true;
    if (left === 0) return false;
    for (let i = from; i < ids.length; i++) {
      const q = bank.questions.find((x) => x.id === ids[i]);
      for (const o of q?.options ?? []) {
        if (o.id !== answers[ids[i] ?? ''] && search(i + 1, left - 1, { ...current, [ids[i] ?? '']: o.id }))
          return true;
      }
    }
    return false;
  };
  return search(0, size, answers);
}

describe('properties over generated banks', () => {
  const bankAndAnswers = bankArb.chain((bank) => fc.tuple(fc.constant(bank), answersArb(bank)));

  it('stays in bounds and is deterministic in any answer order', () => {
    fc.assert(
      fc.property(bankAndAnswers, ([bank, answers]) => {
        const r = scoreAttempt(bank, answers);
        expect(r.em).toBeGreaterThanOrEqual(0);
        expect(r.em).toBeLessThanOrEqual(100);
        expect(r.range.low).toBeGreaterThanOrEqual(0);
        expect(r.range.low).toBeLessThanOrEqual(r.em);
        expect(r.range.high).toBeGreaterThanOrEqual(r.em);
        expect(r.range.high).toBeLessThanOrEqual(100);
        for (const a of [r.appeal.em, r.appeal.le]) expect(a >= 0 && a <= 100).toBe(true);
        for (const d of r.dimensions) expect(Math.abs(d.score)).toBeLessThanOrEqual(100);
        const reversed = Object.fromEntries(Object.entries(answers).reverse());
        expect(scoreAttempt(bank, reversed)).toEqual(r);
      }),
    );
  });

  it('mirrors exactly: mirrored answers give 100 - em', () => {
    fc.assert(
      fc.property(bankAndAnswers, ([bank, answers]) => {
        const r = scoreAttempt(bank, answers);
        const m = scoreAttempt(bank, mirror(bank, answers));
        expect(m.lean.numerator + r.lean.numerator).toBe(0);
        expect(m.emPercent).toBe(100 - r.emPercent);
        expect(m.em).toBeCloseTo(100 - r.em, 9);
        expect(m.range).toEqual({ low: 100 - r.range.high, high: 100 - r.range.low });
      }),
    );
  });

  it('never lowers em when one answer moves toward Engineering Manager', () => {
    fc.assert(
      fc.property(
        bankArb.chain((bank) => fc.tuple(fc.constant(bank), fullAnswersArb(bank), fc.nat())),
        ([bank, answers, n]) => {
          const q = bank.questions[n % bank.questions.length];
          if (!q) return;
          const chosen = q.options.find((o) => o.id === answers[q.id]);
          for (const o of q.options) {
            if (chosen && weightSum(o.weights) >= weightSum(chosen.weights)) {
              expect(scoreAttempt(bank, { ...answers, [q.id]: o.id }).lean.numerator).toBeGreaterThanOrEqual(
                scoreAttempt(bank, answers).lean.numerator,
              );
            }
          }
        },
      ),
    );
  });

  it('reaches both extremes and sits at 50 when neutral', () => {
    fc.assert(
      fc.property(bankArb, (bank) => {
        expect(scoreAttempt(bank, extreme(bank, 1))).toMatchObject({ band: 'strong-em', em: 100 });
        expect(scoreAttempt(bank, extreme(bank, -1))).toMatchObject({ band: 'strong-le', em: 0 });
        expect(scoreAttempt(bank, neutralAnswers(bank))).toMatchObject({ band: 'balanced', em: 50 });
      }),
    );
  });

  it('gives flips that change the band, and no smaller set does', () => {
    const small = bankArb.filter((b) => b.questions.length <= 5);
    fc.assert(
      fc.property(
        small.chain((bank) => fc.tuple(fc.constant(bank), fullAnswersArb(bank))),
        ([bank, answers]) => {
          const r = scoreAttempt(bank, answers);
          if (!r.flips) return;
          const flipped = scoreAttempt(bank, applyFlip(answers, r));
          expect(flipped.band).not.toBe(r.band);
          expect(flipped.band).toBe(r.flips.band);
          expect(someSmallerSetFlips(bank, answers, r.flips.changes.length - 1)).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the real bank', () => {
  it('gives strong-em at 90 or more for the strongest Engineering Manager answers', () => {
    const r = scoreAttempt(realBank, extreme(realBank, 1));
    expect(r.band).toBe('strong-em');
    expect(r.em).toBeGreaterThanOrEqual(90);
  });

  it('gives strong-le at 10 or less for the strongest Lead Engineer answers', () => {
    const r = scoreAttempt(realBank, extreme(realBank, -1));
    expect(r.band).toBe('strong-le');
    expect(r.em).toBeLessThanOrEqual(10);
  });

  it('gives exactly 50 and balanced for neutral answers, and for agreeing with every statement', () => {
    expect(scoreAttempt(realBank, neutralAnswers(realBank))).toMatchObject({ em: 50, band: 'balanced' });
    const agree = Object.fromEntries(
      realBank.questions.flatMap((q) => (q.kind === 'statement' ? [[q.id, 'strongly-agree']] : [])),
    );
    expect(scoreAttempt(realBank, { ...neutralAnswers(realBank), ...agree }).band).toBe('balanced');
  });

  it('needs at least four changes to leave balanced from all-neutral', () => {
    expect(scoreAttempt(realBank, neutralAnswers(realBank)).flips?.changes.length).toBeGreaterThanOrEqual(4);
  });

  it('mirrors, stays monotone and flips correctly on real answers', () => {
    fc.assert(
      fc.property(fullAnswersArb(realBank), (answers) => {
        const r = scoreAttempt(realBank, answers);
        expect(scoreAttempt(realBank, mirror(realBank, answers)).emPercent).toBe(100 - r.emPercent);
        const flips = r.flips;
        if (flips) {
          expect(scoreAttempt(realBank, applyFlip(answers, r)).band).toBe(flips.band);
          // Minimality: the largest moves available, one fewer of them, cannot cross either way.
          const prepared = prepareBank(realBank);
          const gains = (sign: 1 | -1) =>
            realBank.questions
              .map((q) => {
                const p = prepared.questions.get(q.id);
                const chosen = p?.optionById.get(answers[q.id] ?? '');
                const target = sign === 1 ? p?.strongestEm : p?.strongestLe;
                return sign * ((target?.points ?? 0) - (chosen?.points ?? 0));
              })
              .sort((a, b) => b - a)
              .slice(0, flips.changes.length - 1)
              .reduce((s, g) => s + g, 0);
          const d = r.lean.denominator;
          expect(bandOf(r.lean.numerator + gains(1), d)).toBe(r.band);
          expect(bandOf(r.lean.numerator - gains(-1), d)).toBe(r.band);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('has no bias: 20,000 random respondents average 50 +- 2, EM and LE bands equally often', () => {
    const seed = 20261129;
    const sample = fc.sample(fullAnswersArb(realBank), { numRuns: 20_000, seed });
    let sum = 0;
    let em = 0;
    let le = 0;
    for (const answers of sample) {
      const r = scoreAttempt(realBank, answers);
      sum += r.em;
      if (r.band === 'lean-em' || r.band === 'strong-em') em++;
      if (r.band === 'lean-le' || r.band === 'strong-le') le++;
    }
    expect(Math.abs(sum / sample.length - 50)).toBeLessThanOrEqual(2);
    expect(Math.abs(em - le) / sample.length).toBeLessThanOrEqual(0.03);
  });
});
