// @vitest-environment node
// Reference respondents: real engineers answered from their published accounts. Their files are
// whole and fit the bank they answer, none lands on the wrong side, and the report's checks can fail.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  answerProblems,
  loadRespondents,
  placeRespondent,
  questionRows,
  referenceFailures,
  type ReferenceRespondent,
} from '../../scripts/reference.ts';
import { gradedBank, realBank } from '../support/banks.ts';

const respondents = loadRespondents();

describe('the reference respondents', () => {
  it('are at least 16 real, named engineers, at least 8 who chose each path', () => {
    expect(respondents.length).toBeGreaterThanOrEqual(16);
    expect(respondents.filter((r) => r.path === 'em').length).toBeGreaterThanOrEqual(8);
    expect(respondents.filter((r) => r.path === 'le').length).toBeGreaterThanOrEqual(8);
    for (const r of respondents) expect(r.name, r.id).toMatch(/^\S+( \S+)+$/);
  });

  it('answer today’s bank with its own options, each backed by one of their sources', () => {
    for (const r of respondents) {
      expect(Object.keys(r.answers[String(realBank.version)] ?? {}).length, r.id).toBeGreaterThan(0);
      expect(answerProblems(realBank, r)).toEqual([]);
    }
  });

  it('land no one on the wrong side of today’s bank', () => {
    expect(referenceFailures(respondents.map((r) => placeRespondent(realBank, r)))).toEqual([]);
  });
});

describe('the reference checks', () => {
  const statements = gradedBank.questions.filter((q) => q.kind === 'statement');
  /** Someone who chose `path` but agrees strongly with every statement toward `toward`. */
  const person = (id: string, path: 'em' | 'le', toward: 'em' | 'le'): ReferenceRespondent => ({
    id,
    name: `Test ${id}`,
    path,
    role: 'a fixture',
    sources: [{ url: 'https://example.org/account', title: 'An account' }],
    stances: [],
    answers: {
      [String(gradedBank.version)]: Object.fromEntries(
        statements.map((q) => {
          const sums = q.options.map((o) => Object.values(o.weights).reduce((s, w) => s + w, 0));
          const pick = toward === 'em' ? sums.indexOf(Math.max(...sums)) : sums.indexOf(Math.min(...sums));
          return [q.id, { option: q.options[pick]?.id ?? '', evidence: 'Says so.', url: 'https://example.org/account' }];
        }),
      ),
    },
  });

  it('place someone whose answers all pull the other way on the wrong side, and say so', () => {
    const row = placeRespondent(gradedBank, person('misread', 'le', 'em'));
    expect(row.placement).toBe('wrong side');
    expect(referenceFailures([row])).toEqual([expect.stringContaining('Test misread (chose le) lands on the wrong side')]);
    expect(placeRespondent(gradedBank, person('read-right', 'em', 'em')).placement).toBe('strong');
  });

  it('list a question both groups answer alike, and those who answer against their path', () => {
    const rows = questionRows(gradedBank, [
      person('a', 'em', 'em'),
      person('b', 'em', 'em'),
      person('c', 'le', 'em'),
      person('d', 'le', 'em'),
    ]);
    const first = rows.find((q) => q.questionId === statements[0]?.id);
    expect(first?.alike).toBe(true);
    expect(first?.against).toEqual(['c', 'd']);
  });

  it('refuse an answer the bank does not have, or evidence from no listed source', () => {
    const r = person('e', 'em', 'em');
    const id = statements[0]?.id ?? '';
    const broken = {
      ...r,
      answers: { [String(gradedBank.version)]: { [id]: { option: 'maybe', evidence: 'x', url: 'https://elsewhere.org' } } },
    };
    expect(answerProblems(gradedBank, broken)).toEqual([
      `e.${id}: no option "maybe"`,
      `e.${id}: https://elsewhere.org is not among the sources`,
    ]);
  });

  it('name the file and the place of a malformed respondent', () => {
    const dir = `${mkdtempSync(`${tmpdir()}/reference-`)}/`;
    try {
      writeFileSync(`${dir}jane-doe.json`, JSON.stringify({ id: 'jane-doe', name: 'Jane Doe', path: 'ic' }));
      expect(() => loadRespondents(dir)).toThrow(`${dir}jane-doe.json: path:`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
