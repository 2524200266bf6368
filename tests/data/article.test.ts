// @vitest-environment node
// data/article.json against the article it was taken from: every word the quiz quotes must be the
// article's own, nothing may be missing from its lists, and none of the page around it may leak in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import articleJson from '../../data/article.json';
import { validateArticle } from '../../src/engine/validate-bank.ts';
import type { Article, ArticleSection } from '../../src/engine/bank-schema.ts';

const SOURCE_FILE = 'tests/fixtures/source-article.txt';
/** The page furniture starts here: a comment form, a contact form and an advert. */
const FURNITURE_STARTS = '\nLeave a Comment\n';

const page = readFileSync(SOURCE_FILE, 'utf8');
const body = page.slice(0, page.indexOf(FURNITURE_STARTS));
/** The article's lines without indentation or list numbers, as a reader sees each paragraph. */
const paragraphs = new Set(body.split('\n').map((line) => line.trim().replace(/^\d+\. /, '')));

function loadArticle(): Article {
  const result = validateArticle(articleJson);
  if (!result.ok) throw new Error(`data/article.json is invalid:\n${result.errors.join('\n')}`);
  return result.value;
}
const article = loadArticle();

function section(id: string): ArticleSection {
  const s = article.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section "${id}" in data/article.json`);
  return s;
}

/** Every quoted text: items, both lines of each pair, each FAQ question and answer. */
const quoted: readonly { id: string; text: string }[] = article.sections.flatMap((s) => {
  switch (s.kind) {
    case 'prose':
    case 'list':
      return s.items;
    case 'pairs':
      return s.pairs.flatMap((p) => [p.em, p.le]);
    case 'faq':
      return s.entries.flatMap((e) => [e.question, e.answer]);
    case 'table':
      return [];
  }
});

const allIds: readonly string[] = article.sections.flatMap((s) => [
  s.id,
  ...(s.kind === 'prose' || s.kind === 'list' ? s.items.map((i) => i.id) : []),
  ...(s.kind === 'pairs' ? s.pairs.flatMap((p) => [p.id, p.em.id, p.le.id]) : []),
  ...(s.kind === 'faq' ? s.entries.flatMap((e) => [e.id, e.question.id, e.answer.id]) : []),
  ...(s.kind === 'table' ? s.rows.map((r) => r.id) : []),
]);

const listTexts = (id: string): string[] => {
  const s = section(id);
  return s.kind === 'list' ? s.items.map((i) => i.text) : [];
};

describe('the source article', () => {
  it('is the page the data was taken from, with its furniture where expected', () => {
    expect(page.split('\n')[0]).toBe(article.title);
    expect(body.length).toBeGreaterThan(10_000);
    expect(page.slice(body.length)).toContain('QuickBooks');
  });
});

describe('data/article.json quotes the article word for word', () => {
  it('has something to quote', () => {
    expect(quoted.length).toBeGreaterThanOrEqual(70);
  });

  it.each(quoted.map((q) => [q.id, q.text]))('%s is a whole paragraph of the article', (_id, text) => {
    expect(paragraphs.has(text), `not found verbatim in the article: ${text}`).toBe(true);
  });

  it('gives each pair the title it has in the article', () => {
    const roles = section('roles');
    expect(roles.kind).toBe('pairs');
    for (const pair of roles.kind === 'pairs' ? roles.pairs : []) expect(paragraphs).toContain(pair.title);
  });

  it('gives each section the heading it has in the article', () => {
    const titles = article.sections.flatMap((s) => ('title' in s && s.title !== undefined ? [s.title] : []));
    expect(titles.length).toBeGreaterThanOrEqual(12);
    for (const title of titles) expect(paragraphs).toContain(title);
  });

  it('reproduces the summary table line for line, with its header and caption', () => {
    const table = section('summary-table');
    if (table.kind !== 'table') throw new Error('summary-table is not a table');
    // The page flattens the table: a header line, then each row's criterion glued to its first cell,
    // the Engineering Manager and Lead Engineer cells marked with an en dash, and the caption after.
    const lines = [
      table.columns.join(''),
      ...table.rows.flatMap((row) => {
        const cells = 'both' in row ? row.both : [...row.em, ...row.le].map((c) => `– ${c}`);
        return cells.map((cell, i) => (i === 0 ? `${row.criterion}${cell}` : cell));
      }),
      table.caption,
    ];
    const sourceLines = body.split('\n');
    const start = sourceLines.indexOf(table.columns.join(''));
    expect(start).toBeGreaterThan(0);
    expect(sourceLines.slice(start, start + lines.length)).toEqual(lines);
  });
});

describe('data/article.json is shaped as the quiz expects', () => {
  it('has a kebab-case id on every section', () => {
    for (const s of article.sections) expect(s.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('uses every id once', () => {
    expect(allIds.filter((id, i) => allIds.indexOf(id) !== i)).toEqual([]);
  });

  it('has the seven Roles and Responsibilities pairs, Engineering Manager then Lead Engineer', () => {
    const roles = section('roles');
    if (roles.kind !== 'pairs') throw new Error('roles is not a pairs section');
    expect(roles.pairs).toHaveLength(7);
    for (const pair of roles.pairs) {
      expect(pair.em.text).toMatch(/^Engineering Manager: \S/);
      expect(pair.le.text).toMatch(/^Lead Engineer: \S/);
    }
  });

  it.each([
    ['key-differences', 8],
    ['key-similarities', 6],
    ['em-advantages', 7],
    ['em-drawbacks', 7],
    ['le-advantages', 7],
    ['le-drawbacks', 7],
    ['scenarios-em', 7],
    ['scenarios-le', 7],
  ] as const)('lists %s with %i items', (id, size) => {
    const s = section(id);
    expect(s.kind).toBe('list');
    expect(listTexts(id)).toHaveLength(size);
  });

  it('says which role each advantages, drawbacks and scenarios list speaks for, as its heading does', () => {
    // A list of one role's advantages, of the other's drawbacks, or of scenarios favouring it.
    const sideInTitle = (title: string) => {
      const m = /^(Advantages|Drawbacks|Scenarios Favoring) (?:of Being )?an? (Engineering Manager|Lead Engineer)/.exec(title);
      if (!m) return undefined;
      const named = m[2] === 'Engineering Manager' ? 'em' : 'le';
      return m[1] === 'Drawbacks' ? (named === 'em' ? 'le' : 'em') : named;
    };
    const sided = article.sections.flatMap((s) =>
      s.kind === 'list' ? [[s.id, s.speaksFor, sideInTitle(s.title ?? '')] as const] : [],
    );
    expect(sided.filter(([, side]) => side !== undefined)).toHaveLength(6);
    for (const [id, side, fromTitle] of sided) expect(side, id).toBe(fromTitle);
  });

  it('marks the eight lists that set the roles apart, and only them, as discriminating', () => {
    const marked = article.sections.filter((s) => 'discriminating' in s && s.discriminating).map((s) => s.id);
    expect(marked).toEqual([
      'key-differences',
      'roles',
      'em-advantages',
      'em-drawbacks',
      'le-advantages',
      'le-drawbacks',
      'scenarios-em',
      'scenarios-le',
    ]);
  });

  it('has the eight questions of the FAQ', () => {
    const faq = section('faq');
    if (faq.kind !== 'faq') throw new Error('faq is not a faq section');
    expect(faq.entries).toHaveLength(8);
    for (const e of faq.entries) expect(e.question.text).toMatch(/\?$/);
  });

  it('has the summary table with the columns Criteria, Engineering Manager, Lead Engineer', () => {
    const table = section('summary-table');
    expect(table).toMatchObject({ kind: 'table', columns: ['Criteria', 'Engineering Manager', 'Lead Engineer'] });
  });
});

describe('data/article.json leaves out the page around the article', () => {
  const everything = JSON.stringify(article);

  it.each([
    'Leave a Comment',
    'Your email address',
    'Required fields',
    'Scroll to Top',
    'contact details',
    'Send a Message',
    'QuickBooks',
    'Featured Image',
  ])('has no "%s"', (furniture) => {
    expect(page).toContain(furniture);
    expect(everything.toLowerCase()).not.toContain(furniture.toLowerCase());
  });
});

describe('the article numbered lists are all in data/article.json', () => {
  // "  N. text" lines, grouped into lists where the numbering starts again at 1.
  const numbered = [...body.matchAll(/^ {2}(\d+)\. (.+)$/gm)].map((m) => ({ n: Number(m[1]), text: m[2] ?? '' }));
  const lists = numbered.reduce<string[][]>((acc, { n, text }) => {
    if (n === 1) acc.push([]);
    acc[acc.length - 1]?.push(text);
    return acc;
  }, []);

  it('finds the nine numbered lists of the article, numbered without gaps', () => {
    expect(lists.map((l) => l.length)).toEqual([8, 6, 7, 7, 7, 7, 7, 7, 7]);
    const expectedNumbers = lists.flatMap((l) => l.map((_, i) => i + 1));
    expect(numbered.map((x) => x.n)).toEqual(expectedNumbers);
  });

  it('has each of them, in order, as a list (or, for Roles and Responsibilities, as pair titles)', () => {
    const roles = section('roles');
    const pairTitles = roles.kind === 'pairs' ? roles.pairs.map((p) => p.title) : [];
    expect(lists).toEqual([
      listTexts('key-differences'),
      listTexts('key-similarities'),
      pairTitles,
      listTexts('em-advantages'),
      listTexts('em-drawbacks'),
      listTexts('le-advantages'),
      listTexts('le-drawbacks'),
      listTexts('scenarios-em'),
      listTexts('scenarios-le'),
    ]);
  });

  it('has every numbered line as an item text or a pair title', () => {
    const known = new Set(quoted.map((q) => q.text));
    const roles = section('roles');
    if (roles.kind === 'pairs') for (const p of roles.pairs) known.add(p.title);
    expect(numbered.map((x) => x.text).filter((t) => !known.has(t))).toEqual([]);
  });
});
