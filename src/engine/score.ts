// The scoring engine: answers in, a lean toward Engineering Manager or Lead Engineer out, with
// the reasons behind it. Pure and synchronous; it takes the bank as an argument.
import type { Bank } from './bank-schema.ts';
import { BANDS, bandOf, type Band, type Pole } from './bands.ts';
import { prepareBank, type Contribution, type FlipChange, type PreparedBank, type PreparedOption } from './prepare.ts';

export type Answers = Readonly<Record<string, string>>;

export interface DimensionScore {
  readonly id: string;
  readonly name: string;
  readonly em: string;
  readonly le: string;
  /** -100 (Lead Engineer) to +100 (Engineering Manager). */
  readonly score: number;
}

export type { Contribution, FlipChange };

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
  readonly dimensions: readonly DimensionScore[];
  readonly contributions: readonly Contribution[];
  /** The fewest answer changes that move the result into another band, or null if none can. */
  readonly flips: Flip | null;
  readonly consistency: readonly Tension[];
  readonly answered: number;
  readonly total: number;
  readonly ignored: readonly IgnoredAnswer[];
}

function readAnswers(prepared: PreparedBank, answers: Answers) {
  const given: PreparedOption[] = [];
  const ignored: IgnoredAnswer[] = [];
  let seen = 0;
  // In bank order, so the result never depends on the order the answers came in.
  for (const question of prepared.ordered) {
    const questionId = question.question.id;
    if (!Object.hasOwn(answers, questionId)) continue;
    seen++;
    const optionId: unknown = answers[questionId];
    const chosen = typeof optionId === 'string' ? question.options.get(optionId) : undefined;
    if (chosen) given.push(chosen);
    else ignored.push({ questionId, optionId: String(optionId), reason: 'unknown-option' });
  }
  const ids = Object.keys(answers);
  if (ids.length !== seen) {
    for (const questionId of ids) {
      if (!prepared.questions.has(questionId)) {
        ignored.push({ questionId, optionId: String(answers[questionId]), reason: 'unknown-question' });
      }
    }
  }
  return { given, ignored };
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
  chosen: Uint8Array,
  numerator: number,
  band: Band,
  toward: Pole,
): Flip | null {
  const sign = toward === 'em' ? 1 : -1;
  let moved = numerator;
  const changes: FlipChange[] = [];
  // The model is linear, so the largest single moves taken first reach a boundary in the fewest
  // steps; the bank's moves are kept in that order, so this walks them and stops at the boundary.
  for (const option of prepared.byGain[toward]) {
    const move = option.moves[toward];
    if (!move || chosen[option.slot] !== 1) continue;
    moved += sign * move.gain;
    changes.push(move.change);
    if (crosses(moved, prepared.denominator, band, toward)) {
      return { toward, band: bandOf(moved, prepared.denominator), changes };
    }
  }
  return null;
}

export function scoreAttempt(bank: Bank, answers: Answers): Result {
  const prepared = prepareBank(bank);
  const { given, ignored } = readAnswers(prepared, answers);
  const { denominator } = prepared;

  let numerator = 0;
  const totals = prepared.dimensions.map(() => 0);
  const pulledEm = prepared.dimensions.map(() => 0);
  const pulledLe = prepared.dimensions.map(() => 0);
  const chosen = new Uint8Array(prepared.slots);
  for (const option of given) {
    chosen[option.slot] = 1;
    numerator += option.points;
    for (const [d, w] of option.pulls) {
      totals[d] = (totals[d] ?? 0) + w;
      if (w > 0) pulledEm[d] = (pulledEm[d] ?? 0) + w;
      else pulledLe[d] = (pulledLe[d] ?? 0) - w;
    }
  }
  const band = bandOf(numerator, denominator);

  const dimensions = prepared.dimensions.map(({ dimension, reach }, d): DimensionScore => ({
    id: dimension.id,
    name: dimension.name,
    em: dimension.em,
    le: dimension.le,
    score: reach > 0 ? (100 * (totals[d] ?? 0)) / reach : 0,
  }));

  // Already ranked: the bank's options are kept largest pull first.
  const contributions: Contribution[] = [];
  for (const option of prepared.byPull) if (chosen[option.slot] === 1) contributions.push(option.contribution);

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

  return {
    em: 50 + numerator / denominator,
    emPercent: 50 + roundHalfAway(numerator, denominator),
    lean: { numerator, denominator },
    band,
    dimensions,
    contributions,
    flips,
    consistency,
    answered: given.length,
    total: prepared.ordered.length,
    ignored,
  };
}
