// @vitest-environment node
// Content tests for data/questions.json in the style of the Big Five project: ids unique, every
// citation resolves, statements keyed both ways, both outcomes reachable, and fair wording; then
// what version 2 promises: graded answers, one area per question, a quote for every answer.
import { describe, expect, it } from 'vitest';
import articleJson from '../../data/article.json';
import { validateArticle } from '../../src/engine/validate-bank.ts';
import { DISCRIMINATING_SECTIONS, indexArticle } from '../../src/engine/article-index.ts';
import { scoreAttempt } from '../../src/engine/score.ts';
import * as v from 'valibot';
import bankV1Json from '../../data/questions-v1.json';
import { BankSchema, type Article, type ArticleSection, type Question } from '../../src/engine/bank-schema.ts';
import { realBank as bank } from '../support/banks.ts';

const v1Bank = v.parse(BankSchema, bankV1Json);

function loadArticle(): Article {
  const result = validateArticle(articleJson);
  if (!result.ok) throw new Error(`data/article.json is invalid:\n${result.errors.join('\n')}`);
  return result.value;
}
const article = loadArticle();
const items = indexArticle(article);

const statements = bank.questions.filter((q) => q.kind === 'statement');
const duplicates = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
const key = (w: Readonly<Record<string, number>>, sign: 1 | -1) =>
  Object.entries(w)
    .filter(([, x]) => x !== 0)
    .map(([k, x]) => `${k}:${sign * x}`)
    .sort()
    .join(',');

const citableIds = (s: ArticleSection): string[] => {
  switch (s.kind) {
    case 'prose':
    case 'list':
      return s.items.map((i) => i.id);
    case 'pairs':
      return s.pairs.flatMap((p) => [p.em.id, p.le.id]);
    case 'faq':
      return s.entries.flatMap((e) => [e.question.id, e.answer.id]);
    case 'table':
      return [];
  }
};
const idsOfSection = (id: string): string[] => {
  const s = article.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section "${id}" in data/article.json`);
  return citableIds(s);
};

/** The option of a question that, on its own, pulls furthest toward `pole`. */
function strongest(q: Question, pole: 1 | -1): string {
  const pulls = q.options.map((o) => ({ id: o.id, lean: scoreAttempt(bank, { [q.id]: o.id }).lean.numerator }));
  pulls.sort((a, b) => pole * (b.lean - a.lean));
  return pulls[0]?.id ?? '';
}

describe('ids and citations', () => {
  it('uses each question id and each dimension id once', () => {
    expect(duplicates(bank.questions.map((q) => q.id))).toEqual([]);
    expect(duplicates(bank.dimensions.map((d) => d.id))).toEqual([]);
  });

  it('uses each option id once within its question', () => {
    for (const q of bank.questions) expect(duplicates(q.options.map((o) => o.id)), q.id).toEqual([]);
  });

  it('cites only article items that exist, from questions and dimensions alike', () => {
    const cites = [...bank.questions, ...bank.dimensions].flatMap((x) => x.cites.map((c) => `${x.id} -> ${c}`));
    expect(cites.filter((c) => !items.has(c.split(' -> ')[1] ?? ''))).toEqual([]);
  });

  it('cites every item of the eight lists that set the roles apart', () => {
    const cited = new Set(bank.questions.flatMap((q) => q.cites));
    const discriminating = DISCRIMINATING_SECTIONS.flatMap(idsOfSection);
    expect(discriminating).toHaveLength(8 + 7 * 2 + 6 * 7);
    expect(discriminating.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('never cites Key Similarities from a question: they cannot tell the roles apart', () => {
    const similarities = new Set(idsOfSection('key-similarities'));
    expect(similarities.size).toBe(6);
    expect(bank.questions.flatMap((q) => q.cites.filter((c) => similarities.has(c)).map((c) => `${q.id} -> ${c}`))).toEqual([]);
  });

  it('weighs only dimensions the bank defines', () => {
    const dims = new Set(bank.dimensions.map((d) => d.id));
    const unknown = bank.questions.flatMap((q) => q.options.flatMap((o) => Object.keys(o.weights).filter((k) => !dims.has(k)).map((k) => `${q.id}.${o.id}.${k}`)));
    expect(unknown).toEqual([]);
  });
});

describe('each question is fair on its own', () => {
  it('asks at least 28 questions', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(28);
  });

  it.each(bank.questions.map((q) => [q.id, q] as const))('%s has exactly one neutral option', (_id, q) => {
    expect(q.options.filter((o) => key(o.weights, 1) === '').map((o) => o.id)).toHaveLength(1);
  });

  it.each(bank.questions.map((q) => [q.id, q] as const))('%s offers each answer and its mirror, as many of one as of the other', (_id, q) => {
    // A multiset comparison: two options toward one pole need two toward the other.
    const weights = q.options.map((o) => key(o.weights, 1)).sort();
    const mirrored = q.options.map((o) => key(o.weights, -1)).sort();
    expect(mirrored).toEqual(weights);
  });

  it.each(statements.map((q) => [q.id, q] as const))('statement %s offers the five-point agree scale', (_id, q) => {
    expect(q.options.map((o) => [o.id, o.label])).toEqual([
      ['strongly-agree', 'Strongly agree'],
      ['agree', 'Agree'],
      ['not-sure', 'Not sure'],
      ['disagree', 'Disagree'],
      ['strongly-disagree', 'Strongly disagree'],
    ]);
    // Agreement pulls one way, harder when strong; "not sure" pulls nowhere.
    const [sa, a, ns, d, sd] = q.options.map((o) => o.weights);
    expect(key(ns ?? {}, 1)).toBe('');
    expect(key(sa ?? {}, 1)).toBe(key(sd ?? {}, -1));
    expect(key(a ?? {}, 1)).toBe(key(d ?? {}, -1));
    expect(key(sa ?? {}, 1)).not.toBe('');
    for (const [dim, w] of Object.entries(a ?? {})) expect(Math.abs((sa ?? {})[dim] ?? 0)).toBeGreaterThan(Math.abs(w));
  });
});

describe('the bank as a whole', () => {
  it.each(bank.dimensions.map((d) => [d.id] as const))('keys the statements on %s both ways, and agreeing with all of them cancels out', (dim) => {
    const keyed = statements.map((q) => q.options[0]?.weights[dim] ?? 0).filter((w) => w !== 0);
    expect(keyed.filter((w) => w > 0).length).toBeGreaterThanOrEqual(1);
    expect(keyed.filter((w) => w < 0).length).toBeGreaterThanOrEqual(1);
    expect(keyed.reduce((s, w) => s + w, 0)).toBe(0);
  });

  it('reaches a strong Engineering Manager result and a strong Lead Engineer result', () => {
    const toward = (pole: 1 | -1) => Object.fromEntries(bank.questions.map((q) => [q.id, strongest(q, pole)]));
    expect(scoreAttempt(bank, toward(1)).band).toBe('strong-em');
    expect(scoreAttempt(bank, toward(-1)).band).toBe('strong-le');
  });

  it('gives balanced when every statement is agreed with and every scenario answered neutrally', () => {
    const answers = Object.fromEntries(
      bank.questions.map((q) => [q.id, q.kind === 'statement' ? 'strongly-agree' : (q.options.find((o) => key(o.weights, 1) === '')?.id ?? '')]),
    );
    expect(scoreAttempt(bank, answers)).toMatchObject({ band: 'balanced', em: 50 });
  });

  it('mixes scenarios and statements', () => {
    expect(statements.length).toBeGreaterThanOrEqual(10);
    expect(bank.questions.length - statements.length).toBeGreaterThanOrEqual(10);
  });
});

describe('wording', () => {
  // Words that tell the reader which answer is the right one. "just" is allowed only in its
  // sense of "recently" ("has just taken on"), where it leads nowhere.
  const LEADING: readonly [string, RegExp][] = [
    ['boring', /\bboring\b/i],
    ['exciting', /\bexciting\b/i],
    ['obviously', /\bobviously\b/i],
    ['unfortunately', /\bunfortunately\b/i],
    ['just', /(?<!\b(?:has|have|had) )\bjust\b/i],
  ];
  const leadingWords = (text: string) => LEADING.filter(([, re]) => re.test(text)).map(([word]) => word);

  it.each([
    ['Would you just fix the bug yourself?', ['just']],
    ['Budget meetings are boring, right?', ['boring']],
    ['Obviously the team needs a plan. Unfortunately, ...', ['obviously', 'unfortunately']],
    ['Is an exciting new framework worth it?', ['exciting']],
    ['Your team has just taken on four junior engineers.', []],
    ['A justified decision', []],
  ] as const)('the deny list flags %j as %j', (text, words) => {
    expect(leadingWords(text)).toEqual(words);
  });

  it.each(bank.questions.map((q) => [q.id, q.prompt] as const))('%s asks without leading words', (_id, prompt) => {
    expect(leadingWords(prompt)).toEqual([]);
  });

  it('shows every label word for word: not empty, no stray spaces or line breaks, at most 140 characters', () => {
    const bad = bank.questions.flatMap((q) =>
      q.options.flatMap((o) => {
        const label = o.label;
        const ok = label.trim() === label && label.length > 0 && label.length <= 140 && !/[\r\n\t]/.test(label) && !/ {2}/.test(label);
        return ok ? [] : [`${q.id}.${o.id}: ${JSON.stringify(label)}`];
      }),
    );
    expect(bad).toEqual([]);
  });

  it('gives the options of a question labels a reader can tell apart', () => {
    for (const q of bank.questions) expect(duplicates(q.options.map((o) => o.label.toLowerCase())), q.id).toEqual([]);
  });

  it('ends every prompt with a full stop or a question mark', () => {
    expect(bank.questions.filter((q) => !/[.?]$/.test(q.prompt)).map((q) => q.id)).toEqual([]);
  });
});

/** Which role an article item speaks for, by the list it stands in (as the results choose quotes); null for even-handed items. */
function speaksFor(itemId: string): 'em' | 'le' | null {
  const section = items.get(itemId)?.sectionId;
  if (section === 'roles') return itemId.endsWith('-em') ? 'em' : itemId.endsWith('-le') ? 'le' : null;
  if (section === 'scenarios-em' || section === 'em-advantages' || section === 'le-drawbacks') return 'em';
  if (section === 'scenarios-le' || section === 'le-advantages' || section === 'em-drawbacks') return 'le';
  return null;
}

const areasOf = (q: Question) => [...new Set(q.options.flatMap((o) => Object.keys(o.weights)))];
const firstLeans = (q: Question) => Object.values(q.options[0]?.weights ?? {}).reduce((s, w) => s + w, 0) > 0 ? 'em' : 'le';

describe('version 2: graded, one area per question, quotable', () => {
  it('is version 2, with 30 to 32 questions: about seven minutes at 14 seconds a question', () => {
    expect(bank.version).toBe(2);
    expect(bank.questions.length).toBeGreaterThanOrEqual(30);
    expect(bank.questions.length).toBeLessThanOrEqual(32);
  });

  it('measures the seven responsibility areas, with their poles, and nothing else', () => {
    expect(bank.dimensions.map((d) => [d.id, d.em, d.le])).toEqual([
      ['strategy', 'Strategic planning', 'Technical depth'],
      ['people', 'Team management', 'Technical guidance'],
      ['resources', 'Resource allocation', 'Tool selection'],
      ['communication', 'Stakeholder communication', 'Internal collaboration'],
      ['quality', 'Process implementation', 'Code quality'],
      ['risk', 'Risk management', 'Problem solving'],
      ['growth', 'Training and development', 'Continuous learning'],
    ]);
  });

  it('weighs exactly one area with every question, so no area counts another one twice', () => {
    expect(bank.questions.filter((q) => areasOf(q).length !== 1).map((q) => `${q.id}: ${areasOf(q).join(', ')}`)).toEqual(
      [],
    );
  });

  it.each(bank.dimensions.map((d) => [d.id] as const))(
    'asks at least four questions on %s, statements for both roles alike, and scenarios putting each side first alike',
    (dim) => {
      const mine = bank.questions.filter((q) => areasOf(q).includes(dim));
      const count = (kind: Question['kind'], role: 'em' | 'le') =>
        mine.filter((q) => q.kind === kind && firstLeans(q) === role).length;
      expect(mine.length).toBeGreaterThanOrEqual(4);
      expect(count('statement', 'em')).toBeGreaterThanOrEqual(1);
      expect(count('statement', 'em')).toBe(count('statement', 'le'));
      expect(count('scenario', 'em')).toBe(count('scenario', 'le'));
    },
  );

  it('lands at exactly 50 when every first option, or every last option, is chosen', () => {
    for (const pick of [0, 4]) {
      const answers = Object.fromEntries(bank.questions.map((q) => [q.id, q.options[pick]?.id ?? '']));
      expect(scoreAttempt(bank, answers).em).toBe(50);
    }
  });

  it.each(bank.questions.filter((q) => q.kind === 'scenario').map((q) => [q.id, q] as const))(
    'scenario %s offers two choices, each strongly or mildly, and no preference, in labels that fit a phone',
    (_id, q) => {
      expect(q.options.map((o) => o.id)).toEqual(['definitely-a', 'rather-a', 'no-preference', 'rather-b', 'definitely-b']);
      const [da, ra, np, rb, db] = q.options.map((o) => o.label);
      const a = da?.replace(/^Definitely /, '');
      const b = db?.replace(/^Definitely /, '');
      expect([da, ra, np, rb, db]).toEqual([`Definitely ${a}`, `Rather ${a}`, 'No preference', `Rather ${b}`, `Definitely ${b}`]);
      for (const o of q.options) expect(o.label.length, o.label).toBeLessThanOrEqual(34);
    },
  );

  it.each(bank.questions.map((q) => [q.id, q] as const))('%s cites an article item for each role its answers can lean to', (_id, q) => {
    const sides = new Set(q.cites.map(speaksFor));
    expect([sides.has('em'), sides.has('le')]).toEqual([true, true]);
  });

  it('names deal-breakers for leaning Engineering Manager while rejecting team management, and Lead Engineer while rejecting technical depth', () => {
    const entries = bank.dealBreakers ?? [];
    expect(entries.map((d) => [d.dimension, d.role])).toEqual(
      expect.arrayContaining([
        ['people', 'em'],
        ['strategy', 'le'],
      ]),
    );
    for (const d of entries) {
      const statementsOfRole = statements.filter((q) => areasOf(q).includes(d.dimension) && firstLeans(q) === d.role);
      expect(statementsOfRole.length, `${d.dimension}/${d.role}`).toBeGreaterThanOrEqual(2);
      expect(d.cites.every((c) => items.get(c)?.sectionId === `${d.role}-drawbacks`)).toBe(true);
    }
  });

  it('asks both roles in the same register: no tolerance, conditions or presuppositions', () => {
    const TOLERANCE = /\b(could live with|wouldn't mind|would not mind|comfortable|as long as|even when|even if|if it helped|tire me)\b/i;
    expect(bank.questions.filter((q) => TOLERANCE.test(q.prompt)).map((q) => q.id)).toEqual([]);
  });
});

describe('version 2 against the frozen version 1', () => {
  // The version 1 items the issue found double-barrelled, conditional, presupposing, wrongly keyed
  // or two-sided, and the ones folded into new items: their ids must never come back with a new meaning.
  const RETIRED = [
    'ten-years',
    'final-say-technical',
    'strategy-shift',
    'mentor-on-code',
    'keeping-up-tiring',
    'own-team-results',
    'admin-for-process',
    'recurring-bugs',
    'handle-people-issues',
    'launch-outage',
    'replan-on-change',
    'trade-coding-for-say',
    'meet-with-builders',
    'pride-in-codebase',
    'technical-go-to',
    'late-release',
    'team-expansion',
  ];

  it('retires the ids of the questions it rewrote instead of reusing them', () => {
    const v1Ids = new Set(v1Bank.questions.map((q) => q.id));
    expect(RETIRED.filter((id) => !v1Ids.has(id))).toEqual([]);
    expect(bank.questions.filter((q) => RETIRED.includes(q.id)).map((q) => q.id)).toEqual([]);
  });

  it('keeps the meaning of every answer id a kept question keeps: the same prompt, label and direction', () => {
    const lean = (w: Readonly<Record<string, number>>) => Math.sign(Object.values(w).reduce((s, x) => s + x, 0));
    const changed = bank.questions.flatMap((q) => {
      const old = v1Bank.questions.find((x) => x.id === q.id);
      return q.options.flatMap((o) => {
        const before = old?.options.find((x) => x.id === o.id);
        if (!old || !before) return [];
        const same = old.prompt === q.prompt && before.label === o.label && lean(before.weights) === lean(o.weights);
        return same ? [] : [`${q.id}.${o.id}`];
      });
    });
    expect(changed).toEqual([]);
  });
});
