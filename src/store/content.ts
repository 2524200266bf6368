// The content files, loaded when first needed so the intro's first visit does not carry them.
import { use } from 'react';
import type { Article, Bank, ResultPicks } from '../engine/bank-schema.ts';

// Facts the first visit states without loading either file, set at build time from the content
// (scripts/content.ts): the intro and the footer carry a handful of bytes instead of the files.
declare const __QUESTION_COUNT__: number;
declare const __AREA_COUNT__: number;
declare const __PAIR_COUNT__: number;
declare const __ARTICLE_TITLE__: string;
declare const __MIN_CHANGES_FROM_NEUTRAL__: number;
declare const __RETAKE_SPREAD__: number;

export const QUESTION_COUNT: number = __QUESTION_COUNT__;
export const MINUTES = Math.max(1, Math.round((QUESTION_COUNT * 14) / 60));
/** The areas the answers are weighed in (the bank's dimensions). */
export const AREA_COUNT: number = __AREA_COUNT__;
/** The article's pairs of roles and responsibilities, each of them one area. */
export const PAIR_COUNT: number = __PAIR_COUNT__;
export const ARTICLE_TITLE: string = __ARTICLE_TITLE__;
/** At least this many answers must change to move an all-neutral attempt out of "balanced" (the validator holds every bank to it). */
export const MIN_CHANGES_FROM_NEUTRAL: number = __MIN_CHANGES_FROM_NEUTRAL__;
/** How far two retakes by the same person typically differ, in points: the engine's `retakeSpread`
 * of today's bank. Worked out at build time, so the about page does not prepare the whole bank
 * (every question's answer model) during its start. */
export const RETAKE_SPREAD: number = __RETAKE_SPREAD__;

/** A promise that records its outcome where React's `use` looks for it (`status`, `value`: the
 * fields React itself sets on a promise it has seen settle), so a value loaded ahead, by a
 * prefetch or before hydrating, is read at once. Without them `use` suspends once even on a
 * settled promise, and React 19 then holds the page back for about 300 ms; a prerendered page
 * would also get a Suspense boundary that resolves late, written out with an inline script,
 * which the Content-Security-Policy forbids. */
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

/** A content file read as the type its schema gives it. The build validates every content file
 * against its schema and the rules beyond it (the `validate-content` step of vite.config.ts fails
 * the build on any error), and the schemas neither transform nor fill in anything, so a parse
 * returns the file as it is (tests/data/content-types.test.ts checks both). Parsing again here
 * would only repeat the build's work, at 25 to 30 ms a file while a page starts, in a browser that
 * has not yet optimised the schema code. */
const validatedAtBuild = <T>(json: unknown): T => json as T;

export const loadBank = tracked(() =>
  import('../../data/questions.json').then((m) => validatedAtBuild<Bank>(m.default)),
);
export const loadArticle = tracked(() =>
  import('../../data/article.json').then((m) => validatedAtBuild<Article>(m.default)),
);

/** What a results page quotes: the article, and which of its passages each outcome quotes. Both
 * load at once, so a results page waits on one round trip, not two. */
export const loadQuotedContent = tracked(() =>
  Promise.all([
    loadArticle(),
    import('../../data/results.json').then((m) => validatedAtBuild<ResultPicks>(m.default)),
  ]).then(([article, picks]) => ({ article, picks })),
);

/** Banks replaced by a newer version, frozen as they were: an attempt or a share link made with one
 * is scored by it for good, never by questions it did not answer. Each loads only when needed. */
const frozenBanks: Readonly<Partial<Record<number, () => Promise<Bank>>>> = {
  1: tracked(() => import('../../data/questions-v1.json').then((m) => validatedAtBuild<Bank>(m.default))),
};

/** The bank that scores an attempt made with `version`: its own frozen bank, or today's (an
 * unknown version is read from the answers that still apply to today's questions). */
export const loadBankFor = (version: number): Promise<Bank> => frozenBanks[version]?.() ?? loadBank();

/** Loads the banks that score attempts of these versions (each once). */
export const loadBanksFor = (versions: readonly number[]): Promise<readonly Bank[]> =>
  Promise.all([...new Set(versions)].map(loadBankFor));

/** Suspends until the bank is loaded. */
export const useBank = (): Bank => use(loadBank());
/** Suspends until the bank that scores attempts of `version` is loaded. */
export const useBankFor = (version: number): Bank => use(loadBankFor(version));
/** Suspends until the banks of all these versions are loaded; by version. */
export const useBanksFor = (versions: readonly number[]): ReadonlyMap<number, Bank> => {
  const unique = [...new Set(versions)].sort((x, y) => x - y);
  // `use` (unlike other hooks) may be called in a loop; each bank's promise is the tracked one.
  const banks = unique.map((version) => [version, use(loadBankFor(version))] as const);
  // The same map for the same banks, so what a screen derives from it is not recomputed each render.
  const key = unique.join(',');
  const kept = bankSets.get(key);
  if (kept && banks.every(([version, bank]) => kept.get(version) === bank)) return kept;
  const fresh = new Map(banks);
  bankSets.set(key, fresh);
  return fresh;
};
const bankSets = new Map<string, ReadonlyMap<number, Bank>>();
export const useArticle = (): Article => use(loadArticle());
export const useQuotedContent = (): { readonly article: Article; readonly picks: ResultPicks } =>
  use(loadQuotedContent());
