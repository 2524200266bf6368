// What lies behind a scored result: the answers that moved it with the article passages behind
// them, what would change it, and the article chosen for its outcome. Facts and quotes only; the
// sentences around them are src/words/'s.
// Which passage speaks for which role, and which passages each outcome quotes, come from the
// content (`data/article.json`, `data/results.json`): the engine only follows them.
import type { Article, Bank, Pick, ResultPicks } from './bank-schema.ts';
import { indexArticle } from './article-index.ts';
import { poleOf, type Band, type Pole } from './bands.ts';
import type { Result } from './score.ts';

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
  /** The title of the article every quote comes from, for credits. */
  readonly articleTitle: string;
}

/** Explains `result` of `bank`, quoting `article`: each reason from its question's cites, and the
 * outcome's passages as `picks` lists them (`picks.em`, `picks.le`, or `picks.balanced`). */
export function explain(result: Result, bank: Bank, article: Article, picks: ResultPicks): Explanation {
  const items = indexArticle(article);
  const quote = (id: string): Quote[] => {
    const found = items.get(id);
    return found ? [{ itemId: id, text: found.item.text, heading: found.heading }] : [];
  };
  const quotes = (ids: readonly string[]) => ids.flatMap(quote);
  const sideOf = (id: string) => items.get(id)?.side ?? null;
  const section = (sectionId: string) =>
    [...items.values()].filter((i) => i.sectionId === sectionId).map((i) => i.item.id);
  const picked = (list: readonly Pick[]) =>
    quotes(list.flatMap((p) => (typeof p === 'string' ? [p] : section(p.section).slice(0, p.first))));
  const questions = new Map(bank.questions.map((q) => [q.id, q]));
  const label = (questionId: string, optionId: string) =>
    questions.get(questionId)?.options.find((o) => o.id === optionId)?.label ?? optionId;

  const pole = poleOf(result.band);

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

  const chosen = picks[pole ?? 'balanced'];

  return {
    pole,
    reasons,
    flip,
    tensions,
    scenarios: picked(chosen.scenarios),
    advantages: picked(chosen.advantages),
    drawbacks: picked(chosen.drawbacks),
    paths: picked(chosen.paths),
    nextSteps: picked(chosen.nextSteps),
    similarities: picked(chosen.similarities),
    transition: picked(chosen.transition),
    articleTitle: article.title,
  };
}

const rank = (side: Pole | null, pull: Pole | null): number => (side === pull ? 0 : side === null ? 1 : 2);
