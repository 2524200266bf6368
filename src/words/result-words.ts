// The words of a results page, from a scored and explained result: the headline, the split with
// its range, why in a sentence, the warnings in a line and in full, what would change it and the
// next steps. The page and the copied summary both read them, so they always say the same thing;
// `person` writes them for your own result ("your answers") or a shared one ("their answers").
import type { Article } from '../engine/bank-schema.ts';
import { indexArticle } from '../engine/article-index.ts';
import { poleOf, type Pole } from '../engine/bands.ts';
import type { Explanation, Quote } from '../engine/explain.ts';
import { bandsWithin, opinionsOf, outcomeOf, type OutcomeKind } from '../engine/outcome.ts';
import type { DimensionScore, Result } from '../engine/score.ts';
import { A_ROLE, BAND_WORDS, ROLE, otherPole } from './roles.ts';
import { capital, listText, lower } from './text.ts';

export type Person = 'you' | 'they';

const WORDS: Record<Person, { readonly subject: string; readonly possessive: string; readonly object: string }> = {
  you: { subject: 'you', possessive: 'your', object: 'you' },
  they: { subject: 'they', possessive: 'their', object: 'them' },
};

export interface HeadlineWords {
  readonly kind: OutcomeKind;
  readonly pole: Pole | null;
  readonly text: string;
  /** One sentence on what the headline rests on, or what to look at next. */
  readonly detail: string;
}

/** What each outcome's headline says, the same of you and of someone else where it names no one. */
const HEADLINE_TEXT: Record<Person, Record<'both' | 'neither', string>> = {
  you: { both: 'Both paths fit you', neither: 'Neither role pulls you much' },
  they: { both: 'Both paths fit them', neither: 'Neither role pulls them much' },
};
const headlineText = (kind: OutcomeKind, pole: Pole | null, person: Person): string => {
  if (kind === 'both' || kind === 'neither') return HEADLINE_TEXT[person][kind];
  if (kind === 'no-clear-pull' || !pole) return 'No clear pull toward either role';
  return `${kind === 'strong' ? 'A strong lean' : 'A lean'} toward ${ROLE[pole]}`;
};

/** One sentence on what the headline rests on, or what to look at next. */
const DETAIL: Record<Person, Record<OutcomeKind, string>> = {
  you: {
    strong: 'Most of your answers pull the same way.',
    lean: 'A clear but moderate lean: some of your answers pull the other way.',
    both: 'You agreed with what each role offers, and neither side outweighs the other.',
    neither:
      'You disagreed with much of what each role offers. Before choosing either, look at what you want to keep and what you want to leave in your work today, and at what the two roles share.',
    'no-clear-pull': 'Your answers pull both ways about equally.',
  },
  they: {
    strong: 'Most of their answers pull the same way.',
    lean: 'A clear but moderate lean: some of their answers pull the other way.',
    both: 'They agreed with what each role offers, and neither side outweighs the other.',
    neither: 'They disagreed with much of what each role offers.',
    'no-clear-pull': 'Their answers pull both ways about equally.',
  },
};

/** The headline of a result: yours, or written about someone else's. */
export function headlineWords(result: Pick<Result, 'band' | 'appeal'>, person: Person): HeadlineWords {
  const { kind, pole } = outcomeOf(result);
  return { kind, pole, text: headlineText(kind, pole, person), detail: DETAIL[person][kind] };
}

/** "62% Engineering Manager, likely 55 to 69", from the side the result leans to; without the range for an earlier version's result. */
export function splitText(result: Pick<Result, 'band' | 'emPercent' | 'range'>, withRange: boolean): string {
  const le = poleOf(result.band) === 'le';
  const share = le ? `${100 - result.emPercent}% ${ROLE.le}` : `${result.emPercent}% ${ROLE.em}`;
  if (!withRange) return share;
  const { low, high } = result.range;
  return le ? `${share}, likely ${100 - high} to ${100 - low}` : `${share}, likely ${low} to ${high}`;
}

/** The other side's share: "38% Lead Engineer". */
export function otherShareText(result: Pick<Result, 'band' | 'emPercent'>): string {
  return poleOf(result.band) === 'le' ? `${result.emPercent}% ${ROLE.em}` : `${100 - result.emPercent}% ${ROLE.le}`;
}

/** When the likely range reaches another band: "A retake could also read as balanced." Else null. */
export function crossingText(result: Pick<Result, 'band' | 'range'>): string | null {
  const others = bandsWithin(result.range).filter((b) => b !== result.band);
  if (others.length === 0) return null;
  return `A retake could also read as ${listText(
    others.map((b) => BAND_WORDS[b]),
    'or',
  )}.`;
}

/** An area leans when its score is at least this far from even. */
const AREA_LEANS_FROM = 15;

const leaningAreas = (dimensions: readonly DimensionScore[], pole: Pole): string[] =>
  dimensions
    .filter((d) => (pole === 'em' ? d.score >= AREA_LEANS_FROM : d.score <= -AREA_LEANS_FROM))
    .sort((a, b) => Math.abs(b.score) - Math.abs(a.score))
    .map((d) => lower(pole === 'em' ? d.em : d.le));

/** One or two sentences of why, naming the areas that pulled most in plain words. */
export function whyText(result: Pick<Result, 'band' | 'dimensions'>, person: Person): string {
  const w = WORDS[person];
  const pole = poleOf(result.band);
  if (pole) {
    const main = leaningAreas(result.dimensions, pole).slice(0, 3);
    const against = leaningAreas(result.dimensions, otherPole(pole))[0];
    const first =
      main.length > 0
        ? `Most of the pull toward ${ROLE[pole]} came from ${w.possessive} answers on ${listText(main)}.`
        : `${capital(w.possessive)} answers lean a little toward ${ROLE[pole]} in many areas at once.`;
    return against ? `${first} The strongest pull the other way: ${against}.` : first;
  }
  const em = leaningAreas(result.dimensions, 'em').slice(0, 2);
  const le = leaningAreas(result.dimensions, 'le').slice(0, 2);
  if (em.length === 0 && le.length === 0) return `No area of ${w.possessive} answers leans either way.`;
  if (em.length > 0 && le.length > 0)
    return `${capital(w.possessive)} answers on ${listText(em)} pull toward ${ROLE.em}, those on ${listText(le)} toward ${ROLE.le}, and the two about cancel out.`;
  const [areas, toward] = em.length > 0 ? [em, ROLE.em] : [le, ROLE.le];
  return `Only ${listText(areas)} ${areas.length === 1 ? 'pulls' : 'pull'} ${w.object} toward ${toward}, not far enough to tip the balance.`;
}

/** When most answers sat in the middle: how many the result rests on, and which way they point. Else null. */
export function opinionsText(result: Pick<Result, 'contributions' | 'total' | 'lean'>, person: Person): string | null {
  const o = opinionsOf(result);
  if (!o.few || o.held === 0) return null;
  const rest = o.total - o.held;
  const those = o.held === 1 ? 'That one leans' : `Those ${o.held} lean`;
  const way = o.pole ? `${those} toward ${ROLE[o.pole]}.` : `Those ${o.held} pull both ways equally.`;
  return `This result rests on ${o.held} of ${WORDS[person].possessive} ${o.total} answers: the other ${rest} ${rest === 1 ? 'was' : 'were'} in the middle or left unanswered. ${way}`;
}

export interface WarningWords {
  readonly id: string;
  /** The one line on the first screen. */
  readonly line: string;
  /** What opens the rest of it on the page, under the line. */
  readonly more: string;
  readonly title: string;
  readonly body: string;
  /** The drawbacks from the article a deal-breaker quotes, word for word: the page shows the first, the summary all. */
  readonly quotes: readonly Quote[];
}

/** The result's warnings in words; none for a result of an earlier version of the quiz. */
export function warningWords(
  result: Pick<Result, 'warnings' | 'dimensions'>,
  article: Article,
  person: Person,
): WarningWords[] {
  const w = WORDS[person];
  const items = indexArticle(article);
  return result.warnings.map((warning): WarningWords => {
    if (warning.id === 'inconsistent') {
      return {
        id: warning.id,
        line: `${capital(w.possessive)} answers contradict one another about as much as random ones: read this result lightly.`,
        more: 'What this means',
        title: 'Answers that contradict one another',
        body: `Within an area, some of ${w.possessive} answers point one way and others the opposite way, as often as random answers do. The split and its range assume steady answers; a retake, answered slowly, would tell more.`,
        quotes: [],
      };
    }
    const area = result.dimensions.find((d) => d.id === warning.dimension);
    const core = lower(area ? (warning.role === 'em' ? area.em : area.le) : warning.dimension);
    const role = ROLE[warning.role];
    return {
      id: warning.id,
      line: `${capital(w.subject)} rejected ${core}, much of what ${A_ROLE[warning.role]} does.`,
      more: 'Why this matters',
      title: `Leaning toward ${role} without ${core}`,
      body: `${capital(w.subject)} disagreed with what the quiz said about ${core} in the ${role} role. The article counts it among the role’s costs:`,
      quotes: warning.cites.flatMap((id) => {
        const found = items.get(id);
        return found ? [{ itemId: id, text: found.item.text, heading: found.heading }] : [];
      }),
    };
  });
}

/** Areas where answers pulled hard both ways: shown beside the areas, unless the answers as a whole look random. */
export function mixedAreas(
  result: Pick<Result, 'warnings'>,
  explanation: Pick<Explanation, 'tensions'>,
): readonly string[] {
  if (result.warnings.some((w) => w.id === 'inconsistent')) return [];
  return explanation.tensions.map((t) => t.name);
}

/** What would change the result, as one sentence before the list of answers. */
export function flipText(flip: NonNullable<Explanation['flip']>): string {
  const n = flip.steps.length;
  return `${n === 1 ? 'One answer' : `${n} answers`} would move the result to ${BAND_WORDS[flip.band]}, the fewest it takes.`;
}

/** Next steps that fit the outcome: someone drawn to neither role is not told to try a piece of each. */
export function nextSteps(kind: OutcomeKind, pole: Pole | null): readonly string[] {
  if (pole === 'em')
    return [
      'Ask to mentor a newer engineer, or to run the onboarding of the next hire.',
      'Offer to own a piece of planning: a roadmap, a budget request or a cross-team project.',
      'Ask your manager about a tech lead role on the way: many managers come that way.',
    ];
  if (pole === 'le')
    return [
      'Own a technical decision end to end: the proposal, the options, the follow-through.',
      'Lead the code reviews or the technical documentation of one part of your system.',
      'Mentor a junior engineer in the technical side of their work.',
    ];
  if (kind === 'neither')
    return [
      'Write down what you want to keep in your work today and what you want to leave: the quiz asked only about these two roles.',
      'Read what the two roles share, under “More from the article”: if that is what tires you, another team, company or specialism may suit you better than either role.',
      'Ask someone in each role what an ordinary week holds before moving toward either.',
    ];
  if (kind === 'both')
    return [
      'Try a small piece of each: mentor someone, and own one technical decision end to end.',
      'Notice which of the two you look forward to on a Monday morning.',
      'A tech lead role mixes both and is a common step before either path.',
    ];
  return [
    'Look at the areas: where your answers do lean says more than the overall split.',
    'Try the piece of each role you know least: mentoring someone, or owning one technical decision.',
    'A tech lead role mixes both and is a common step before either path.',
  ];
}

export interface ResultWords {
  readonly person: Person;
  /** Made with an earlier version of the quiz: shown without the range and warnings. */
  readonly earlierVersion: boolean;
  readonly headline: HeadlineWords;
  readonly split: string;
  readonly otherShare: string;
  readonly crossing: string | null;
  readonly why: string;
  /** How many answers the result rests on, when most sat in the middle; else null. */
  readonly opinions: string | null;
  readonly warnings: readonly WarningWords[];
  readonly mixed: readonly string[];
  readonly flip: string | null;
  readonly nextSteps: readonly string[];
}

export function resultWords(
  result: Result,
  explanation: Explanation,
  article: Article,
  { person, earlierVersion }: { readonly person: Person; readonly earlierVersion: boolean },
): ResultWords {
  const headline = headlineWords(result, person);
  return {
    person,
    earlierVersion,
    headline,
    split: splitText(result, !earlierVersion),
    otherShare: otherShareText(result),
    crossing: earlierVersion ? null : crossingText(result),
    why: whyText(result, person),
    opinions: opinionsText(result, person),
    warnings: earlierVersion ? [] : warningWords(result, article, person),
    mixed: mixedAreas(result, explanation),
    flip: explanation.flip ? flipText(explanation.flip) : null,
    nextSteps: nextSteps(headline.kind, headline.pole),
  };
}
