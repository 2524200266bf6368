// @vitest-environment node
// validateBank and validateArticle: the real content passes, and each way of breaking a copy of it
// is reported with the place and the reason an editor of data/ would read.
import { describe, expect, it } from 'vitest';
import articleJson from '../../data/article.json';
import bankJson from '../../data/questions.json';
import { validateArticle, validateBank } from '../../src/engine/validate-bank.ts';
import { scoreAttempt } from '../../src/engine/score.ts';
import type { Article, Bank, Question } from '../../src/engine/bank-schema.ts';
import { realBank } from '../support/banks.ts';

function loadArticle(): Article {
  const result = validateArticle(articleJson);
  if (!result.ok) throw new Error(`data/article.json is invalid:\n${result.errors.join('\n')}`);
  return result.value;
}
const article = loadArticle();

/** Sets (or, with `REMOVE`, deletes) the value at `path`, for breaking a copy in ways the types forbid. */
const REMOVE = Symbol('remove');
function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let node: unknown = root;
  for (const [i, key] of path.entries()) {
    if (typeof node !== 'object' || node === null) throw new Error(`fixture: nothing at ${path.slice(0, i).join('.')}`);
    if (i === path.length - 1) {
      if (value === REMOVE) Reflect.deleteProperty(node, key);
      else Reflect.set(node, key, value);
      return;
    }
    node = Reflect.get(node, key);
  }
}

function question(bank: Bank, id: string): Question {
  const q = bank.questions.find((x) => x.id === id);
  if (!q) throw new Error(`fixture: no question "${id}" in the real bank`);
  return q;
}

const negated = (w: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(w).map(([k, x]) => [k, -x]));
const scaled = (w: Readonly<Record<string, number>>, by: number) =>
  Object.fromEntries(Object.entries(w).map(([k, x]) => [k, by * x]));
const everyDimension = (bank: Bank, weight: number) => Object.fromEntries(bank.dimensions.map((d) => [d.id, weight]));

/** A scenario whose one non-neutral answer each way pulls on every dimension at once. */
function pullsOnEverything(bank: Bank, index: number, weight: number): void {
  const q = bank.questions[index];
  if (!q) throw new Error(`fixture: no question at ${index}`);
  q.options = [
    { id: 'everything-em', label: 'Everything toward Engineering Manager', weights: everyDimension(bank, weight) },
    { id: 'depends', label: 'It depends', weights: {} },
    { id: 'everything-le', label: 'Everything toward Lead Engineer', weights: everyDimension(bank, -weight) },
  ];
}

function broken(edit: (bank: Bank) => void): ReturnType<typeof validateBank> {
  const bank = structuredClone(realBank);
  edit(bank);
  return validateBank(bank, article);
}

const errorsOf = (result: ReturnType<typeof validateBank>): readonly string[] => (result.ok ? [] : result.errors);

describe('validateBank on the real content', () => {
  it('passes data/questions.json against data/article.json', () => {
    const result = validateBank(bankJson, article);
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  // The table below names places by index; if the bank is reordered, this says so in one line.
  it('still has the questions the broken fixtures below point at', () => {
    expect([0, 1, 2, 4, 7].map((i) => [i, realBank.questions[i]?.id, realBank.questions[i]?.kind])).toEqual([
      [0, 'team-expansion', 'scenario'],
      [1, 'hunt-hard-bugs', 'statement'],
      [2, 'cross-dept-launch', 'scenario'],
      [4, 'junior-hires', 'scenario'],
      [7, 'handle-people-issues', 'statement'],
    ]);
  });
});

describe('validateBank names the place and the reason', () => {
  it.each<[string, (bank: Bank) => void, string]>([
    // Shape, checked by the schema before anything else.
    [
      'a weight that is a string',
      (b) => setAt(b, ['questions', 4, 'options', 1, 'weights', 'strategy'], '2'),
      'questions[4].options[1].weights.strategy: expected a number',
    ],
    [
      'a weight that is not an integer',
      (b) => setAt(b, ['questions', 1, 'options', 1, 'weights', 'risk'], -1.5),
      'questions[1].options[1].weights.risk: expected an integer',
    ],
    [
      'a weight beyond 9',
      (b) => setAt(b, ['questions', 1, 'options', 0, 'weights', 'risk'], -10),
      'questions[1].options[0].weights.risk: expected a small integer (-9 to 9)',
    ],
    [
      'a missing prompt',
      (b) => setAt(b, ['questions', 0, 'prompt'], REMOVE),
      'questions[0].prompt: Invalid key: Expected "prompt" but received undefined',
    ],
    ['an empty prompt', (b) => setAt(b, ['questions', 0, 'prompt'], ''), 'questions[0].prompt: expected some text'],
    [
      'an unknown kind',
      (b) => setAt(b, ['questions', 1, 'kind'], 'quiz'),
      'questions[1].kind: expected "scenario" or "statement"',
    ],
    [
      'an id that is not kebab-case',
      (b) => setAt(b, ['questions', 2, 'id'], 'Cross_Dept'),
      'questions[2].id: expected a kebab-case id',
    ],
    [
      'a question citing nothing',
      (b) => setAt(b, ['questions', 2, 'cites'], []),
      'questions[2].cites: expected at least one cite',
    ],
    [
      'an unknown field',
      (b) => setAt(b, ['questions', 2, 'hint'], 'Pick one'),
      'questions[2].hint: Invalid key: Expected never but received "hint"',
    ],

    // Ids and references.
    [
      'a duplicate question id',
      (b) => setAt(b, ['questions', 2, 'id'], 'team-expansion'),
      'questions: id "team-expansion" is used twice',
    ],
    [
      'a duplicate option id',
      (b) => setAt(b, ['questions', 1, 'options', 1, 'id'], 'strongly-agree'),
      'questions[1].options: id "strongly-agree" is used twice',
    ],
    [
      'a duplicate dimension id',
      (b) => setAt(b, ['dimensions', 1, 'id'], 'strategy'),
      'dimensions: id "strategy" is used twice',
    ],
    [
      'a cite to a missing article item',
      (b) => setAt(b, ['questions', 7, 'cites', 0], 'scenarios-em-9'),
      'questions[7].cites[0]: no article item "scenarios-em-9"',
    ],
    [
      'a dimension citing a missing article item',
      (b) => setAt(b, ['dimensions', 0, 'cites', 1], 'roles-8-le'),
      'dimensions[0].cites[1]: no article item "roles-8-le"',
    ],
    [
      'a weight on an unknown dimension',
      (b) => {
        const q = question(b, 'hunt-hard-bugs');
        q.options[0] = { id: 'strongly-agree', label: 'Strongly agree', weights: { risk: -2, salary: -1 } };
        q.options[4] = { id: 'strongly-disagree', label: 'Strongly disagree', weights: { risk: 2, salary: 1 } };
      },
      'questions[1].options[0].weights.salary: no dimension "salary"',
    ],

    // Fairness of each question.
    [
      'asymmetric options',
      (b) => setAt(b, ['questions', 1, 'options', 0, 'weights', 'risk'], -3),
      'questions[1].options[0]: its weights negated are no other option of the question (options must be symmetric)',
    ],
    [
      'asymmetric options, the other side',
      (b) => setAt(b, ['questions', 1, 'options', 0, 'weights', 'risk'], -3),
      'questions[1].options[4]: its weights negated are no other option of the question (options must be symmetric)',
    ],
    [
      'two neutral options',
      (b) =>
        question(b, 'cross-dept-launch').options.push({
          id: 'no-preference',
          label: 'No preference',
          weights: { people: 0 },
        }),
      'questions[2].options: expected exactly one neutral option (all weights 0), found 2',
    ],
    [
      'no neutral option',
      (b) => {
        const q = question(b, 'hunt-hard-bugs');
        q.options = q.options.filter((o) => o.id !== 'not-sure');
      },
      'questions[1].options: expected exactly one neutral option (all weights 0), found 0',
    ],

    // Balance of the statements in each dimension.
    [
      'a dimension whose statements are all keyed toward Lead Engineer',
      (b) => {
        for (const o of question(b, 'replan-on-change').options) o.weights = negated(o.weights);
      },
      'dimensions.risk: statements must be keyed both ways (some toward Engineering Manager, some toward Lead Engineer)',
    ],
    [
      'agreeing with everything leans Engineering Manager',
      (b) => {
        for (const o of question(b, 'replan-on-change').options) o.weights = scaled(o.weights, 2);
      },
      'dimensions.risk: agreeing with every statement leans Engineering Manager; key its statements evenly',
    ],
    [
      'agreeing with everything leans Lead Engineer',
      (b) => {
        for (const o of question(b, 'hunt-hard-bugs').options) o.weights = scaled(o.weights, 2);
      },
      'dimensions.risk: agreeing with every statement leans Lead Engineer; key its statements evenly',
    ],
    [
      'a dimension no question measures',
      (b) => b.dimensions.push({ id: 'budget', name: 'Budget vs tooling', em: 'Budget', le: 'Tooling', cites: [] }),
      'dimensions.budget: no question measures this dimension',
    ],

    // Coverage of the article.
    [
      'an item of a discriminating list that no question cites',
      (b) => {
        const q = question(b, 'team-expansion');
        q.cites = q.cites.filter((c) => c !== 'scenarios-em-1');
      },
      'coverage: article item "scenarios-em-1" is cited by no question',
    ],
    [
      // A dimension citing roles-1-em does not count: only questions are asked.
      'a Roles and Responsibilities line that only a dimension cites',
      (b) => {
        const q = question(b, 'strategy-shift');
        q.cites = q.cites.filter((c) => c !== 'roles-1-em');
      },
      'coverage: article item "roles-1-em" is cited by no question',
    ],

    // Outcomes the engine promises.
    [
      'one question weighing every dimension 9',
      (b) => pullsOnEverything(b, 2, 9),
      'outcomes: from all-neutral answers, 2 change(s) leave "balanced"; at least 4 must be needed (let each answer weigh fewer dimensions, or add questions)',
    ],
  ])('%s', (_name, edit, error) => {
    const result = broken(edit);
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toContain(error);
  });

  it('reports only the broken place, not a cascade of errors, for one non-integer weight', () => {
    expect(errorsOf(broken((b) => setAt(b, ['questions', 1, 'options', 1, 'weights', 'risk'], -1.5)))).toEqual([
      'questions[1].options[1].weights.risk: expected an integer',
    ]);
  });

  it('reports a cite to a missing item and the coverage it leaves behind', () => {
    expect(errorsOf(broken((b) => setAt(b, ['questions', 7, 'cites', 0], 'scenarios-em-9')))).toEqual([
      'questions[7].cites[0]: no article item "scenarios-em-9"',
      'coverage: article item "em-drawbacks-5" is cited by no question',
    ]);
  });

  it('accepts an item of a discriminating list that another question still cites', () => {
    // key-differences-6 is cited by launch-outage and recurring-bugs.
    const result = broken((b) => {
      const q = question(b, 'launch-outage');
      q.cites = q.cites.filter((c) => c !== 'key-differences-6');
    });
    expect(errorsOf(result)).toEqual([]);
  });

  it('judges a question by the spread of its weights, not their size: weighing every dimension 1 fails alike', () => {
    // Scoring divides each question's weights by its largest one, so 9s and 1s pull the same.
    const nines = broken((b) => pullsOnEverything(b, 2, 9));
    const ones = broken((b) => pullsOnEverything(b, 2, 1));
    expect(errorsOf(ones)).toEqual(errorsOf(nines));
    expect(errorsOf(ones)).toHaveLength(1);
  });

  it('rejects what is not a bank at all', () => {
    expect(errorsOf(validateBank(null, article))).toEqual(['(root): Invalid type: Expected Object but received null']);
    expect(errorsOf(validateBank({ ...realBank, questions: [] }, article))).toContain(
      'questions: expected at least one question',
    );
  });

  // Symmetry is a multiset rule: a question may not offer two options pulling toward Engineering
  // Manager for every one toward Lead Engineer, or a random respondent leans Engineering Manager.
  it('rejects a question with more options toward one pole than toward the other', () => {
    const lopsided = structuredClone(realBank);
    for (const q of lopsided.questions) {
      const em = q.options.find((o) => Object.values(o.weights).reduce((s, w) => s + w, 0) > 0);
      if (q.kind === 'scenario' && em) q.options.push({ ...em, id: `${em.id}-again`, label: `${em.label} (again)` });
    }
    // The bias is real: uniform random answers no longer average 50.
    const mean = meanEmOverUniformAnswers(lopsided);
    expect(mean).toBeGreaterThan(52);
    expect(validateBank(lopsided, article).ok).toBe(false);
  });
});

/** The exact mean of em over respondents who pick every option of every question equally often. */
function meanEmOverUniformAnswers(bank: Bank): number {
  // em is linear in the answers: 50 + the sum over questions of each question's mean pull.
  return bank.questions.reduce((sum, q) => {
    const pulls = q.options.map((o) => scoreAttempt(bank, { [q.id]: o.id }).em - 50);
    return sum + pulls.reduce((s, p) => s + p, 0) / pulls.length;
  }, 50);
}

describe('validateArticle', () => {
  const copy = (): Article => structuredClone(article);

  it('passes data/article.json', () => {
    expect(validateArticle(articleJson)).toMatchObject({ ok: true });
  });

  it.each<[string, (a: Article) => void, string]>([
    [
      'a duplicate item id',
      (a) => setAt(a, ['sections', 3, 'items', 1, 'id'], 'key-differences-1'),
      'id "key-differences-1" is used twice',
    ],
    [
      'a section id reused by an item',
      (a) => setAt(a, ['sections', 3, 'items', 0, 'id'], 'who'),
      'id "who" is used twice',
    ],
    [
      'a duplicate pair id',
      (a) => setAt(a, ['sections', 5, 'pairs', 1, 'le', 'id'], 'roles-1-le'),
      'id "roles-1-le" is used twice',
    ],
    [
      'a missing title',
      (a) => setAt(a, ['title'], REMOVE),
      'title: Invalid key: Expected "title" but received undefined',
    ],
    [
      'an item missing its text',
      (a) => setAt(a, ['sections', 3, 'items', 0, 'text'], REMOVE),
      'sections[3].items[0].text: Invalid key: Expected "text" but received undefined',
    ],
    [
      'an item with empty text',
      (a) => setAt(a, ['sections', 3, 'items', 0, 'text'], ''),
      'sections[3].items[0].text: expected some text',
    ],
    [
      'a section id that is not kebab-case',
      (a) => setAt(a, ['sections', 0, 'id'], 'Introduction'),
      'sections[0].id: expected a kebab-case id',
    ],
  ])('reports %s', (_name, edit, error) => {
    const a = copy();
    edit(a);
    const result = validateArticle(a);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContain(error);
  });
});
