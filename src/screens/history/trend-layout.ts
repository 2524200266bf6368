// Where the history chart puts each attempt: evenly spaced from the oldest (left) to the newest,
// the Engineering Manager share up the side, with its likely range as a bar. Pure, so it is tested
// without a browser.

export const TREND = {
  width: 360,
  height: 200,
  /** Room for the share labels on the left and the attempt numbers below. */
  left: 42,
  right: 10,
  top: 10,
  bottom: 24,
} as const;

export interface TrendInput {
  readonly number: number;
  /** 0 to 100. */
  readonly em: number;
  readonly range: { readonly low: number; readonly high: number };
}

export interface TrendPoint {
  readonly number: number;
  readonly x: number;
  readonly y: number;
  readonly low: number;
  readonly high: number;
  /** Whether its number is written under the axis (not every one fits when there are many). */
  readonly labelled: boolean;
}

/** The y of a share, 100 at the top. */
export const yOf = (share: number): number =>
  TREND.top + ((100 - Math.min(100, Math.max(0, share))) / 100) * (TREND.height - TREND.top - TREND.bottom);

/** The shares the chart marks with a line and a label. */
export const TICKS = [0, 25, 50, 75, 100] as const;

/** Points for attempts given oldest first. One attempt sits in the middle. */
export function trendPoints(attempts: readonly TrendInput[]): TrendPoint[] {
  const plot = TREND.width - TREND.left - TREND.right;
  const n = attempts.length;
  // At most about a dozen numbers fit under the axis; the first and the last are always written.
  const every = Math.max(1, Math.ceil(n / 12));
  return attempts.map((a, i) => ({
    number: a.number,
    x: n === 1 ? TREND.left + plot / 2 : TREND.left + (plot * i) / (n - 1),
    y: yOf(a.em),
    low: yOf(a.range.low),
    high: yOf(a.range.high),
    labelled: i === n - 1 || (i % every === 0 && n - 1 - i >= every / 2),
  }));
}

/** The line through the points, as an SVG path. */
export const trendPath = (points: readonly TrendPoint[]): string =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
