// The answer model behind the range, the retake spread, the `inconsistent` warning and
// `npm run validity`. Written down once here; docs/scoring.md explains it.
//
// A respondent has a true position per area, theta in [-1, 1] (-1 Lead Engineer, +1 Engineering
// Manager). Each question's options sit on levels from -2 to +2 toward Engineering Manager (a
// graded question's five options at 2, 1, 0, -1, -2; the three-option scenarios of bank
// version 1 at 2, 0, -2). Answering reads a latent value 2 * theta + e, e ~ Normal(0, SIGMA^2),
// and picks the option whose level is nearest. A question that weighs several areas uses their
// positions averaged by its weights. The population the figures describe draws each area's
// theta independently and uniformly from [-1, 1].

/** Answer noise, in levels (one level = one step from "Agree" to "Strongly agree"). */
export const SIGMA = 0.7;

/** The simulated population: each area's true position, independently, uniform on [-1, 1]. */
export const THETA_RANGE = 1;

/** About 90% of a normal variable lies within 1.645 standard deviations of its mean. */
export const Z90 = 1.6449;

/** The median of |X| for X ~ Normal(0, 1). */
export const MEDIAN_ABS_NORMAL = 0.6745;

// Abramowitz and Stegun 7.1.26: erf to within 1.5e-7, plenty for probabilities of answers.
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return x >= 0 ? y : -y;
}

export const normalCdf = (x: number): number => 0.5 * (1 + erf(x / Math.SQRT2));

/** Per option, the interval of latent values that picks it and how many options share its level. */
export interface LevelBin {
  readonly lower: number;
  readonly upper: number;
  readonly shared: number;
}

export function levelBins(levels: readonly number[]): LevelBin[] {
  const distinct = [...new Set(levels)].sort((a, b) => a - b);
  return levels.map((level) => {
    const i = distinct.indexOf(level);
    return {
      lower: i > 0 ? ((distinct[i - 1] ?? level) + level) / 2 : -Infinity,
      upper: i < distinct.length - 1 ? ((distinct[i + 1] ?? level) + level) / 2 : Infinity,
      shared: levels.filter((l) => l === level).length,
    };
  });
}

/** How likely each option is to be chosen when the latent value's mean is `mean`. */
export const binProbabilities = (bins: readonly LevelBin[], mean: number, sigma = SIGMA): number[] =>
  bins.map((b) => (normalCdf((b.upper - mean) / sigma) - normalCdf((b.lower - mean) / sigma)) / b.shared);

/** The option a noisy reading of `latent` picks: the one whose level is nearest (first on a tie). */
export function nearestLevel(levels: readonly number[], latent: number): number {
  let best = 0;
  levels.forEach((level, i) => {
    if (Math.abs(level - latent) < Math.abs((levels[best] ?? 0) - latent)) best = i;
  });
  return best;
}

/** Variance of `values[i]` when option i comes up with probability `p[i]`. */
export function varianceOf(values: readonly number[], p: readonly number[]): number {
  let mean = 0;
  let square = 0;
  values.forEach((x, i) => {
    mean += (p[i] ?? 0) * x;
    square += (p[i] ?? 0) * x * x;
  });
  return Math.max(0, square - mean * mean);
}

/** Points on a grid over the population's positions, for averages over it (midpoint rule). */
const GRID = 100;
export const THETA_GRID: readonly number[] = Array.from(
  { length: GRID },
  (_, i) => -THETA_RANGE + ((i + 0.5) * 2 * THETA_RANGE) / GRID,
);
