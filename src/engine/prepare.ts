// Per-bank precomputation for the scoring engine: every option's pull as an exact integer, so that
// mirrored answers mirror to the digit, and what the answer model says about each option (its
// level and how much a retake of it varies). Built once per bank and cached.
import type { Bank, Dimension, Option, Question } from './bank-schema.ts';
import type { Pole } from './bands.ts';
import { MEDIAN_ABS_NORMAL, THETA_GRID, binProbabilities, levelBins, varianceOf } from './noise-model.ts';
import { gcd, lcm, weightSum } from './weights.ts';

export interface Contribution {
  readonly questionId: string;
  readonly optionId: string;
  /** Signed pull on `em`, in percentage points: positive toward Engineering Manager. */
  readonly points: number;
  readonly pole: Pole | null;
  readonly cites: readonly string[];
}

export interface PreparedOption {
  readonly option: Option;
  /** Pull on the overall lean in exact units: em - 50 = sum(points) / denominator. */
  readonly points: number;
  /** Scaled weight on each dimension, in the same order as `PreparedBank.dimensions`. */
  readonly dims: readonly number[];
  /** Where the answer model places this option: -2 (Lead Engineer) to +2 (Engineering Manager). */
  readonly level: number;
  /** For a statement: how far it agrees, -1 (strongly disagree) to 1 (strongly agree); else 0. */
  readonly agreement: number;
  /** Expected squared difference (points squared) between a retake's pull and this answer's. */
  readonly retakeVariance: number;
  readonly contribution: Contribution;
}

/** A statement speaks for the role its strongest agreement leans to, in the areas it weighs. */
export interface StatementKey {
  readonly role: Pole;
  /** Indices into `PreparedBank.dimensions`. */
  readonly dimensions: readonly number[];
}

export interface PreparedQuestion {
  readonly index: number;
  readonly question: Question;
  readonly options: readonly PreparedOption[];
  readonly optionById: ReadonlyMap<string, PreparedOption>;
  readonly strongestEm: PreparedOption;
  readonly strongestLe: PreparedOption;
  readonly neutral: PreparedOption | undefined;
  /** The area it weighs most (the first of the bank's order on a tie), for consistency checks. */
  readonly area: number;
  /** Null for scenarios, and for a statement that leans neither way. */
  readonly statement: StatementKey | null;
  /** Average variance of the chosen level across the simulated population, in levels squared. */
  readonly levelNoise: number;
  /** The same for the pull on `em`, in points squared. */
  readonly pointsNoise: number;
}

export interface PreparedDimension {
  readonly dimension: Dimension;
  /** The most this dimension's scaled total can reach either way (0 when nothing measures it). */
  readonly reach: number;
}

export interface PreparedBank {
  readonly bank: Bank;
  readonly questions: ReadonlyMap<string, PreparedQuestion>;
  readonly ordered: readonly PreparedQuestion[];
  readonly dimensions: readonly PreparedDimension[];
  readonly denominator: number;
  /** Statements speaking for each role (for appeal: each counts once). */
  readonly statementCount: { readonly em: number; readonly le: number };
  /** Median absolute difference between two retakes by the same person, in points (typical person). */
  readonly retakeSpread: number;
}


const largestWeight = (q: Question): number =>
  Math.max(0, ...q.options.flatMap((o) => Object.values(o.weights).map(Math.abs)));

export class BankTooLargeError extends Error {
  override name = 'BankTooLargeError';
}

const cache = new WeakMap<Bank, PreparedBank>();

/** Scaled weights per option and the common denominator that keeps every pull an exact integer. */
function exactPoints(bank: Bank) {
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
  return { scaled, reach, denominator, points: rawPoints.map((opts) => opts.map((p) => p / divisor)) };
}

/** The chance of each option at every true position on the population's grid, and the average
 * variance of the chosen level, for one list of levels. They depend on the levels alone, which
 * most questions share (a bank of version 2 has two lists, one per keying), so each list is worked
 * out once per bank: for every question, it was 1,000 normal probabilities, most of the bank's
 * preparation, and about 50 ms of a page's start in a browser that has not yet optimised the code. */
interface LevelGrid {
  readonly p: readonly (readonly number[])[];
  readonly levelNoise: number;
}
/** The grids of one bank's preparation, by list of levels. */
type LevelGrids = Map<string, LevelGrid>;
function levelGrid(grids: LevelGrids, levels: readonly number[]): LevelGrid {
  const key = levels.join(',');
  const kept = grids.get(key);
  if (kept) return kept;
  const bins = levelBins(levels);
  const p = THETA_GRID.map((theta) => binProbabilities(bins, 2 * theta));
  const grid = { p, levelNoise: p.reduce((s, pk) => s + varianceOf(levels, pk), 0) / p.length };
  grids.set(key, grid);
  return grid;
}

/** What the answer model says about one question, from its options' levels and pulls. */
function noiseOf(grids: LevelGrids, points: readonly number[], levels: readonly number[], denominator: number) {
  const emPoints = points.map((p) => p / denominator);
  const grid = levelGrid(grids, levels);
  // One reading per true position on the population's grid: the chance of each option (the
  // grid's), and the mean and variance of the pull that results. Kept in two flat arrays: this
  // runs for every question while a results page starts.
  const readings = grid.p.length;
  const means = new Float64Array(readings);
  const variances = new Float64Array(readings);
  let varianceSum = 0;
  grid.p.forEach((p, r) => {
    let mean = 0;
    p.forEach((pk, k) => {
      mean += pk * (emPoints[k] ?? 0);
    });
    const variance = varianceOf(emPoints, p);
    means[r] = mean;
    variances[r] = variance;
    varianceSum += variance;
  });

  // Per option, the expected squared difference between a retake's pull and this answer's pull,
  // given that this answer was chosen: over the true positions that could have produced this
  // answer, each weighted by how likely it makes this answer, the retake's variance plus the
  // square of how far its mean sits from this answer. Computed for the options pulling toward
  // Engineering Manager and copied to their mirror images, so that mirrored answers get
  // bit-for-bit the same range.
  const expectedAt = (i: number) => {
    const x = emPoints[i] ?? 0;
    let weight = 0;
    let sum = 0;
    grid.p.forEach((p, r) => {
      const w = p[i] ?? 0;
      weight += w;
      sum += w * ((variances[r] ?? 0) + ((means[r] ?? 0) - x) ** 2);
    });
    return weight > 0 ? sum / weight : 0;
  };
  const byPoints = new Map<number, number>();
  points.forEach((p, i) => {
    if (p >= 0) byPoints.set(p, expectedAt(i));
  });
  return {
    retake: points.map((p, i) => byPoints.get(Math.abs(p)) ?? expectedAt(i)),
    levelNoise: grid.levelNoise,
    pointsNoise: varianceSum / readings,
  };
}

export function prepareBank(bank: Bank): PreparedBank {
  const cached = cache.get(bank);
  if (cached) return cached;
  const { scaled, reach, denominator, points } = exactPoints(bank);
  const grids: LevelGrids = new Map();

  const ordered = bank.questions.map((question, index): PreparedQuestion => {
    const qPoints = points[index] ?? [];
    const top = Math.max(0, ...qPoints);
    const levels = qPoints.map((p) => (top > 0 ? (2 * p) / top : 0));
    const noise = noiseOf(grids, qPoints, levels, denominator);
    const first = question.options[0];
    const firstSum = first ? weightSum(first.weights) : 0;
    const options = question.options.map((option, o): PreparedOption => {
      const p = qPoints[o] ?? 0;
      return {
        option,
        points: p,
        dims: scaled[index]?.[o] ?? [],
        level: levels[o] ?? 0,
        agreement: question.kind === 'statement' && firstSum !== 0 ? weightSum(option.weights) / firstSum : 0,
        retakeVariance: noise.retake[o] ?? 0,
        contribution: {
          questionId: question.id,
          optionId: option.id,
          points: p / denominator,
          pole: p > 0 ? 'em' : p < 0 ? 'le' : null,
          cites: question.cites,
        },
      };
    });
    // The strongest answer each way is the one that moves the lean furthest; the weight sum
    // (the bank's own notion of strongest, which validation requires to agree) breaks ties.
    const byPoints = [...options].sort(
      (a, b) => b.points - a.points || weightSum(b.option.weights) - weightSum(a.option.weights),
    );
    const strongestEm = byPoints[0];
    const strongestLe = byPoints[byPoints.length - 1];
    if (!strongestEm || !strongestLe) throw new Error(`question ${question.id} has no options`);

    const direction = strongestEm.dims;
    const area = direction.reduce((best, w, d) => (Math.abs(w) > Math.abs(direction[best] ?? 0) ? d : best), 0);
    const keyed = first ? (scaled[index]?.[0] ?? []) : [];
    const statement: StatementKey | null =
      question.kind === 'statement' && firstSum !== 0
        ? { role: firstSum > 0 ? 'em' : 'le', dimensions: keyed.flatMap((w, d) => (w === 0 ? [] : [d])) }
        : null;

    return {
      index,
      question,
      options,
      optionById: new Map(options.map((p) => [p.option.id, p])),
      strongestEm,
      strongestLe,
      neutral: options.find((p) => p.dims.every((w) => w === 0)),
      area,
      statement,
      levelNoise: noise.levelNoise,
      pointsNoise: noise.pointsNoise,
    };
  });

  const prepared: PreparedBank = {
    bank,
    questions: new Map(ordered.map((q) => [q.question.id, q])),
    ordered,
    dimensions: bank.dimensions.map((dimension, d) => ({ dimension, reach: reach[d] ?? 0 })),
    denominator,
    statementCount: {
      em: ordered.filter((q) => q.statement?.role === 'em').length,
      le: ordered.filter((q) => q.statement?.role === 'le').length,
    },
    // Two retakes differ by Normal(0, 2 * sum of per-question noise) for a typical person.
    retakeSpread: MEDIAN_ABS_NORMAL * Math.sqrt(2 * ordered.reduce((s, q) => s + q.pointsNoise, 0)),
  };
  cache.set(bank, prepared);
  return prepared;
}
