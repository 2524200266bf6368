// `npm run bench`: full results (flips, range, appeal and warnings included) for the real bank.
// Each call scores a different answer set, so nothing but the per-bank preparation is reused.
// The budget is 1 ms a result: a history page scores at most a hundred attempts.
import { bench, describe } from 'vitest';
import fc from 'fast-check';
import { scoreAttempt } from '../../src/engine/score.ts';
import { prepareBank } from '../../src/engine/prepare.ts';
import { explain } from '../../src/engine/explain.ts';
import { realBank } from '../support/banks.ts';
import { fullAnswersArb } from '../support/banks.ts';
import { validateArticle } from '../../src/engine/validate-bank.ts';
import articleJson from '../../data/article.json';

const sample = fc.sample(fullAnswersArb(realBank), { numRuns: 1000, seed: 42 });
const article = validateArticle(articleJson);
let i = 0;
const next = () => sample[i++ % sample.length] ?? {};

describe('engine', () => {
  bench('scoreAttempt: a full result for 30 answers', () => {
    scoreAttempt(realBank, next());
  });
  bench('scoreAttempt + explain: what the results page computes', () => {
    if (!article.ok) throw new Error('article invalid');
    explain(scoreAttempt(realBank, next()), realBank, article.value);
  });
  bench('prepareBank: once per bank (a fresh copy each time, so nothing is cached)', () => {
    prepareBank({ ...realBank });
  });
});
