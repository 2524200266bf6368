// @vitest-environment node
// Content tests for data/questions.json beyond the validator's rules (ids unique, citations that
// resolve, graded options, keyed both ways, both outcomes reachable: `npm run validate` refuses a
// bank that breaks one, and tests/engine/validate-bank.test.ts tests each rule): fair wording, and
// what version 2 promises: one area per question, a quote for every answer, retired ids.
import { describe, expect, it } from 'vitest';
import articleJson from '../../data/article.json';
import { validateArticle } from '../../src/engine/validate-bank.ts';
import { indexArticle } from '../../src/engine/article-index.ts';
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

describe('ids and citations', () => {
  it('never cites Key Similarities from a question: they cannot tell the roles apart', () => {
    const similarities = new Set(idsOfSection('key-similarities'));
    expect(similarities.size).toBe(6);
    expect(bank.questions.flatMap((q) => q.cites.filter((c) => similarities.has(c)).map((c) => `${q.id} -> ${c}`))).toEqual([]);
  });

});

describe('each question is fair on its own', () => {
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
