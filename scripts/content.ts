// Reads and validates the content files from disk, prefixing every error with its file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateArticle, validateBank } from '../src/engine/validate-bank.ts';
import type { Article, Bank } from '../src/engine/bank-schema.ts';

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

export type Content = { ok: true; article: Article; bank: Bank; v1: Bank } | { ok: false; errors: string[] };

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
  const errors = [...(current.ok ? [] : current.errors), ...(v1.ok ? [] : v1.errors)];
  if (!current.ok || !v1.ok) return { ok: false, errors };
  if (v1.bank.version !== 1)
    return { ok: false, errors: [`${BANK_FILES.v1}: expected version 1, found ${v1.bank.version}`] };
  return { ok: true, article: article.value, bank: current.bank, v1: v1.bank };
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
