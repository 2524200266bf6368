// Reads and validates the content files from disk, prefixing every error with its file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateArticle, validateBank } from '../src/engine/validate-bank.ts';
import { validateResultPicks } from '../src/engine/validate-article.ts';
import type { Article, Bank, ResultPicks } from '../src/engine/bank-schema.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function readJson(file: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(readFileSync(`${root}${file}`, 'utf8')) };
  } catch (e) {
    return { ok: false, error: `${file}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export type Content = { ok: true; article: Article; bank: Bank; picks: ResultPicks } | { ok: false; errors: string[] };

/** data/results.json, the passages each outcome quotes, checked against the article. */
function loadPicks(article: Article): { ok: true; picks: ResultPicks } | { ok: false; errors: string[] } {
  const file = 'data/results.json';
  const json = readJson(file);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const picks = validateResultPicks(json.value, article);
  return picks.ok ? { ok: true, picks: picks.value } : { ok: false, errors: picks.errors.map((e) => `${file}: ${e}`) };
}

export function loadContent(): Content {
  const articleJson = readJson('data/article.json');
  if (!articleJson.ok) return { ok: false, errors: [articleJson.error] };
  const article = validateArticle(articleJson.value);
  if (!article.ok) return { ok: false, errors: article.errors.map((e) => `data/article.json: ${e}`) };
  const bankJson = readJson('data/questions.json');
  if (!bankJson.ok) return { ok: false, errors: [bankJson.error] };
  const bank = validateBank(bankJson.value, article.value);
  if (!bank.ok) return { ok: false, errors: bank.errors.map((e) => `data/questions.json: ${e}`) };
  const picks = loadPicks(article.value);
  if (!picks.ok) return { ok: false, errors: picks.errors };
  return { ok: true, article: article.value, bank: bank.value, picks: picks.picks };
}

/** Build-time constants the app needs before the bank itself loads. */
export function contentDefines(): Record<string, string> {
  const json: unknown = JSON.parse(readFileSync(`${root}data/questions.json`, 'utf8'));
  const count =
    typeof json === 'object' && json !== null && 'questions' in json && Array.isArray(json.questions)
      ? json.questions.length
      : 0;
  return { __QUESTION_COUNT__: JSON.stringify(count) };
}
