// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { TREND, trendPath, trendPoints, yOf } from '../../src/screens/history/trend-layout.ts';

const attempt = (number: number, em: number, low = em - 5, high = em + 5) => ({ number, em, range: { low, high } });

describe('the history chart layout', () => {
  it('puts 100% at the top and 0% at the bottom of the plot, and never outside it', () => {
    expect(yOf(100)).toBe(TREND.top);
    expect(yOf(0)).toBe(TREND.height - TREND.bottom);
    expect(yOf(50)).toBe((yOf(0) + yOf(100)) / 2);
    expect(yOf(-3)).toBe(yOf(0));
    expect(yOf(140)).toBe(yOf(100));
  });

  it('spaces attempts evenly from the left edge of the plot to the right, the range around each dot', () => {
    const points = trendPoints([attempt(1, 70), attempt(2, 50), attempt(5, 30, 20, 41)]);
    expect(points.map((p) => p.x)).toEqual([
      TREND.left,
      (TREND.left + TREND.width - TREND.right) / 2,
      TREND.width - TREND.right,
    ]);
    const last = points[2];
    expect(last?.high).toBe(yOf(41));
    expect(last?.low).toBe(yOf(20));
    expect(last?.high).toBeLessThan(last?.y ?? 0);
    expect(trendPath(points)).toMatch(/^M\d+\.\d \d+\.\d L\d+\.\d \d+\.\d L\d+\.\d \d+\.\d$/);
  });

  it('puts a single attempt in the middle', () => {
    expect(trendPoints([attempt(1, 50)])[0]?.x).toBe((TREND.left + TREND.width - TREND.right) / 2);
  });

  it('labels every attempt while they fit, then about a dozen, always the first and the last', () => {
    expect(trendPoints(Array.from({ length: 12 }, (_, i) => attempt(i + 1, 50))).every((p) => p.labelled)).toBe(true);
    const many = trendPoints(Array.from({ length: 100 }, (_, i) => attempt(i + 1, 50)));
    const labelled = many.filter((p) => p.labelled);
    expect(labelled.length).toBeLessThanOrEqual(13);
    expect(labelled.length).toBeGreaterThanOrEqual(8);
    expect(many[0]?.labelled).toBe(true);
    expect(many[99]?.labelled).toBe(true);
    // Labelled points never crowd: at least 20 units apart.
    const xs = labelled.map((p) => p.x);
    for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(20);
  });
});
