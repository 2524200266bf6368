// The content files, loaded when first needed so the intro's first visit does not carry them.
import { use } from 'react';
import * as v from 'valibot';
import { ArticleSchema, BankSchema, type Article, type Bank } from '../engine/bank-schema.ts';

declare const __QUESTION_COUNT__: number;

/** Known at build time, so the intro can say how long the quiz is without loading the bank. */
export const QUESTION_COUNT: number = __QUESTION_COUNT__;
export const MINUTES = Math.max(1, Math.round((QUESTION_COUNT * 14) / 60));

let bank: Promise<Bank> | undefined;
let article: Promise<Article> | undefined;

// The build has validated both files; parsing again here turns JSON into the typed value
// without a cast, and costs well under a millisecond.
export const loadBank = (): Promise<Bank> =>
  (bank ??= import('../../data/questions.json').then((m) => v.parse(BankSchema, m.default)));
export const loadArticle = (): Promise<Article> =>
  (article ??= import('../../data/article.json').then((m) => v.parse(ArticleSchema, m.default)));

/** Suspends until the bank is loaded. */
export const useBank = (): Bank => use(loadBank());
export const useArticle = (): Article => use(loadArticle());
