// Warnings that qualify a result: a deal-breaker (leaning toward a role while rejecting what the
// article calls core to it) and answers that contradict one another the way random answering does.
import type { DealBreaker } from './bank-schema.ts';
import { poleOf, type Band, type Pole } from './bands.ts';
import { DISAGREE_APPEAL, type AreaAppeal } from './appeal.ts';
import type { PreparedBank, PreparedOption } from './prepare.ts';

export type Warning =
  | { readonly id: 'inconsistent' }
  | {
      readonly id: `deal-breaker:${string}`;
      readonly dimension: string;
      readonly role: Pole;
      /** The article items (drawbacks) the warning quotes. */
      readonly cites: readonly string[];
    };

/**
 * `deal-breaker:<dimension>` for every rule whose role the result leans toward (a lean or a strong
 * lean) while the person's appeal for that role in that dimension is at "Disagree" or below.
 */
export function dealBreakerWarnings(
  rules: readonly DealBreaker[],
  prepared: PreparedBank,
  band: Band,
  byArea: readonly AreaAppeal[],
): Warning[] {
  const pole = poleOf(band);
  if (!pole) return [];
  return rules.flatMap((rule): Warning[] => {
    if (rule.role !== pole) return [];
    const d = prepared.dimensions.findIndex((x) => x.dimension.id === rule.dimension);
    const appeal = byArea[d]?.[rule.role];
    // A tiny tolerance: appeal is a mean of exact quarters, computed in floating point.
    return appeal != null && appeal <= DISAGREE_APPEAL + 1e-9
      ? [{ id: `deal-breaker:${rule.dimension}`, dimension: rule.dimension, role: rule.role, cites: rule.cites }]
      : [];
  });
}

/**
 * Scatter ratio from which answers are flagged as inconsistent. Fixed from the simulation of the
 * version 1 bank (noise-model.ts), before the version 2 bank existed: there, steady respondents'
 * ratio has median 1.15 and 99th percentile 2.2, uniformly random answers' has median 3.8 and
 * 5th percentile 2.4. From 2.2, about 1% of steady respondents and 98% of random answer sets are
 * flagged.
 */
export const INCONSISTENT_FROM = 2.2;

/** Too few answers beyond what the fit uses up say nothing about consistency. */
const MIN_FREE_ANSWERS = 8;

/**
 * How much the answers scatter within each area, beyond what the answer model's noise explains:
 * about 1 for a steady respondent, several times that for random answers; null with too few
 * answers. Each answer's level toward Engineering Manager (-2 to 2) is first corrected for the
 * person's acquiescence (their mean agreement over all statements, so agreeing with everything
 * is a style, not a contradiction), then compared with the mean of its area.
 */
export function scatterRatio(prepared: PreparedBank, chosen: readonly (PreparedOption | undefined)[]): number | null {
  let agreeSum = 0;
  let statements = 0;
  for (const q of prepared.ordered) {
    const option = chosen[q.index];
    if (option && q.statement) {
      agreeSum += 2 * option.agreement;
      statements++;
    }
  }
  const acquiescence = statements > 0 ? agreeSum / statements : 0;
  const sums = prepared.dimensions.map(() => ({ n: 0, sum: 0, square: 0 }));
  let answered = 0;
  let noise = 0;
  for (const q of prepared.ordered) {
    const option = chosen[q.index];
    const area = sums[q.area];
    if (!option || !area) continue;
    const keyed = q.statement ? (q.statement.role === 'em' ? 1 : -1) : 0;
    const y = option.level - keyed * acquiescence;
    area.n++;
    area.sum += y;
    area.square += y * y;
    answered++;
    noise += q.levelNoise;
  }
  const areas = sums.filter((a) => a.n > 0).length;
  const free = answered - areas - (statements > 0 ? 1 : 0);
  if (free < MIN_FREE_ANSWERS || noise <= 0) return null;
  const scatter = sums.reduce((s, a) => (a.n > 0 ? s + a.square - (a.sum * a.sum) / a.n : s), 0);
  return scatter / free / (noise / answered);
}
