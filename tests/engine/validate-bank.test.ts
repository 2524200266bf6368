// @vitest-environment node
// validateBank and validateArticle: the real content passes, and each way of breaking a copy of it
// is reported with the place and the reason an editor of data/ would read. The version 1 rules are
// broken on the frozen data/questions-v1.json, the version 2 rules on data/questions.json.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import articleJson from '../../data/article.json';
import bankJson from '../../data/questions.json';
import bankV1Json from '../../data/questions-v1.json';
import { validateArticle, validateBank } from '../../src/engine/validate-bank.ts';
import { scoreAttempt } from '../../src/engine/score.ts';
import { BankSchema, type Article, type Bank, type Question } from '../../src/engine/bank-schema.ts';
import { realBank } from '../support/banks.ts';

const v1Bank: Bank = v.parse(BankSchema, bankV1Json);

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

function broken(edit: (bank: Bank) => void, base: Bank = v1Bank): ReturnType<typeof validateBank> {
  const bank = structuredClone(base);
  edit(bank);
  return validateBank(bank, article);
}

const errorsOf = (result: ReturnType<typeof validateBank>): readonly string[] => (result.ok ? [] : result.errors);

describe('validateBank on the real content', () => {
  it('passes data/questions.json (version 2) against data/article.json', () => {
    const result = validateBank(bankJson, article);
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(realBank.version).toBe(2);
  });

  it('passes the frozen data/questions-v1.json with the version 1 rules', () => {
    const result = validateBank(bankV1Json, article);
    expect(errorsOf(result)).toEqual([]);
    expect(v1Bank.version).toBe(1);
  });

  // The version 1 table below names places by index; if the bank is reordered, this says so in one line.
  it('still has the version 1 questions the broken fixtures below point at', () => {
    expect([0, 1, 2, 4, 7].map((i) => [i, v1Bank.questions[i]?.id, v1Bank.questions[i]?.kind])).toEqual([
      [0, 'team-expansion', 'scenario'],
      [1, 'hunt-hard-bugs', 'statement'],
      [2, 'cross-dept-launch', 'scenario'],
      [4, 'junior-hires', 'scenario'],
      [7, 'handle-people-issues', 'statement'],
    ]);
  });
});

describe('validateBank names the place and the reason (version 1 rules, on the frozen bank)', () => {
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
    const lopsided = structuredClone(v1Bank);
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

describe('validateBank names the place and the reason (version 2 rules, on data/questions.json)', () => {
  const v2 = (edit: (bank: Bank) => void) => broken(edit, realBank);
  const options = (b: Bank, id: string) => question(b, id).options;

  // The table below names places by index; if the bank is reordered, this says so in one line.
  it('still has the questions the broken fixtures below point at', () => {
    expect([0, 1, 7].map((i) => [i, realBank.questions[i]?.id, realBank.questions[i]?.kind])).toEqual([
      [0, 'new-market-plan', 'scenario'],
      [1, 'hunt-hard-bugs', 'statement'],
      [7, 'clean-codebase', 'statement'],
    ]);
    expect(realBank.dealBreakers?.map((d) => [d.dimension, d.role])).toEqual([
      ['people', 'em'],
      ['strategy', 'le'],
    ]);
  });

  it.each<[string, (bank: Bank) => void, string]>([
    // Graded answers everywhere.
    [
      'a scenario with only three answers',
      (b) => {
        const q = question(b, 'new-market-plan');
        q.options = q.options.filter((o) => o.id !== 'rather-a' && o.id !== 'rather-b');
      },
      'questions[0].options: expected 5 graded options (2w, w, 0, -w, -2w)',
    ],
    [
      'a mild answer worth as much as a strong one',
      (b) => {
        const [, agree, , disagree] = options(b, 'clean-codebase');
        if (agree) agree.weights = { quality: -2 };
        if (disagree) disagree.weights = { quality: 2 };
      },
      'questions[7].options: expected 5 graded options (2w, w, 0, -w, -2w)',
    ],
    [
      'a mild answer that pulls on another dimension than the strong one',
      (b) => {
        const [, agree, , disagree] = options(b, 'clean-codebase');
        if (agree) agree.weights = { risk: -1 };
        if (disagree) disagree.weights = { risk: 1 };
      },
      'questions[7].options: expected 5 graded options (2w, w, 0, -w, -2w)',
    ],

    // Statements: fixed option ids, one dimension.
    [
      'a statement whose options are not the five fixed ids in order',
      (b) => setAt(b, ['questions', 7, 'options', 2, 'id'], 'neutral'),
      "questions[7].options: a statement's option ids must be strongly-agree, agree, not-sure, disagree, strongly-disagree, in that order",
    ],
    [
      'a statement that weighs two dimensions',
      (b) => {
        for (const o of options(b, 'clean-codebase')) {
          const w = o.weights['quality'] ?? 0;
          o.weights = w === 0 ? {} : { quality: w, strategy: w };
        }
      },
      'questions[7]: a statement must weigh exactly one dimension, found 2 (strategy, quality)',
    ],
    [
      'a scenario that weighs three dimensions',
      (b) => {
        for (const o of options(b, 'new-market-plan')) {
          const w = o.weights['strategy'] ?? 0;
          o.weights = w === 0 ? {} : { strategy: w, people: w, resources: w };
        }
      },
      'questions[0]: a scenario may weigh at most two dimensions, found 3 (strategy, people, resources)',
    ],

    // Both roles' statements in every dimension, keyed evenly both ways.
    [
      'a dimension with no Engineering Manager statement',
      (b) => {
        for (const o of options(b, 'spot-risks-early')) o.weights = negated(o.weights);
      },
      'dimensions.risk: expected at least one Engineering Manager statement and one Lead Engineer statement, found 0 and 2',
    ],
    [
      'agreeing with every statement leans Engineering Manager',
      (b) => {
        for (const o of options(b, 'help-junior-on-code')) o.weights = negated(o.weights);
      },
      'dimensions.people: agreeing with every statement leans Engineering Manager; key its statements evenly',
    ],
    [
      'agreeing leans even when the weights look balanced: the engine divides each question by its largest weight',
      (b) => {
        // Raw weights cancel (2 + 2 - 1 - 1 - ...), but each statement counts the same once scaled.
        for (const o of options(b, 'keep-hands-on')) o.weights = scaled(o.weights, 2);
        for (const o of options(b, 'design-the-architecture')) o.weights = scaled(o.weights, 2);
        for (const o of options(b, 'earning-ceiling')) o.weights = negated(o.weights);
      },
      'dimensions.strategy: agreeing with every statement leans Lead Engineer; key its statements evenly',
    ],
    [
      'choosing every first option leans one way',
      (b) => {
        const q = question(b, 'team-conflict');
        // The same answers, Lead Engineer side first: "first option" now pulls Lead Engineer twice in people.
        q.options = q.options.map((o, i, all) => ({ ...o, weights: all[all.length - 1 - i]?.weights ?? {} }));
      },
      "dimensions.people: choosing every first option leans Lead Engineer; put the other role's side first in some of its scenarios",
    ],

    // Dimensions that do not measure the same thing twice.
    [
      'two dimensions that share most of their questions',
      (b) => {
        b.dimensions.push({ id: 'reach', name: 'Reach vs depth', em: 'Reach', le: 'Depth', cites: [] });
        for (const id of ['new-market-plan', 'career-ladder']) {
          for (const o of options(b, id)) {
            const w = o.weights['strategy'] ?? 0;
            o.weights = w === 0 ? {} : { strategy: w, reach: w };
          }
        }
      },
      'dimensions.strategy, dimensions.reach: they share 2 of their 6 and 2 questions; no two dimensions may share most of their questions',
    ],

    // Deal-breakers.
    [
      'no deal-breaker entries',
      (b) => setAt(b, ['dealBreakers'], REMOVE),
      'dealBreakers: expected at least one entry from version 2 (a core area each role must not be rejected in)',
    ],
    [
      'a deal-breaker role that is not a role',
      (b) => setAt(b, ['dealBreakers', 0, 'role'], 'boss'),
      'dealBreakers[0].role: expected "em" or "le"',
    ],
    [
      'a deal-breaker on an unknown dimension',
      (b) => setAt(b, ['dealBreakers', 0, 'dimension'], 'rewards'),
      'dealBreakers[0].dimension: no dimension "rewards"',
    ],
    [
      'a deal-breaker on a dimension with one statement of its role',
      (b) => b.dealBreakers?.push({ dimension: 'risk', role: 'em', cites: ['em-drawbacks-6'] }),
      'dealBreakers[2]: expected at least two Engineering Manager statements in "risk", found 1',
    ],
    [
      'the same deal-breaker twice',
      (b) => b.dealBreakers?.push({ dimension: 'people', role: 'em', cites: ['em-drawbacks-3'] }),
      'dealBreakers[2]: Engineering Manager in "people" is listed twice',
    ],
    [
      'a deal-breaker citing a missing item',
      (b) => setAt(b, ['dealBreakers', 0, 'cites', 0], 'em-drawbacks-9'),
      'dealBreakers[0].cites[0]: no article item "em-drawbacks-9"',
    ],
    [
      'a deal-breaker citing an advantage instead of a drawback',
      (b) => setAt(b, ['dealBreakers', 0, 'cites', 0], 'em-advantages-6'),
      'dealBreakers[0].cites[0]: "em-advantages-6" is not one of the Engineering Manager drawbacks (em-drawbacks-N)',
    ],
    [
      "a deal-breaker citing the other role's drawback",
      (b) => setAt(b, ['dealBreakers', 1, 'cites', 0], 'em-drawbacks-1'),
      'dealBreakers[1].cites[0]: "em-drawbacks-1" is not one of the Lead Engineer drawbacks (le-drawbacks-N)',
    ],

    // The version 1 rules still hold.
    [
      'an item of a discriminating list that no question cites',
      (b) => {
        const q = question(b, 'new-market-plan');
        q.cites = q.cites.filter((c) => c !== 'scenarios-em-2');
      },
      'coverage: article item "scenarios-em-2" is cited by no question',
    ],
    [
      'asymmetric options',
      (b) => setAt(b, ['questions', 1, 'options', 0, 'weights', 'risk'], -3),
      'questions[1].options[0]: its weights negated are no other option of the question (options must be symmetric)',
    ],
  ])('%s', (_name, edit, error) => {
    const result = v2(edit);
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toContain(error);
  });

  it('lets a scenario name its choices in its option ids, as long as the answers are graded', () => {
    const named = v2((b) => {
      const ids = [
        'definitely-roadmap',
        'rather-roadmap',
        'no-preference',
        'rather-architecture',
        'definitely-architecture',
      ];
      options(b, 'new-market-plan').forEach((o, i) => (o.id = ids[i] ?? o.id));
    });
    expect(errorsOf(named)).toEqual([]);
  });

  it('holds a bank to the rules of its own version: the frozen bank fails as version 2', () => {
    const errors = errorsOf(broken((b) => setAt(b, ['version'], 2)));
    expect(errors).toContain('questions[2].options: expected 5 graded options (2w, w, 0, -w, -2w)');
    expect(errors).toContain('questions[5]: a statement must weigh exactly one dimension, found 2 (strategy, rewards)');
    expect(errors).toContain(
      'dealBreakers: expected at least one entry from version 2 (a core area each role must not be rejected in)',
    );
  });

  it('reports one graded-answers error, not a cascade, for one mild answer that is too strong', () => {
    expect(
      errorsOf(
        v2((b) => {
          const [, agree, , disagree] = options(b, 'clean-codebase');
          if (agree) agree.weights = { quality: -2 };
          if (disagree) disagree.weights = { quality: 2 };
        }),
      ),
    ).toEqual(['questions[7].options: expected 5 graded options (2w, w, 0, -w, -2w)']);
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
