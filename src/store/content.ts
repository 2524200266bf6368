// The content files, loaded when first needed so the intro's first visit does not carry them.
import { use } from 'react';
import * as v from 'valibot';
import {
  ArticleSchema,
  BankSchema,
  ResultPicksSchema,
  type Article,
  type Bank,
  type ResultPicks,
} from '../engine/bank-schema.ts';

declare const __QUESTION_COUNT__: number;

/** Known at build time, so the intro can say how long the quiz is without loading the bank. */
export const QUESTION_COUNT: number = __QUESTION_COUNT__;
export const MINUTES = Math.max(1, Math.round((QUESTION_COUNT * 14) / 60));

/** A promise that records its outcome where React's `use` looks for it, so a loaded value is read without suspending. */
function tracked<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    if (!promise) {
      const p = load();
      p.then(
        (value) => Object.assign(p, { status: 'fulfilled', value }),
        () => {
          // A failed load is retried on the next call instead of staying failed for the visit.
          promise = undefined;
        },
      );
      promise = p;
    }
    return promise;
  };
}

// The build has validated the files; parsing again here turns JSON into the typed value
// without a cast, and costs well under a millisecond.
export const loadBank = tracked(() => import('../../data/questions.json').then((m) => v.parse(BankSchema, m.default)));
export const loadArticle = tracked(() =>
  import('../../data/article.json').then((m) => v.parse(ArticleSchema, m.default)),
);

/** What a results page quotes: the article, and which of its passages each outcome quotes. Both
 * load at once, so a results page waits on one round trip, not two. */
export const loadQuotedContent = tracked(() =>
  Promise.all([
    loadArticle(),
    import('../../data/results.json').then((m) => v.parse(ResultPicksSchema, m.default)),
  ]).then(([article, picks]) => ({ article, picks })),
);

/** Suspends until the bank is loaded. */
export const useBank = (): Bank => use(loadBank());
export const useArticle = (): Article => use(loadArticle());
export const useQuotedContent = (): { readonly article: Article; readonly picks: ResultPicks } =>
  use(loadQuotedContent());
