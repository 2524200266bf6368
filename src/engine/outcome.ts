// What a scored result amounts to, as a kind and a role the words layer names: from the band, and
// for a balanced split from each role's appeal ("both", "neither" or no clear pull). Also which
// bands a retake within the likely range can land in. Facts only; src/words/ says them.
import { BANDS, bandOf, poleOf, type Band, type Pole } from './bands.ts';
import type { Appeal } from './appeal.ts';
import type { Range } from './range.ts';
import type { Result } from './score.ts';

export type OutcomeKind = 'both' | 'neither' | 'no-clear-pull' | 'lean' | 'strong';

export interface Outcome {
  readonly kind: OutcomeKind;
  /** The role the result leans toward; null for a balanced split. */
  readonly pole: Pole | null;
}

/** A balanced lean reads as "both" when each role's appeal is this or more... */
export const BOTH_FROM = 60;
/** ...and as "neither" when each is this or less. */
export const NEITHER_UP_TO = 40;

export function outcomeOf(result: { readonly band: Band; readonly appeal: Appeal }): Outcome {
  const { band, appeal } = result;
  const pole = poleOf(band);
  if (pole) return { kind: band === 'strong-em' || band === 'strong-le' ? 'strong' : 'lean', pole };
  if (appeal.em >= BOTH_FROM && appeal.le >= BOTH_FROM) return { kind: 'both', pole: null };
  if (appeal.em <= NEITHER_UP_TO && appeal.le <= NEITHER_UP_TO) return { kind: 'neither', pole: null };
  return { kind: 'no-clear-pull', pole: null };
}

/** The bands a retake within the range can land in, from Lead Engineer to Engineering Manager. */
export function bandsWithin(range: Range): readonly Band[] {
  const from = BANDS.indexOf(bandOf(range.low - 50, 1));
  const to = BANDS.indexOf(bandOf(range.high - 50, 1));
  return BANDS.slice(from, to + 1);
}

/** The first bank version whose results carry a range and warnings; results of earlier ones show neither. */
export const FIRST_VERSION_WITH_RANGE = 2;
export const madeWithEarlierVersion = (bankVersion: number): boolean => bankVersion < FIRST_VERSION_WITH_RANGE;

/** Below this share of the questions holding an opinion (an answer off the middle), a result rests on few answers. */
export const FEW_OPINIONS_BELOW = 0.5;

export interface Opinions {
  /** Answers off the middle option: the ones that moved the result. */
  readonly held: number;
  readonly total: number;
  /** Fewer than FEW_OPINIONS_BELOW of the questions held an opinion. */
  readonly few: boolean;
  /** Which way those answers point on balance; null when they cancel out or there are none. */
  readonly pole: Pole | null;
}

/** How many answers a result rests on, and which way they point. */
export function opinionsOf(result: Pick<Result, 'contributions' | 'total' | 'lean'>): Opinions {
  const held = result.contributions.filter((c) => c.pole !== null).length;
  const { numerator } = result.lean;
  return {
    held,
    total: result.total,
    few: held < FEW_OPINIONS_BELOW * result.total,
    pole: numerator > 0 ? 'em' : numerator < 0 ? 'le' : null,
  };
}
