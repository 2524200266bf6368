// The range a retake lands in about 90% of the time, in closed form from the answer model
// (noise-model.ts). Each answer is a noisy reading of the person's true position; prepare.ts
// works out once per bank, for every option, the expected squared difference between a retake's
// pull on that question and this answer's. Questions are answered independently, so the
// retake's difference from this result has variance about sum(d_i), and the half-width is
// 1.645 * sqrt of it. Nothing is simulated per result.
import { Z90 } from './noise-model.ts';
import type { PreparedOption } from './prepare.ts';

export interface Range {
  /** Whole points on the `em` scale, 0 <= low <= em <= high <= 100. */
  readonly low: number;
  readonly high: number;
}

/** `lean` is em - 50 exactly as the engine computed it; the bounds are rounded outward. */
export function rangeOf(lean: number, chosen: readonly (PreparedOption | undefined)[]): Range {
  let variance = 0;
  for (const option of chosen) variance += option?.retakeVariance ?? 0;
  const half = Z90 * Math.sqrt(variance);
  // Rounded in lean space, where mirrored answers give exactly -lean: floor(-x) = -ceil(x), so
  // the mirrored range is exactly [100 - high, 100 - low].
  return {
    low: Math.max(0, 50 + Math.floor(lean - half)),
    high: Math.min(100, 50 + Math.ceil(lean + half)),
  };
}
