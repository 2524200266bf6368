// The five outcome bands and their thresholds, symmetric around 50.
//
// Why these numbers: the balanced band is 40 < em < 60. Every question pulls only a little on
// its own (in the real bank one answer moves the lean by at most a few points), so from an
// all-neutral attempt at least four answers must change before a result leaves "balanced" (the
// bank validation checks this). "Strong" starts at 75/25: halfway from the edge of the balanced
// band to the extreme, where most answers, not a handful, pull the same way.
export type Band = 'strong-em' | 'lean-em' | 'balanced' | 'lean-le' | 'strong-le';
export type Pole = 'em' | 'le';

export const BANDS: readonly Band[] = ['strong-le', 'lean-le', 'balanced', 'lean-em', 'strong-em'];

/** Distance from 50, in percentage points, where a lean starts and where a strong lean starts. */
export const LEAN_FROM = 10;
export const STRONG_FROM = 25;

/** The band for an exact lean `em - 50 = numerator / denominator` (denominator > 0). */
export function bandOf(numerator: number, denominator: number): Band {
  if (numerator >= STRONG_FROM * denominator) return 'strong-em';
  if (numerator >= LEAN_FROM * denominator) return 'lean-em';
  if (numerator <= -STRONG_FROM * denominator) return 'strong-le';
  if (numerator <= -LEAN_FROM * denominator) return 'lean-le';
  return 'balanced';
}

export const poleOf = (band: Band): Pole | null =>
  band === 'strong-em' || band === 'lean-em' ? 'em' : band === 'balanced' ? null : 'le';
