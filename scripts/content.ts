// Reads and validates the content files from disk, prefixing every error with its file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { MIN_CHANGES_FROM_NEUTRAL, validateArticle, validateBank } from '../src/engine/validate-bank.ts';
import { validateResultPicks } from '../src/engine/validate-article.ts';
import { retakeSpread } from '../src/engine/score.ts';
import { ArticleSchema, BankSchema, type Article, type Bank, type ResultPicks } from '../src/engine/bank-schema.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function readJson(file: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(readFileSync(`${root}${file}`, 'utf8')) };
  } catch (e) {
    return { ok: false, error: `${file}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The bank the quiz asks today and the frozen earlier banks that still score old attempts. */
export const BANK_FILES = { current: 'data/questions.json', v1: 'data/questions-v1.json' } as const;

/** data/results.json, the passages each outcome quotes, checked against the article. */
function loadPicks(article: Article): { ok: true; picks: ResultPicks } | { ok: false; errors: string[] } {
  const file = 'data/results.json';
  const json = readJson(file);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const picks = validateResultPicks(json.value, article);
  return picks.ok ? { ok: true, picks: picks.value } : { ok: false, errors: picks.errors.map((e) => `${file}: ${e}`) };
}

export type Content =
  { ok: true; article: Article; bank: Bank; v1: Bank; picks: ResultPicks } | { ok: false; errors: string[] };

function loadBank(file: string, article: Article): { ok: true; bank: Bank } | { ok: false; errors: string[] } {
  const json = readJson(file);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const bank = validateBank(json.value, article);
  return bank.ok ? { ok: true, bank: bank.value } : { ok: false, errors: bank.errors.map((e) => `${file}: ${e}`) };
}

/** Validates the article and every bank file, each bank by the rules of its own version. */
export function loadContent(): Content {
  const articleJson = readJson('data/article.json');
  if (!articleJson.ok) return { ok: false, errors: [articleJson.error] };
  const article = validateArticle(articleJson.value);
  if (!article.ok) return { ok: false, errors: article.errors.map((e) => `data/article.json: ${e}`) };
  const current = loadBank(BANK_FILES.current, article.value);
  const v1 = loadBank(BANK_FILES.v1, article.value);
  const picks = loadPicks(article.value);
  const errors = [
    ...(current.ok ? [] : current.errors),
    ...(v1.ok ? [] : v1.errors),
    ...(picks.ok ? [] : picks.errors),
  ];
  if (!current.ok || !v1.ok || !picks.ok) return { ok: false, errors };
  if (v1.bank.version !== 1)
    return { ok: false, errors: [`${BANK_FILES.v1}: expected version 1, found ${v1.bank.version}`] };
  return { ok: true, article: article.value, bank: current.bank, v1: v1.bank, picks: picks.picks };
}

/** Facts about the content that the app states before it loads either file (the intro and the
 * footer are on the first visit, which carries neither), as build-time constants for Vite's
 * `define`; `src/store/content.ts` declares them. A file that does not parse gives empty facts:
 * the build's validation fails with the reason. */
/** The engine's retake spread, or 0 for a bank the rules beyond the schema refuse (preparing it
 * throws); `validate-content` then fails the build with the reason. */
function spreadOf(bank: Bank): number {
  try {
    return retakeSpread(bank);
  } catch {
    return 0;
  }
}

export function contentDefines(): Record<string, string> {
  const bankJson = readJson('data/questions.json');
  const articleJson = readJson('data/article.json');
  const bank = bankJson.ok ? v.safeParse(BankSchema, bankJson.value) : null;
  const article = articleJson.ok ? v.safeParse(ArticleSchema, articleJson.value) : null;
  const questions = bank?.success ? bank.output.questions : [];
  const dimensions = bank?.success ? bank.output.dimensions : [];
  const pairs = article?.success ? article.output.sections.flatMap((s) => (s.kind === 'pairs' ? s.pairs : [])) : [];
  return {
    __QUESTION_COUNT__: JSON.stringify(questions.length),
    __AREA_COUNT__: JSON.stringify(dimensions.length),
    __PAIR_COUNT__: JSON.stringify(pairs.length),
    __ARTICLE_TITLE__: JSON.stringify(article?.success ? article.output.title : ''),
    __MIN_CHANGES_FROM_NEUTRAL__: JSON.stringify(MIN_CHANGES_FROM_NEUTRAL),
    __RETAKE_SPREAD__: JSON.stringify(bank?.success ? spreadOf(bank.output) : 0),
  };
}
