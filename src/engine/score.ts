// The scoring engine: answers in, a lean toward Engineering Manager or Lead Engineer out, with
// the reasons behind it. Pure and synchronous; it takes the bank as an argument.
import type { Bank } from './bank-schema.ts';
import { BANDS, bandOf, type Band, type Pole } from './bands.ts';
import { prepareBank, type PreparedBank, type PreparedOption, type PreparedQuestion } from './prepare.ts';

export type Answers = Readonly<Record<string, string>>;

export interface DimensionScore {
  readonly id: string;
  readonly name: string;
  readonly em: string;
  readonly le: string;
  /** -100 (Lead Engineer) to +100 (Engineering Manager). */
  readonly score: number;
}

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

interface Given {
  readonly question: PreparedQuestion;
  readonly chosen: PreparedOption;
}

function readAnswers(prepared: PreparedBank, answers: Answers) {
  const given: Given[] = [];
  const ignored: IgnoredAnswer[] = [];
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = prepared.questions.get(questionId);
    const chosen = typeof optionId === 'string' ? question?.options.get(optionId) : undefined;
    if (!question) ignored.push({ questionId, optionId: String(optionId), reason: 'unknown-question' });
    else if (!chosen) ignored.push({ questionId, optionId: String(optionId), reason: 'unknown-option' });
    else given.push({ question, chosen });
  }
  given.sort((a, b) => a.question.index - b.question.index);
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

function flipToward(prepared: PreparedBank, given: readonly Given[], numerator: number, band: Band, toward: Pole): Flip | null {
  const sign = toward === 'em' ? 1 : -1;
  const moves = given
    .map(({ question, chosen }) => {
      const target = toward === 'em' ? question.strongestEm : question.strongestLe;
      return { question, chosen, target, gain: sign * (target.points - chosen.points) };
    })
    .filter((m) => m.gain > 0)
    .sort((a, b) => b.gain - a.gain || a.question.index - b.question.index);
  let moved = numerator;
  const changes: FlipChange[] = [];
  // The model is linear, so the largest single moves taken first reach a boundary in the fewest steps.
  for (const m of moves) {
    moved += sign * m.gain;
    changes.push({
      questionId: m.question.question.id,
      fromOptionId: m.chosen.option.id,
      toOptionId: m.target.option.id,
      points: (sign * m.gain) / prepared.denominator,
    });
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
  for (const { chosen } of given) {
    numerator += chosen.points;
    chosen.dims.forEach((w, d) => {
      totals[d] = (totals[d] ?? 0) + w;
      if (w > 0) pulledEm[d] = (pulledEm[d] ?? 0) + w;
      else if (w < 0) pulledLe[d] = (pulledLe[d] ?? 0) - w;
    });
  }
  const band = bandOf(numerator, denominator);

  const dimensions = prepared.dimensions.map(({ dimension, reach }, d): DimensionScore => ({
    id: dimension.id,
    name: dimension.name,
    em: dimension.em,
    le: dimension.le,
    score: reach > 0 ? (100 * (totals[d] ?? 0)) / reach : 0,
  }));

  const contributions = given
    .map(({ question, chosen }): Contribution => ({
      questionId: question.question.id,
      optionId: chosen.option.id,
      points: chosen.points / denominator,
      pole: chosen.points > 0 ? 'em' : chosen.points < 0 ? 'le' : null,
      cites: question.question.cites,
    }))
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points));

  const up = band === 'strong-em' ? null : flipToward(prepared, given, numerator, band, 'em');
  const down = band === 'strong-le' ? null : flipToward(prepared, given, numerator, band, 'le');
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
