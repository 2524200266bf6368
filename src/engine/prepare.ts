// Per-bank precomputation for the scoring engine: every option's pull as an exact integer, so
// that scoring is a handful of integer additions and mirrored answers mirror to the digit.
import type { Bank, Dimension, Option, Question } from './bank-schema.ts';
import type { Pole } from './bands.ts';

export interface Contribution {
  readonly questionId: string;
  readonly optionId: string;
  /** Signed pull on `em`, in percentage points: positive toward Engineering Manager. */
  readonly points: number;
  readonly pole: Pole | null;
  readonly cites: readonly string[];
}

export interface FlipChange {
  readonly questionId: string;
  readonly fromOptionId: string;
  readonly toOptionId: string;
  readonly points: number;
}

/** Changing this answer to the strongest one toward a pole: how far it moves, in exact units. */
export interface Move {
  readonly gain: number;
  readonly change: FlipChange;
}

export interface PreparedOption {
  readonly option: Option;
  /** Pull on the overall lean in exact units: em - 50 = sum(points) / denominator. */
  readonly points: number;
  /** Scaled weight on each dimension, in the same order as `PreparedBank.dimensions`. */
  readonly dims: readonly number[];
  /** The same weights, only the non-zero ones, as [dimension index, scaled weight] pairs. */
  readonly pulls: readonly (readonly [number, number])[];
  /** What this answer contributes, ready to report (built once per bank, not per result). */
  readonly contribution: Contribution;
  /** The move to the strongest answer toward each pole, or null when this answer is that one. */
  readonly moves: { readonly em: Move | null; readonly le: Move | null };
  /** This option's place among all the bank's options, for the per-result "chosen" marks. */
  readonly slot: number;
}

export interface PreparedQuestion {
  readonly index: number;
  readonly question: Question;
  readonly options: ReadonlyMap<string, PreparedOption>;
  readonly strongestEm: PreparedOption;
  readonly strongestLe: PreparedOption;
  readonly neutral: PreparedOption | undefined;
}

export interface PreparedDimension {
  readonly dimension: Dimension;
  /** The most this dimension's scaled total can reach either way (0 when nothing measures it). */
  readonly reach: number;
}

export interface PreparedBank {
  readonly bank: Bank;
  /** Every option of the bank, largest pull first (bank order on ties): contributions come out ranked. */
  readonly byPull: readonly PreparedOption[];
  /** Options with a move toward each pole, largest move first (bank order on ties): flips come out greedy. */
  readonly byGain: { readonly em: readonly PreparedOption[]; readonly le: readonly PreparedOption[] };
  readonly slots: number;
  readonly questions: ReadonlyMap<string, PreparedQuestion>;
  readonly ordered: readonly PreparedQuestion[];
  readonly dimensions: readonly PreparedDimension[];
  readonly denominator: number;
}

const gcd = (a: number, b: number): number => {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
};
const lcm = (a: number, b: number): number => (a === 0 || b === 0 ? Math.max(a, b) : (a / gcd(a, b)) * b);

const weightSum = (o: Option): number => Object.values(o.weights).reduce((s, w) => s + w, 0);
const largestWeight = (q: Question): number =>
  Math.max(0, ...q.options.flatMap((o) => Object.values(o.weights).map(Math.abs)));

export class BankTooLargeError extends Error {
  override name = 'BankTooLargeError';
}

const cache = new WeakMap<Bank, PreparedBank>();

export function prepareBank(bank: Bank): PreparedBank {
  const cached = cache.get(bank);
  if (cached) return cached;

  const dimIndex = new Map(bank.dimensions.map((d, i) => [d.id, i]));
  // Each answer's weights are divided by its question's largest weight; scaling every question by
  // the common multiple of those largest weights keeps the division exact.
  const scale = bank.questions.reduce((l, q) => lcm(l, largestWeight(q)), 1);
  const scaled = bank.questions.map((q) => {
    const m = largestWeight(q);
    return q.options.map((o) => {
      const dims: number[] = bank.dimensions.map(() => 0);
      for (const [id, w] of Object.entries(o.weights)) {
        const i = dimIndex.get(id);
        if (i !== undefined && m > 0) dims[i] = (w * scale) / m;
      }
      return dims;
    });
  });
  const reach = bank.dimensions.map((_, d) =>
    scaled.reduce((sum, opts) => sum + Math.max(0, ...opts.map((dims) => Math.abs(dims[d] ?? 0))), 0),
  );
  const measured = reach.filter((r) => r > 0);
  // em - 50 = 50 / D * sum_d total_d / reach_d; put every dimension over a common denominator.
  const common = measured.reduce((l, r) => lcm(l, r), 1);
  const rawDenominator = Math.max(1, measured.length) * common;
  const rawPoints = scaled.map((opts) =>
    opts.map((dims) =>
      dims.reduce((s, w, d) => {
        const r = reach[d] ?? 0;
        return r > 0 ? s + 50 * w * (common / r) : s;
      }, 0),
    ),
  );
  const divisor = rawPoints.flat().reduce((g, p) => gcd(g, p), rawDenominator);
  const denominator = rawDenominator / divisor;
  if (!Number.isSafeInteger(denominator * 200 * Math.max(1, bank.questions.length))) {
    throw new BankTooLargeError('the weights are too varied to score exactly; use smaller integers');
  }

  let slot = 0;
  const ordered = bank.questions.map((question, index): PreparedQuestion => {
    const options = question.options.map((option, o) => {
      const dims = scaled[index]?.[o] ?? [];
      const points = (rawPoints[index]?.[o] ?? 0) / divisor;
      return {
        option,
        points,
        dims,
        pulls: dims.flatMap((w, d) => (w === 0 ? [] : [[d, w] as const])),
        contribution: {
          questionId: question.id,
          optionId: option.id,
          points: points / denominator,
          pole: points > 0 ? ('em' as const) : points < 0 ? ('le' as const) : null,
          cites: question.cites,
        },
        moves: { em: null as Move | null, le: null as Move | null },
        slot: slot++,
      };
    });
    // The strongest answer each way is the one that moves the lean furthest; the weight sum
    // (the bank's own notion of strongest, which validation requires to agree) breaks ties.
    const byPoints = [...options].sort((a, b) => b.points - a.points || weightSum(b.option) - weightSum(a.option));
    const first = byPoints[0];
    const last = byPoints[byPoints.length - 1];
    if (!first || !last) throw new Error(`question ${question.id} has no options`);
    for (const from of options) {
      for (const [pole, to, sign] of [
        ['em', first, 1],
        ['le', last, -1],
      ] as const) {
        const gain = sign * (to.points - from.points);
        from.moves[pole] =
          gain > 0
            ? {
                gain,
                change: {
                  questionId: question.id,
                  fromOptionId: from.option.id,
                  toOptionId: to.option.id,
                  points: (sign * gain) / denominator,
                },
              }
            : null;
      }
    }
    return {
      index,
      question,
      options: new Map(options.map((p) => [p.option.id, p])),
      strongestEm: first,
      strongestLe: last,
      neutral: options.find((p) => p.dims.every((w) => w === 0)),
    };
  });

  const all = ordered.flatMap((q) => [...q.options.values()]);
  const gainOf = (o: PreparedOption, pole: Pole) => o.moves[pole]?.gain ?? 0;
  // Array.prototype.sort is stable and `all` is in bank order, so ties keep bank order.
  const byGain = (pole: Pole) => all.filter((o) => o.moves[pole]).sort((a, b) => gainOf(b, pole) - gainOf(a, pole));
  const prepared: PreparedBank = {
    bank,
    byPull: [...all].sort((a, b) => Math.abs(b.points) - Math.abs(a.points)),
    byGain: { em: byGain('em'), le: byGain('le') },
    slots: slot,
    questions: new Map(ordered.map((q) => [q.question.id, q])),
    ordered,
    dimensions: bank.dimensions.map((dimension, d) => ({ dimension, reach: reach[d] ?? 0 })),
    denominator,
  };
  cache.set(bank, prepared);
  return prepared;
}
