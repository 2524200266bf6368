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

/** How much each side of an area draws a person, -1 (rejects) to 1 (strongly drawn). */
export interface Pulls {
  readonly em: number;
  readonly le: number;
}

/** A person whose two sides of each area draw them independently, each uniform on [-1, 1]. */
export const drawPulls = (prepared: PreparedBank, random: Random): Pulls[] =>
  prepared.dimensions.map(() => ({ em: 2 * random() - 1, le: 2 * random() - 1 }));

/**
 * Answers from separate pulls to each side of each area (the two-sided model): a statement
 * speaking for role r reads agreement 2 * pull_r, a scenario reads level pull_em - pull_le (its
 * areas averaged by its weights), each plus Normal(0, sigma^2), and the nearest option is chosen
 * (on a tie, the milder one). The population's model is the special case pull_le = -pull_em = -theta.
 */
export function twoSidedAnswers(
  prepared: PreparedBank,
  pulls: readonly Pulls[],
  random: Random,
  sigma = SIGMA,
): Answers {
  const pull = (d: number) => pulls[d] ?? { em: 0, le: 0 };
  return Object.fromEntries(
    prepared.ordered.map((q) => {
      let target: number;
      let levels: number[];
      if (q.statement) {
        const { role, dimensions } = q.statement;
        target = (2 * dimensions.reduce((s, d) => s + pull(d)[role], 0)) / Math.max(1, dimensions.length);
        levels = q.options.map((o) => 2 * o.agreement);
      } else {
        let sum = 0;
        let weight = 0;
        q.strongestEm.dims.forEach((w, d) => {
          sum += Math.abs(w) * (pull(d).em - pull(d).le);
          weight += Math.abs(w);
        });
        target = weight > 0 ? sum / weight : 0;
        levels = q.options.map((o) => o.level);
      }
      const noise = sigma > 0 ? sigma * normal(random) : 0;
      return [q.question.id, q.options[nearestMild(levels, target + noise)]?.option.id ?? ''];
    }),
  );
}

/**
 * A persona's answers: the two-sided model without noise, each preference (-2 strongly rejects
 * ... 2 strongly drawn) read as a pull of half of it. So a statement gets the persona's agreement
 * for its role in its area, and a scenario the level (em - le) / 2 of its area: drawn to both
 * sides, or to neither, gives "no preference". Areas the persona does not mention are 0 and 0.
 */
export function personaAnswers(prepared: PreparedBank, persona: Persona): Answers {
  if (persona.randomSeed !== undefined) return randomAnswers(prepared, seeded(persona.randomSeed));
  const prefs = persona.preferences ?? {};
  const pulls = prepared.dimensions.map(({ dimension }) => {
    const p = prefs[dimension.id] ?? { em: 0, le: 0 };
    return { em: p.em / 2, le: p.le / 2 };
  });
  return twoSidedAnswers(prepared, pulls, () => 0.5, 0);
}
