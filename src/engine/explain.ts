// Turns a scored result into what the results page says: the headline, the reasons with the
// article passages behind them, what would change the result, and the article chosen for it.
import type { Article, Bank } from './bank-schema.ts';
import { indexArticle } from './article-index.ts';
import { poleOf, type Band, type Pole } from './bands.ts';
import { headlineOf } from './headline.ts';
import type { Result } from './score.ts';

export const ROLE: Record<Pole, string> = { em: 'Engineering Manager', le: 'Lead Engineer' };

export const BAND_TEXT: Record<Band, { readonly headline: string; readonly strength: string; readonly short: string }> =
  {
    'strong-em': {
      headline: 'You lean toward Engineering Manager',
      strength: 'A strong lean: most of your answers pull the same way.',
      short: 'Strong lean toward Engineering Manager',
    },
    'lean-em': {
      headline: 'You lean toward Engineering Manager',
      strength: 'A clear but moderate lean: some answers pull the other way.',
      short: 'Lean toward Engineering Manager',
    },
    balanced: {
      headline: 'Balanced: both paths fit you',
      strength: 'No clear lean: your answers pull both ways about equally.',
      short: 'Balanced',
    },
    'lean-le': {
      headline: 'You lean toward Lead Engineer',
      strength: 'A clear but moderate lean: some answers pull the other way.',
      short: 'Lean toward Lead Engineer',
    },
    'strong-le': {
      headline: 'You lean toward Lead Engineer',
      strength: 'A strong lean: most of your answers pull the same way.',
      short: 'Strong lean toward Lead Engineer',
    },
  };

export interface Quote {
  readonly itemId: string;
  readonly text: string;
  readonly heading: string;
}

export interface Reason {
  readonly questionId: string;
  readonly prompt: string;
  readonly answer: string;
  readonly pole: Pole;
  readonly points: number;
  readonly quotes: readonly Quote[];
}

export interface FlipStep {
  readonly questionId: string;
  readonly prompt: string;
  readonly from: string;
  readonly to: string;
}

export interface Explanation {
  readonly pole: Pole | null;
  readonly headline: string;
  readonly strength: string;
  readonly emPercent: number;
  readonly lePercent: number;
  /** Every answer that moved the result, the largest pull first. */
  readonly reasons: readonly Reason[];
  readonly flip: { readonly band: Band; readonly steps: readonly FlipStep[] } | null;
  readonly tensions: readonly { readonly name: string; readonly em: string; readonly le: string }[];
  /** Scenarios from the article where the leaning role (both, when balanced) is the better fit. */
  readonly scenarios: readonly Quote[];
  readonly advantages: readonly Quote[];
  readonly drawbacks: readonly Quote[];
  readonly paths: readonly Quote[];
  readonly nextSteps: readonly Quote[];
  readonly similarities: readonly Quote[];
  readonly transition: readonly Quote[];
}

/** Which role an article item speaks for, by the list it stands in; null for even-handed items. */
export function sideOf(itemId: string): Pole | null {
  if (/^(scenarios-em|em-advantages|le-drawbacks)-/.test(itemId) || /^roles-\d+-em$/.test(itemId)) return 'em';
  if (/^(scenarios-le|le-advantages|em-drawbacks)-/.test(itemId) || /^roles-\d+-le$/.test(itemId)) return 'le';
  return null;
}

export function explain(result: Result, bank: Bank, article: Article): Explanation {
  const items = indexArticle(article);
  const quote = (id: string): Quote[] => {
    const found = items.get(id);
    return found ? [{ itemId: id, text: found.item.text, heading: found.heading }] : [];
  };
  const quotes = (ids: readonly string[]) => ids.flatMap(quote);
  const list = (sectionId: string) =>
    [...items.values()].filter((i) => i.sectionId === sectionId).map((i) => i.item.id);
  const questions = new Map(bank.questions.map((q) => [q.id, q]));
  const label = (questionId: string, optionId: string) =>
    questions.get(questionId)?.options.find((o) => o.id === optionId)?.label ?? optionId;

  const pole = poleOf(result.band);
  const headline = headlineOf(result);

  const reasons = result.contributions
    .filter((c) => c.pole !== null)
    .flatMap((c): Reason[] => {
      const question = questions.get(c.questionId);
      if (!question || c.pole === null) return [];
      // Quote first what speaks for the way the answer pulled, then what is even-handed.
      const ranked = [...c.cites].sort((a, b) => rank(sideOf(a), c.pole) - rank(sideOf(b), c.pole));
      return [
        {
          questionId: c.questionId,
          prompt: question.prompt,
          answer: label(c.questionId, c.optionId),
          pole: c.pole,
          points: c.points,
          quotes: quotes(ranked.filter((id) => rank(sideOf(id), c.pole) < 2).slice(0, 2)),
        },
      ];
    });

  const flip = result.flips && {
    band: result.flips.band,
    steps: result.flips.changes.map((ch) => ({
      questionId: ch.questionId,
      prompt: questions.get(ch.questionId)?.prompt ?? ch.questionId,
      from: label(ch.questionId, ch.fromOptionId),
      to: label(ch.questionId, ch.toOptionId),
    })),
  };

  const byId = new Map(result.dimensions.map((d) => [d.id, d]));
  const tensions = result.consistency.flatMap((t) => {
    const d = byId.get(t.dimensionId);
    return d ? [{ name: d.name, em: d.em, le: d.le }] : [];
  });

  const forPole = (p: Pole) => ({
    scenarios: list(p === 'em' ? 'scenarios-em' : 'scenarios-le'),
    advantages: list(p === 'em' ? 'em-advantages' : 'le-advantages'),
    drawbacks: list(p === 'em' ? 'em-drawbacks' : 'le-drawbacks'),
  });
  const chosen = pole
    ? forPole(pole)
    : {
        // Balanced: the situations that favour each role, side by side, and the pull of each.
        scenarios: [...list('scenarios-em').slice(0, 4), ...list('scenarios-le').slice(0, 4)],
        advantages: [...list('em-advantages').slice(0, 3), ...list('le-advantages').slice(0, 3)],
        drawbacks: [...list('em-drawbacks').slice(0, 3), ...list('le-drawbacks').slice(0, 3)],
      };

  return {
    pole,
    headline: headline.text,
    strength: headline.detail,
    emPercent: result.emPercent,
    lePercent: 100 - result.emPercent,
    reasons,
    flip,
    tensions,
    scenarios: quotes(chosen.scenarios),
    advantages: quotes(chosen.advantages),
    drawbacks: quotes(chosen.drawbacks),
    paths: quotes(['faq-career-paths-answer', ...(pole === 'le' ? [] : ['faq-em-career-path-answer'])]),
    nextSteps: quotes(
      pole === 'le' ? ['faq-lead-management-answer'] : ['faq-become-em-answer', 'faq-lead-management-answer'],
    ),
    similarities: quotes(list('key-similarities')),
    transition: quotes(['faq-transition-answer']),
  };
}

const rank = (side: Pole | null, pull: Pole | null): number => (side === pull ? 0 : side === null ? 1 : 2);
