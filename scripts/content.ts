// Reads and validates the content files from disk, prefixing every error with its file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateArticle, validateBank, type Validated } from '../src/engine/validate-bank.ts';
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

/** Reads and validates one file, prefixing each error with the file's name. */
function checkFile<T>(file: string, validate: (json: unknown) => Validated<T>): Validated<T> {
  const json = readJson(file);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const result = validate(json.value);
  return result.ok ? result : { ok: false, errors: result.errors.map((e) => `${file}: ${e}`) };
}

export function loadContent(): Content {
  const article = checkFile('data/article.json', validateArticle);
  if (!article.ok) return { ok: false, errors: [...article.errors] };
  // The bank and the result picks are each checked against the article, so one run reports the
  // problems of both.
  const bank = checkFile('data/questions.json', (json) => validateBank(json, article.value));
  const picks = checkFile('data/results.json', (json) => validateResultPicks(json, article.value));
  if (!bank.ok || !picks.ok) {
    return { ok: false, errors: [...(bank.ok ? [] : bank.errors), ...(picks.ok ? [] : picks.errors)] };
  }
  return { ok: true, article: article.value, bank: bank.value, picks: picks.value };
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
