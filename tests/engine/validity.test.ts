// @vitest-environment node
// `npm run validity`: the simulation reproduces the figures issue 12 measured on bank version 1,
// and its thresholds catch what they are there to catch.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { failures, measure } from '../../scripts/validity.ts';
import { PersonasSchema } from '../../scripts/simulate.ts';
import personasJson from '../fixtures/personas.json';
import { bankV1 } from '../support/banks.ts';

const personas = v.parse(PersonasSchema, personasJson);

describe('validity on the frozen version 1 bank', () => {
  const figures = measure(bankV1, []);

  it('reproduces the retake figures of issue 12: median 3 to 4.5, 95th percentile 10 to 13, about 80% same band', () => {
    expect(figures.retake.median).toBeGreaterThanOrEqual(3);
    expect(figures.retake.median).toBeLessThanOrEqual(4.5);
    expect(figures.retake.p95).toBeGreaterThanOrEqual(10);
    expect(figures.retake.p95).toBeLessThanOrEqual(13);
    expect(figures.retake.sameBand).toBeGreaterThanOrEqual(0.75);
    expect(figures.retake.sameBand).toBeLessThanOrEqual(0.85);
    // The closed-form typical spread agrees with the simulated median within half a point.
    expect(Math.abs(figures.modelSpread - figures.retake.median)).toBeLessThanOrEqual(0.5);
  });

  it('finds strategy and rewards measuring the same thing (about 0.9), and fails that threshold', () => {
    expect([figures.correlation.a, figures.correlation.b]).toEqual(['strategy', 'rewards']);
    expect(figures.correlation.r).toBeGreaterThanOrEqual(0.85);
    expect(failures(figures)).toContainEqual(expect.stringMatching(/^strategy and rewards correlate at 0\.\d\d/));
  });

  it('holds a retake in the range 80% to 98% of the time even on the coarse version 1 scenarios', () => {
    expect(figures.rangeHolds).toBeGreaterThanOrEqual(0.8);
    expect(figures.rangeHolds).toBeLessThanOrEqual(0.98);
  });
});

describe('the personas file', () => {
  it('has at least eight personas with unique ids, each written from article items', () => {
    expect(personas.length).toBeGreaterThanOrEqual(8);
    expect(new Set(personas.map((p) => p.id)).size).toBe(personas.length);
    for (const p of personas) if (p.randomSeed === undefined) expect(p.from.length).toBeGreaterThan(0);
  });

  it('reports a persona whose prediction does not hold', () => {
    const wrong = personas.map((p) =>
      p.id === 'both' ? { ...p, expect: { ...p.expect, headline: ['neither' as const] } } : p,
    );
    expect(failures(measure(bankV1, wrong))).toContain('persona "both" does not get what the article predicts');
  });
});
