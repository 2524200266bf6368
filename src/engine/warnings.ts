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
 * Scatter ratio from which answers are flagged as inconsistent. In the simulations of
 * `npm run validity` (noise-model.ts), steady respondents' ratio has a median of about 1 and a
 * 99th percentile of 2 (version 2 bank; 2.9 on version 1, whose questions weigh several areas
 * each), uniformly random answers' a median of about 4 and a 5th percentile of 2.3 to 2.6. From
 * 2.5: version 2 flags about 0% of steady respondents and 96% of random answer sets, version 1
 * about 3% and 92%. (First fixed at 2.2 on version 1 with one acquiescence per person; that
 * flagged a quarter of people who like both sides of some areas and neither side of others, so
 * acquiescence is now taken per area and the threshold raised to keep version 1 under 5%.)
 */
export const INCONSISTENT_FROM = 2.5;

/** Too few answers beyond what the fit uses up say nothing about consistency. */
const MIN_FREE_ANSWERS = 8;

/**
 * How much the answers scatter within each area, beyond what the answer model's noise explains:
 * about 1 for a steady respondent, several times that for random answers; null with too few
 * answers. Each answer's level toward Engineering Manager (-2 to 2) is first corrected for the
 * person's acquiescence in its area (their mean agreement with the area's statements, so agreeing
 * with both sides, or with everything, is a style, not a contradiction), then compared with the
 * mean of its area.
 */
export function scatterRatio(prepared: PreparedBank, chosen: readonly (PreparedOption | undefined)[]): number | null {
  const agreeSums = prepared.dimensions.map(() => ({ n: 0, sum: 0 }));
  for (const q of prepared.ordered) {
    const option = chosen[q.index];
    const a = agreeSums[q.area];
    if (option && q.statement && a) {
      a.sum += 2 * option.agreement;
      a.n++;
    }
  }
  const acquiescence = (area: number) => {
    const a = agreeSums[area];
    return a && a.n > 0 ? a.sum / a.n : 0;
  };
  const sums = prepared.dimensions.map(() => ({ n: 0, sum: 0, square: 0 }));
  let answered = 0;
  let noise = 0;
  for (const q of prepared.ordered) {
    const option = chosen[q.index];
    const area = sums[q.area];
    if (!option || !area) continue;
    const keyed = q.statement ? (q.statement.role === 'em' ? 1 : -1) : 0;
    const y = option.level - keyed * acquiescence(q.area);
    area.n++;
    area.sum += y;
    area.square += y * y;
    answered++;
    noise += q.levelNoise;
  }
  const areas = sums.filter((a) => a.n > 0).length;
  const free = answered - areas - agreeSums.filter((a) => a.n > 0).length;
  if (free < MIN_FREE_ANSWERS || noise <= 0) return null;
  const scatter = sums.reduce((s, a) => (a.n > 0 ? s + a.square - (a.sum * a.sum) / a.n : s), 0);
  return scatter / free / (noise / answered);
}
