// @vitest-environment node
// Share codes arrive from whoever sent the link: any string must come back as answers or as one of
// the typed errors, and never as an exception.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeShareCode, encodeShareCode, MAX_CODE_LENGTH, type ShareError } from '../../src/engine/share-code.ts';
import { fullAnswersArb, realBank } from '../support/banks.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ERRORS: readonly ShareError[] = ['empty', 'too-long', 'unknown-format', 'malformed'];
const CODE_ALPHABET = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._~-'];

const versionArb = fc.integer({ min: 1, max: 999_999_999 });
const validCodeArb = fc
  .tuple(versionArb, fullAnswersArb(realBank))
  .map(([version, answers]) => encodeShareCode(version, answers));

/** What any decoded result must look like, whatever string went in. */
function expectWellTyped(input: string): void {
  const decoded = decodeShareCode(input);
  if (decoded.ok) {
    expect(Number.isSafeInteger(decoded.bankVersion) && decoded.bankVersion >= 1).toBe(true);
    const entries = Object.entries(decoded.answers);
    // A code may carry no answers (the shared page then says none of them match).
    for (const [q, o] of entries) {
      expect(q).toMatch(ID);
      expect(o).toMatch(ID);
    }
    expect(Object.getPrototypeOf(decoded.answers)).toBe(Object.prototype);
  } else {
    expect(ERRORS).toContain(decoded.error);
  }
}

describe('encodeShareCode and decodeShareCode', () => {
  it('round-trip any complete attempt on the real bank', () => {
    fc.assert(
      fc.property(versionArb, fullAnswersArb(realBank), (version, answers) => {
        expect(decodeShareCode(encodeShareCode(version, answers))).toEqual({ ok: true, bankVersion: version, answers });
      }),
      { numRuns: 500 },
    );
  });

  it('write codes with URL-safe characters only, that a URL carries unchanged', () => {
    fc.assert(
      fc.property(validCodeArb, (code) => {
        expect(code).toMatch(/^[A-Za-z0-9._~-]+$/);
        expect(encodeURIComponent(code)).toBe(code);
      }),
      { numRuns: 500 },
    );
  });

  it('write a known attempt as the documented format', () => {
    expect(encodeShareCode(3, { 'team-expansion': 'hiring', 'hunt-hard-bugs': 'not-sure' })).toBe(
      's1.3.team-expansion~hiring.hunt-hard-bugs~not-sure',
    );
  });

  it('fit a complete attempt on the real bank well within the length limit', () => {
    const longest = Object.fromEntries(
      realBank.questions.map((q) => [q.id, [...q.options].sort((a, b) => b.id.length - a.id.length)[0]?.id ?? '']),
    );
    expect(encodeShareCode(999_999_999, longest).length).toBeLessThan(MAX_CODE_LENGTH / 2);
  });
});

describe('decodeShareCode reads what a link may carry', () => {
  const valid = 's1.2.team-expansion~hiring.hunt-hard-bugs~agree';
  const answers = { 'team-expansion': 'hiring', 'hunt-hard-bugs': 'agree' };

  it.each([
    ['the code itself', valid],
    ['with the leading #', `#${valid}`],
    ['with spaces around it', `  ${valid}\n`],
    ['percent-encoded by a messaging app', encodeURIComponent(valid).replace(/~/g, '%7E').replace(/\./g, '%2E')],
    ['percent-encoded, with the #', `#${valid.replace(/-/g, '%2D')}`],
  ])('%s', (_name, input) => {
    expect(decodeShareCode(input)).toEqual({ ok: true, bankVersion: 2, answers });
  });

  it('keeps a version of nine digits', () => {
    expect(decodeShareCode('s1.999999999.a~b')).toEqual({ ok: true, bankVersion: 999_999_999, answers: { a: 'b' } });
  });
});

describe('decodeShareCode turns a broken code into a typed error', () => {
  it.each<[string, string, ShareError]>([
    ['an empty string', '', 'empty'],
    ['only spaces', '   ', 'empty'],
    ['only #', '#', 'empty'],
    ['# and spaces', ' # ', 'empty'],
    ['a string longer than the limit', `s1.1.${'a~b.'.repeat(1100)}a~b`, 'too-long'],
    ['one character over the limit', 'x'.repeat(MAX_CODE_LENGTH + 1), 'too-long'],
    ['a wrong prefix', 's2.1.team-expansion~hiring', 'unknown-format'],
    ['an uppercase prefix', 'S1.1.team-expansion~hiring', 'unknown-format'],
    ['no prefix at all', 'team-expansion~hiring', 'unknown-format'],
    ['a URL instead of a code', 'https://example.com/shared#s1.1.a~b', 'unknown-format'],
    ['a missing version', 's1', 'malformed'],
    ['an empty version', 's1..team-expansion~hiring', 'malformed'],
    ['version 0', 's1.0.team-expansion~hiring', 'malformed'],
    ['a version with a leading zero', 's1.01.team-expansion~hiring', 'malformed'],
    ['a non-numeric version', 's1.x.team-expansion~hiring', 'malformed'],
    ['a negative version', 's1.-1.team-expansion~hiring', 'malformed'],
    ['a version of ten digits', 's1.1000000000.team-expansion~hiring', 'malformed'],
    ['a trailing dot', 's1.1.team-expansion~hiring.', 'malformed'],
    ['a pair without ~', 's1.1.team-expansion-hiring', 'malformed'],
    ['a pair with two ~', 's1.1.team-expansion~hiring~agree', 'malformed'],
    ['an empty question id', 's1.1.~hiring', 'malformed'],
    ['an empty option id', 's1.1.team-expansion~', 'malformed'],
    ['an uppercase question id', 's1.1.Team-Expansion~hiring', 'malformed'],
    ['an uppercase option id', 's1.1.team-expansion~Hiring', 'malformed'],
    ['an id with a double hyphen', 's1.1.team--expansion~hiring', 'malformed'],
    ['an id longer than any id can be (48)', `s1.1.team-expansion~${'a'.repeat(49)}`, 'malformed'],
    ['__proto__ as a question id', 's1.1.__proto__~hiring', 'malformed'],
    ['a duplicated question', 's1.1.team-expansion~hiring.team-expansion~onboarding', 'malformed'],
    ['the same answer twice', 's1.1.team-expansion~hiring.team-expansion~hiring', 'malformed'],
    ['malformed percent-encoding', '%E0%A4%A', 'malformed'],
    ['a lone %', 's1.1.team-expansion~hiring%', 'malformed'],
    ['percent-encoding that decodes to a bad id', 's1.1.team%20expansion~hiring', 'malformed'],
  ])('%s', (_name, input, error) => {
    expect(decodeShareCode(input)).toEqual({ ok: false, error });
  });

  it('decodes a code of exactly the limit, and refuses it one character longer', () => {
    // Ids are at most 48 characters, so the limit is reached with many pairs.
    let atLimit = 's1.1';
    for (let i = 0; atLimit.length < MAX_CODE_LENGTH - 30; i++) atLimit += `.q${i}~b`;
    atLimit += `.last~${'b'.repeat(MAX_CODE_LENGTH - atLimit.length - '.last~'.length)}`;
    expect(atLimit).toHaveLength(MAX_CODE_LENGTH);
    expect(decodeShareCode(atLimit)).toMatchObject({ ok: true, bankVersion: 1 });
    expect(decodeShareCode(`${atLimit}b`)).toEqual({ ok: false, error: 'too-long' });
  });
});

describe('decodeShareCode never throws', () => {
  it('on 10,000 arbitrary strings of any code units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectWellTyped), { numRuns: 10_000 });
  }, 60_000);

  it('on 10,000 strings over the code alphabet, plus % and #', () => {
    const unit = fc.constantFrom(...CODE_ALPHABET, '%', '#', ' ');
    fc.assert(fc.property(fc.string({ unit, maxLength: 120 }), expectWellTyped), { numRuns: 10_000 });
  }, 60_000);

  it('on 10,000 mutations of valid codes: a character deleted, inserted or replaced, or the code cut short', () => {
    const charArb = fc.oneof(
      fc.constantFrom(...CODE_ALPHABET, '%', '#'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), char: fc.constant('') }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: charArb }),
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: charArb }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), char: fc.constant('') }),
    );
    let decodedOk = 0;
    let decodedError = 0;
    fc.assert(
      fc.property(validCodeArb, fc.array(mutation, { minLength: 1, maxLength: 3 }), (code, mutations) => {
        let s = code;
        for (const { kind, at, char } of mutations) {
          const i = at % (s.length + 1);
          if (kind === 'delete') s = s.slice(0, i) + s.slice(i + 1);
          else if (kind === 'insert') s = s.slice(0, i) + char + s.slice(i);
          else if (kind === 'replace') s = s.slice(0, i) + char + s.slice(i + 1);
          else s = s.slice(0, i);
        }
        expectWellTyped(s);
        if (decodeShareCode(s).ok) decodedOk++;
        else decodedError++;
      }),
      { numRuns: 10_000 },
    );
    // The mutations exercise both outcomes, not only one of them.
    expect(decodedOk).toBeGreaterThan(100);
    expect(decodedError).toBeGreaterThan(100);
  }, 60_000);
});
