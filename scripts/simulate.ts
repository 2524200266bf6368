// Simulated respondents for `npm run validity` and the engine's persona tests: a seeded random
// number generator, the answer model of src/engine/noise-model.ts turned into answer sets, and
// the rule that turns a persona's preferences into answers.
import * as v from 'valibot';
import { SIGMA, THETA_RANGE, nearestLevel } from '../src/engine/noise-model.ts';
import type { PreparedBank, PreparedQuestion } from '../src/engine/prepare.ts';
import type { Answers } from '../src/engine/score.ts';

export type Random = () => number;

/** mulberry32: a small, fast, seeded generator; the same seed gives the same figures everywhere. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box-Muller). */
export function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A person of the simulated population: each area's true position uniform on [-1, 1]. */
export const drawPositions = (prepared: PreparedBank, random: Random): number[] =>
  prepared.dimensions.map(() => THETA_RANGE * (2 * random() - 1));

/** The question's reading of a person: the areas it weighs, averaged by its weights. */
function positionFor(q: PreparedQuestion, theta: readonly number[]): number {
  let sum = 0;
  let weight = 0;
  q.strongestEm.dims.forEach((w, d) => {
    sum += Math.abs(w) * (theta[d] ?? 0);
    weight += Math.abs(w);
  });
  return weight > 0 ? sum / weight : 0;
}

/** One take by a steady respondent: latent 2 * theta + Normal(0, sigma^2), nearest option. */
export function steadyAnswers(
  prepared: PreparedBank,
  theta: readonly number[],
  random: Random,
  sigma = SIGMA,
): Answers {
  return Object.fromEntries(
    prepared.ordered.map((q) => {
      const latent = 2 * positionFor(q, theta) + sigma * normal(random);
      const i = nearestLevel(
        q.options.map((o) => o.level),
        latent,
      );
      return [q.question.id, q.options[i]?.option.id ?? ''];
    }),
  );
}

/** Every question answered with one of its options, uniformly at random. */
export const randomAnswers = (prepared: PreparedBank, random: Random): Answers =>
  Object.fromEntries(
    prepared.ordered.map((q) => [q.question.id, q.options[Math.floor(random() * q.options.length)]?.option.id ?? '']),
  );

const Level = v.pipe(v.number(), v.integer(), v.minValue(-2), v.maxValue(2));
const Band = v.picklist(['strong-em', 'lean-em', 'balanced', 'lean-le', 'strong-le']);
const HeadlineKind = v.picklist(['both', 'neither', 'no-clear-pull', 'lean', 'strong']);

export const PersonaSchema = v.strictObject({
  id: v.string(),
  name: v.string(),
  /** The article items the persona is written from. */
  from: v.array(v.string()),
  /** What the article predicts for this person, and why. */
  why: v.string(),
  /** Per area, how much each side draws the person: -2 strongly rejects ... 2 strongly drawn. */
  preferences: v.optional(v.record(v.string(), v.strictObject({ em: Level, le: Level }))),
  /** Instead of preferences: answers uniformly at random with this seed. */
  randomSeed: v.optional(v.number()),
  expect: v.strictObject({
    /** Any of these bands (the article rarely says how strong). */
    band: v.array(Band),
    headline: v.array(HeadlineKind),
    warnings: v.array(v.string()),
  }),
});
export const PersonasSchema = v.array(PersonaSchema);
export type Persona = v.InferOutput<typeof PersonaSchema>;

/** The option whose level is nearest the target; on a tie the milder one. */
function nearestMild(levels: readonly number[], target: number): number {
  let best = 0;
  levels.forEach((level, i) => {
    const d = Math.abs(level - target);
    const bestLevel = levels[best] ?? 0;
    const bestD = Math.abs(bestLevel - target);
    if (d < bestD || (d === bestD && Math.abs(level) < Math.abs(bestLevel))) best = i;
  });
  return best;
}

/**
 * A persona's answers, without noise. A statement speaking for role r in area a is answered
 * with the agreement the persona gives r in a (2 strongly agree ... -2 strongly disagree). A
 * scenario weighing area a is answered at level em - le there (clamped to -2..2): drawn to both
 * sides, or to neither, gives "no preference". Areas the persona does not mention are 0 and 0.
 */
export function personaAnswers(prepared: PreparedBank, persona: Persona): Answers {
  if (persona.randomSeed !== undefined) return randomAnswers(prepared, seeded(persona.randomSeed));
  const prefs = persona.preferences ?? {};
  const pref = (d: number) => prefs[prepared.dimensions[d]?.dimension.id ?? ''] ?? { em: 0, le: 0 };
  return Object.fromEntries(
    prepared.ordered.map((q) => {
      let target: number;
      let levels: number[];
      if (q.statement) {
        const { role, dimensions } = q.statement;
        target = dimensions.reduce((s, d) => s + pref(d)[role], 0) / Math.max(1, dimensions.length);
        levels = q.options.map((o) => 2 * o.agreement);
      } else {
        let sum = 0;
        let weight = 0;
        q.strongestEm.dims.forEach((w, d) => {
          sum += Math.abs(w) * (pref(d).em - pref(d).le);
          weight += Math.abs(w);
        });
        target = Math.max(-2, Math.min(2, weight > 0 ? sum / weight : 0));
        levels = q.options.map((o) => o.level);
      }
      return [q.question.id, q.options[nearestMild(levels, target)]?.option.id ?? ''];
    }),
  );
}
