// Share codes: a finished attempt as a compact, URL-safe string for the URL fragment
// (`/shared#<code>`), so it never reaches a server. Answers travel by question id and option id,
// so an edited bank never moves an answer onto another question.
//
//   s1.<bank version>.<question id>~<option id>.<question id>~<option id>…
import * as v from 'valibot';
import { Id } from './id.ts';

const FORMAT = 's1';
export const MAX_CODE_LENGTH = 4096;

export type ShareError = 'empty' | 'too-long' | 'unknown-format' | 'malformed';

export type Decoded =
  | { readonly ok: true; readonly bankVersion: number; readonly answers: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly error: ShareError };

export function encodeShareCode(bankVersion: number, answers: Readonly<Record<string, string>>): string {
  const pairs = Object.entries(answers).map(([q, o]) => `${q}~${o}`);
  return [FORMAT, String(bankVersion), ...pairs].join('.');
}

/** Any string in, a typed result or a typed error out. Never throws. */
export function decodeShareCode(input: string): Decoded {
  let code = input.trim().replace(/^#/, '');
  if (code.length > MAX_CODE_LENGTH) return { ok: false, error: 'too-long' };
  try {
    // Some apps percent-encode fragments when they pass links on.
    code = decodeURIComponent(code);
  } catch {
    return { ok: false, error: 'malformed' };
  }
  if (code === '') return { ok: false, error: 'empty' };
  const [format, version, ...pairs] = code.split('.');
  if (format !== FORMAT) return { ok: false, error: 'unknown-format' };
  if (version === undefined || !/^[1-9][0-9]{0,8}$/.test(version)) return { ok: false, error: 'malformed' };
  const answers: Record<string, string> = {};
  for (const pair of pairs) {
    const [q, o, extra] = pair.split('~');
    if (
      q === undefined ||
      o === undefined ||
      extra !== undefined ||
      !v.is(Id, q) ||
      !v.is(Id, o) ||
      Object.hasOwn(answers, q)
    ) {
      return { ok: false, error: 'malformed' };
    }
    answers[q] = o;
  }
  return { ok: true, bankVersion: Number(version), answers };
}

/** Whether a URL fragment is meant as a share code, of this format or another and however damaged,
 * rather than a jump to an anchor: it starts with a format tag such as `s1.`. */
export const looksLikeShareCode = (fragment: string): boolean => /^s\d+\./.test(fragment.trim().replace(/^#/, ''));
