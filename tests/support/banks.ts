// Small fixture banks and a fast-check generator of valid, symmetric banks for engine tests.
import fc from 'fast-check';
import * as v from 'valibot';
import { BankSchema, type Bank, type DealBreaker } from '../../src/engine/bank-schema.ts';
import type { Answers } from '../../src/engine/score.ts';
import { weightSum } from '../../src/engine/weights.ts';
import bankJson from '../../data/questions.json';
import bankV1Json from '../../data/questions-v1.json';

export const realBank: Bank = v.parse(BankSchema, bankJson);
/** The frozen version 1 bank, which still scores attempts made with it. */
export const bankV1: Bank = v.parse(BankSchema, bankV1Json);

const statement = (id: string, dim: string, sign: 1 | -1) => ({
  id,
  kind: 'statement' as const,
  prompt: `Statement ${id}`,
  cites: ['key-differences-1'],
  options: [
    { id: 'strongly-agree', label: 'Strongly agree', weights: { [dim]: 2 * sign } },
    { id: 'agree', label: 'Agree', weights: { [dim]: sign } },
    { id: 'not-sure', label: 'Not sure', weights: {} },
    { id: 'disagree', label: 'Disagree', weights: { [dim]: -sign } },
    { id: 'strongly-disagree', label: 'Strongly disagree', weights: { [dim]: -2 * sign } },
  ],
});

/** Two dimensions, one scenario and four statements keyed both ways. */
export const tinyBank: Bank = {
  version: 1,
  dimensions: [
    { id: 'alpha', name: 'Alpha vs beta', em: 'Alpha', le: 'Beta', cites: [] },
    { id: 'gamma', name: 'Gamma vs delta', em: 'Gamma', le: 'Delta', cites: [] },
  ],
  questions: [
    {
      id: 'pick',
      kind: 'scenario',
      prompt: 'Pick one',
      cites: ['scenarios-em-1', 'scenarios-le-1'],
      options: [
        { id: 'em', label: 'Manage', weights: { alpha: 1, gamma: 1 } },
        { id: 'both', label: 'Both equally', weights: {} },
        { id: 'le', label: 'Build', weights: { alpha: -1, gamma: -1 } },
      ],
    },
    statement('s1', 'alpha', 1),
    statement('s2', 'alpha', -1),
    statement('s3', 'gamma', 1),
    statement('s4', 'gamma', -1),
  ],
};

const AREAS = ['strategy', 'people', 'resources', 'communication', 'quality', 'risk', 'growth'] as const;

const graded = (id: string, dim: string, sign: 1 | -1) => ({
  id,
  kind: 'scenario' as const,
  prompt: `Scenario ${id}`,
  cites: ['scenarios-em-1', 'scenarios-le-1'],
  options: [
    { id: 'definitely-a', label: 'Definitely A', weights: { [dim]: 2 * sign } },
    { id: 'rather-a', label: 'Rather A', weights: { [dim]: sign } },
    { id: 'no-preference', label: 'No preference', weights: {} },
    { id: 'rather-b', label: 'Rather B', weights: { [dim]: -sign } },
    { id: 'definitely-b', label: 'Definitely B', weights: { [dim]: -2 * sign } },
  ],
});

/**
 * A bank in the version 2 shape (five graded options everywhere, one-sided statements, deal
 * breakers): for each of the seven areas two statements for each role and one scenario, in an
 * order that mixes areas and keys.
 */
export const gradedBank: Bank & { readonly dealBreakers: readonly DealBreaker[] } = {
  version: 2,
  dimensions: AREAS.map((id) => ({ id, name: `${id} area`, em: `${id} (EM)`, le: `${id} (LE)`, cites: [] })),
  questions: [0, 1, 2, 3, 4].flatMap((round) =>
    AREAS.map((dim, a) => {
      const id = `${dim}-${round}`;
      if (round === 4) return graded(id, dim, a % 2 === 0 ? 1 : -1);
      return statement(id, dim, (round + a) % 2 === 0 ? 1 : -1);
    }),
  ),
  dealBreakers: [
    { dimension: 'people', role: 'em', cites: ['em-drawbacks-5'] },
    { dimension: 'strategy', role: 'le', cites: ['le-drawbacks-1'] },
  ],
};

/** Banks whose every question offers multiples k * v of one positive vector v, k in -K..K. */
export const bankArb: fc.Arbitrary<Bank> = fc
  .record({
    dims: fc.integer({ min: 1, max: 4 }),
    questions: fc.array(
      fc.record({
        k: fc.integer({ min: 1, max: 2 }),
        base: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
        statement: fc.boolean(),
      }),
      { minLength: 1, maxLength: 10 },
    ),
  })
  .map(({ dims, questions }) => {
    const dimIds = Array.from({ length: dims }, (_, i) => `d${i}`);
    return {
      version: 1,
      dimensions: dimIds.map((id) => ({ id, name: id, em: `${id}+`, le: `${id}-`, cites: [] })),
      questions: questions.map((q, i) => {
        const base: number[] = dimIds.map((_, d) => q.base[d] ?? 0);
        if (!base.some((w) => w !== 0)) base[i % dims] = 1;
        const ks = Array.from({ length: 2 * q.k + 1 }, (_, j) => q.k - j);
        return {
          id: `q${i}`,
          kind: q.statement ? ('statement' as const) : ('scenario' as const),
          prompt: `Question ${i}`,
          cites: ['key-differences-1'],
          options: ks.map((k) => ({
            id: `o${k + q.k}`,
            label: `k=${k}`,
            weights: Object.fromEntries(
              dimIds.flatMap((id, d) => ((base[d] ?? 0) * k !== 0 ? [[id, (base[d] ?? 0) * k]] : [])),
            ),
          })),
        };
      }),
    };
  });

/** Any answers to a bank: each question answered with one of its options, or left out. */
export const answersArb = (bank: Bank): fc.Arbitrary<Answers> =>
  fc
    .tuple(...bank.questions.map((q) => fc.option(fc.constantFrom(...q.options.map((o) => o.id)), { nil: undefined })))
    .map((picks) =>
      Object.fromEntries(bank.questions.flatMap((q, i) => (picks[i] === undefined ? [] : [[q.id, picks[i]]]))),
    );

/** Every question answered. */
export const fullAnswersArb = (bank: Bank): fc.Arbitrary<Answers> =>
  fc
    .tuple(...bank.questions.map((q) => fc.constantFrom(...q.options.map((o) => o.id))))
    .map((picks) => Object.fromEntries(bank.questions.map((q, i) => [q.id, picks[i] ?? ''])));

/** The option of each question with the highest (sign 1) or lowest (sign -1) weight sum. */
export const extreme = (bank: Bank, sign: 1 | -1): Record<string, string> =>
  Object.fromEntries(
    bank.questions.map((q) => [
      q.id,
      [...q.options].sort((a, b) => sign * (weightSum(b.weights) - weightSum(a.weights)))[0]?.id ?? '',
    ]),
  );

export const neutralAnswers = (bank: Bank): Record<string, string> =>
  Object.fromEntries(
    bank.questions.map((q) => [q.id, q.options.find((o) => Object.values(o.weights).every((w) => w === 0))?.id ?? '']),
  );

/** The option whose weights are the negation of the chosen one. */
export function mirror(bank: Bank, answers: Answers): Record<string, string> {
  return Object.fromEntries(
    Object.entries(answers).map(([qid, oid]) => {
      const q = bank.questions.find((x) => x.id === qid);
      const chosen = q?.options.find((o) => o.id === oid);
      const key = (w: Readonly<Record<string, number>>, s: number) =>
        Object.entries(w)
          .filter(([, x]) => x !== 0)
          .map(([k, x]) => `${k}:${s * x}`)
          .sort()
          .join(',');
      const target = chosen && q?.options.find((o) => key(o.weights, 1) === key(chosen.weights, -1));
      return [qid, target?.id ?? oid];
    }),
  );
}
