// The scoring engine: answers in, a lean toward Engineering Manager or Lead Engineer out, with
// the reasons behind it. Pure and synchronous; it takes the bank as an argument.
import type { Bank } from './bank-schema.ts';
import { BANDS, bandOf, type Band, type Pole } from './bands.ts';
import { appealOf, type Appeal, type AreaAppeal } from './appeal.ts';
import { prepareBank, type Contribution, type PreparedBank, type PreparedOption } from './prepare.ts';
import { rangeOf, type Range } from './range.ts';
import { INCONSISTENT_FROM, dealBreakerWarnings, scatterRatio, type Warning } from './warnings.ts';

export type Answers = Readonly<Record<string, string>>;

export interface DimensionScore {
  readonly id: string;
  readonly name: string;
  readonly em: string;
  readonly le: string;
  /** -100 (Lead Engineer) to +100 (Engineering Manager). */
  readonly score: number;
  /** Each role's appeal from its statements in this area (null where it has none). */
  readonly appeal: AreaAppeal;
}

export type { Appeal, Contribution, Range, Warning };

export interface FlipChange {
  readonly questionId: string;
  readonly fromOptionId: string;
  readonly toOptionId: string;
  readonly points: number;
}

export interface Flip {
  readonly toward: Pole;
  readonly band: Band;
  readonly changes: readonly FlipChange[];
}

export interface Tension {
  readonly dimensionId: string;
  /** How far answers pulled each way, as a share (0-100) of the dimension's reach. */
  readonly towardEm: number;
  readonly towardLe: number;
}

export interface IgnoredAnswer {
  readonly questionId: string;
  readonly optionId: string;
  readonly reason: 'unknown-question' | 'unknown-option';
}

export interface Result {
  /** Share toward Engineering Manager, 0 to 100; the Lead Engineer share is 100 - em. */
  readonly em: number;
  /** `em` rounded half away from 50, so a mirrored attempt shows exactly 100 - emPercent. */
  readonly emPercent: number;
  /** The exact lean: em - 50 = lean.numerator / lean.denominator. */
  readonly lean: { readonly numerator: number; readonly denominator: number };
  readonly band: Band;
  /** Where a retake with the same preferences lands about 90% of the time (whole points of em). */
  readonly range: Range;
  /** Each role's pull from its own statements, 0-100, 50 = no preference; not a mirror of em. */
  readonly appeal: Appeal;
  readonly warnings: readonly Warning[];
  readonly dimensions: readonly DimensionScore[];
  readonly contributions: readonly Contribution[];
  /** The fewest answer changes that move the result into another band, or null if none can. */
  readonly flips: Flip | null;
  readonly consistency: readonly Tension[];
  readonly answered: number;
  readonly total: number;
  readonly ignored: readonly IgnoredAnswer[];
}

/**
 * Looks up each answer in the bank: the chosen option per question (by bank position, so the
 * result never depends on the order the answers came in) and the answers that match nothing.
 */
function matchAnswersToBank(prepared: PreparedBank, answers: Answers) {
  const chosen: (PreparedOption | undefined)[] = prepared.ordered.map(() => undefined);
  const ignored: IgnoredAnswer[] = [];
  for (const question of prepared.ordered) {
    const questionId = question.question.id;
    if (!Object.hasOwn(answers, questionId)) continue;
    const optionId: unknown = answers[questionId];
    const option = typeof optionId === 'string' ? question.optionById.get(optionId) : undefined;
    if (option) chosen[question.index] = option;
    else ignored.push({ questionId, optionId: String(optionId), reason: 'unknown-option' });
  }
  for (const questionId of Object.keys(answers)) {
    if (!prepared.questions.has(questionId)) {
      ignored.push({ questionId, optionId: String(answers[questionId]), reason: 'unknown-question' });
    }
  }
  return { chosen, ignored };
}

const roundHalfAway = (numerator: number, denominator: number): number =>
  Math.sign(numerator) * Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));

function crosses(numerator: number, denominator: number, band: Band, toward: Pole): boolean {
  const from = BANDS.indexOf(band);
  const to = BANDS.indexOf(bandOf(numerator, denominator));
  return toward === 'em' ? to > from : to < from;
}

/** Fewer changes wins; on a tie, the one that needs the smaller total move (the nearer boundary). */
function nearer(a: Flip, b: Flip): Flip {
  if (a.changes.length !== b.changes.length) return a.changes.length < b.changes.length ? a : b;
  const size = (f: Flip) => f.changes.reduce((s, c) => s + Math.abs(c.points), 0);
  return size(a) <= size(b) ? a : b;
}

function flipToward(
  prepared: PreparedBank,
  chosen: readonly (PreparedOption | undefined)[],
  numerator: number,
  band: Band,
  toward: Pole,
): Flip | null {
  const sign = toward === 'em' ? 1 : -1;
  const moves = prepared.ordered.flatMap((q) => {
    const from = chosen[q.index];
    const to = toward === 'em' ? q.strongestEm : q.strongestLe;
    const gain = from ? sign * (to.points - from.points) : 0;
    return from && gain > 0 ? [{ gain, from, to, questionId: q.question.id }] : [];
  });
  // The model is linear, so the largest single moves taken first reach a boundary in the fewest
  // steps. The sort is stable, so equal moves keep bank order.
  moves.sort((a, b) => b.gain - a.gain);
  let moved = numerator;
  const changes: FlipChange[] = [];
  for (const move of moves) {
    moved += sign * move.gain;
    changes.push({
      questionId: move.questionId,
      fromOptionId: move.from.option.id,
      toOptionId: move.to.option.id,
      points: (sign * move.gain) / prepared.denominator,
    });
    if (crosses(moved, prepared.denominator, band, toward)) {
      return { toward, band: bandOf(moved, prepared.denominator), changes };
    }
  }
  return null;
}

export function scoreAttempt(bank: Bank, answers: Answers): Result {
  const prepared = prepareBank(bank);
  const { chosen, ignored } = matchAnswersToBank(prepared, answers);
  const { denominator } = prepared;

  let numerator = 0;
  const totals = prepared.dimensions.map(() => 0);
  const pulledEm = prepared.dimensions.map(() => 0);
  const pulledLe = prepared.dimensions.map(() => 0);
  for (const option of chosen) {
    if (!option) continue;
    numerator += option.points;
    option.dims.forEach((w, d) => {
      totals[d] = (totals[d] ?? 0) + w;
      if (w > 0) pulledEm[d] = (pulledEm[d] ?? 0) + w;
      else pulledLe[d] = (pulledLe[d] ?? 0) - w;
    });
  }
  const band = bandOf(numerator, denominator);
  const { appeal, byArea } = appealOf(prepared, chosen);

  const dimensions = prepared.dimensions.map(({ dimension, reach }, d): DimensionScore => ({
    id: dimension.id,
    name: dimension.name,
    em: dimension.em,
    le: dimension.le,
    score: reach > 0 ? (100 * (totals[d] ?? 0)) / reach : 0,
    appeal: byArea[d] ?? { em: null, le: null },
  }));

  // Largest pull first; the sort is stable, so equal pulls keep bank order.
  const contributions = chosen
    .flatMap((option) => (option ? [option.contribution] : []))
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points));

  const up = band === 'strong-em' ? null : flipToward(prepared, chosen, numerator, band, 'em');
  const down = band === 'strong-le' ? null : flipToward(prepared, chosen, numerator, band, 'le');
  const flips = up && down ? nearer(up, down) : (up ?? down);

  const consistency = prepared.dimensions.flatMap(({ dimension, reach }, d): Tension[] => {
    const em = pulledEm[d] ?? 0;
    const le = pulledLe[d] ?? 0;
    // "Pulled hard both ways": at least a quarter of the dimension's reach in each direction.
    return reach > 0 && 4 * Math.min(em, le) >= reach
      ? [{ dimensionId: dimension.id, towardEm: (100 * em) / reach, towardLe: (100 * le) / reach }]
      : [];
  });

  const scatter = scatterRatio(prepared, chosen);
  const warnings: Warning[] = [
    ...dealBreakerWarnings(bank.dealBreakers ?? [], prepared, band, byArea),
    ...(scatter !== null && scatter >= INCONSISTENT_FROM ? [{ id: 'inconsistent' as const }] : []),
  ];

  return {
    em: 50 + numerator / denominator,
    emPercent: 50 + roundHalfAway(numerator, denominator),
    lean: { numerator, denominator },
    band,
    range: rangeOf(numerator / denominator, chosen),
    appeal,
    warnings,
    dimensions,
    contributions,
    flips,
    consistency,
    answered: chosen.filter((o) => o !== undefined).length,
    total: prepared.ordered.length,
    ignored,
  };
}

/** Median absolute difference between two honest retakes of this bank, in points, for a typical person. */
export const retakeSpread = (bank: Bank): number => prepareBank(bank).retakeSpread;
