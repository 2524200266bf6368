// Checks a question bank against its schema and the rules that make scoring fair: every error
// names the place and the reason, e.g. `questions[4].options[1].weights.strategy: expected a number`.
// Version 1 banks (the frozen data/questions-v1.json) keep the version 1 rules; from version 2 a
// bank also needs graded answers, one-sided statements and deal-breaker entries (`checkVersion2`).
import * as v from 'valibot';
import { ArticleSchema, BankSchema, type Article, type Bank, type Question } from './bank-schema.ts';
import { indexArticle, type IndexedItem } from './article-index.ts';
import { prepareBank, BankTooLargeError, type PreparedQuestion } from './prepare.ts';
import { scoreAttempt } from './score.ts';
import { lcm, weightSum } from './weights.ts';

export type Validated<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly string[] };

/** From the least changes that must move an all-neutral attempt out of "balanced". */
export const MIN_CHANGES_FROM_NEUTRAL = 4;

/** The first bank version held to the graded, one-sided rules. */
export const GRADED_FROM_VERSION = 2;

/** A statement's five options, in order from strong agreement to strong disagreement. */
export const STATEMENT_OPTION_IDS = ['strongly-agree', 'agree', 'not-sure', 'disagree', 'strongly-disagree'] as const;

/** How each of a graded question's five options scales its one weight record `w`. */
const GRADES = [2, 1, 0, -1, -2] as const;

const ROLE_NAME = { em: 'Engineering Manager', le: 'Lead Engineer' } as const;

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('')
    .replace(/^\./, '');
}

export function formatIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => `${issuePath(issue) || '(root)'}: ${issue.message}`);
}

export function validateArticle(input: unknown): Validated<Article> {
  const parsed = v.safeParse(ArticleSchema, input);
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.issues) };
  const errors: string[] = [];
  const seen = new Set<string>();
  const ids = parsed.output.sections.flatMap((s) => [
    s.id,
    ...(s.kind === 'pairs' ? s.pairs.flatMap((p) => [p.id, p.em.id, p.le.id]) : []),
    ...(s.kind === 'faq' ? s.entries.flatMap((e) => [e.id, e.question.id, e.answer.id]) : []),
    ...(s.kind === 'prose' || s.kind === 'list' ? s.items.map((i) => i.id) : []),
    ...(s.kind === 'table' ? s.rows.map((r) => r.id) : []),
  ]);
  for (const id of ids) {
    if (seen.has(id)) errors.push(`id "${id}" is used twice`);
    seen.add(id);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.output };
}

const duplicates = (ids: readonly string[]): string[] => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];

type Weights = Readonly<Record<string, number>>;

/** A weight record as a comparable string, its zero weights dropped, every weight times `sign`. */
const canon = (w: Weights, sign: number): string =>
  Object.entries(w)
    .filter(([, x]) => sign * x !== 0)
    .map(([k, x]) => `${k}:${sign * x}`)
    .sort()
    .join(',');

/** The dimensions a question weighs, in bank order. */
const weighed = (q: Question, dimensionIds: readonly string[]): string[] =>
  dimensionIds.filter((d) => q.options.some((o) => (o.weights[d] ?? 0) !== 0));

/** Five options whose weights are 2w, w, 0, -w, -2w for one non-empty weight record w. */
function isGraded(q: Question): boolean {
  const w = q.options[1]?.weights;
  if (q.options.length !== GRADES.length || w === undefined || canon(w, 1) === '') return false;
  return GRADES.every((k, i) => {
    const o = q.options[i];
    return o !== undefined && canon(o.weights, 1) === canon(w, k);
  });
}

export function validateBank(input: unknown, article: Article): Validated<Bank> {
  const parsed = v.safeParse(BankSchema, input);
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.issues) };
  const bank = parsed.output;
  const items = indexArticle(article);
  const errors: string[] = [];
  const dimensionIds = new Set(bank.dimensions.map((d) => d.id));

  for (const id of duplicates(bank.dimensions.map((d) => d.id))) errors.push(`dimensions: id "${id}" is used twice`);
  for (const id of duplicates(bank.questions.map((q) => q.id))) errors.push(`questions: id "${id}" is used twice`);
  bank.dimensions.forEach((d, i) =>
    d.cites.forEach((c, j) => {
      if (!items.has(c)) errors.push(`dimensions[${i}].cites[${j}]: no article item "${c}"`);
    }),
  );

  bank.questions.forEach((q, i) => {
    const at = `questions[${i}]`;
    for (const id of duplicates(q.options.map((o) => o.id))) errors.push(`${at}.options: id "${id}" is used twice`);
    q.cites.forEach((c, j) => {
      if (!items.has(c)) errors.push(`${at}.cites[${j}]: no article item "${c}"`);
    });
    q.options.forEach((o, j) => {
      for (const key of Object.keys(o.weights)) {
        if (!dimensionIds.has(key)) errors.push(`${at}.options[${j}].weights.${key}: no dimension "${key}"`);
      }
    });
    const keys = q.options.map((o) => canon(o.weights, 1));
    // Symmetric as a multiset: each way of pulling occurs exactly as often as its mirror image.
    const count = (k: string) => keys.filter((x) => x === k).length;
    q.options.forEach((o, j) => {
      if (count(canon(o.weights, -1)) !== count(keys[j] ?? '')) {
        errors.push(
          `${at}.options[${j}]: its weights negated are no other option of the question (options must be symmetric)`,
        );
      }
      const signs = new Set(
        Object.values(o.weights)
          .filter((w) => w !== 0)
          .map(Math.sign),
      );
      if (signs.size > 1) errors.push(`${at}.options[${j}]: its weights pull both ways; an answer must lean one way`);
    });
    const neutral = keys.filter((k) => k === '').length;
    if (neutral !== 1)
      errors.push(`${at}.options: expected exactly one neutral option (all weights 0), found ${neutral}`);
  });

  // Coverage: every item of the lists that set the roles apart is cited by some question.
  const cited = new Set(bank.questions.flatMap((q) => q.cites));
  for (const [id, { discriminating }] of items) {
    if (discriminating && !cited.has(id)) {
      errors.push(`coverage: article item "${id}" is cited by no question`);
    }
  }

  if (bank.version >= GRADED_FROM_VERSION) errors.push(...checkVersion2(bank, items));
  else {
    // Balance: statements keyed both ways in every dimension, and "agree" with each statement's
    // first (strongest agreement) option cancels out per dimension.
    for (const d of bank.dimensions) {
      const keyed = bank.questions
        .filter((q) => q.kind === 'statement')
        .map((q) => q.options[0]?.weights[d.id] ?? 0)
        .filter((w) => w !== 0);
      const measured = bank.questions.some((q) => q.options.some((o) => (o.weights[d.id] ?? 0) !== 0));
      if (!measured) errors.push(`dimensions.${d.id}: no question measures this dimension`);
      else if (!keyed.some((w) => w > 0) || !keyed.some((w) => w < 0)) {
        errors.push(
          `dimensions.${d.id}: statements must be keyed both ways (some toward Engineering Manager, some toward Lead Engineer)`,
        );
      } else if (keyed.reduce((s, w) => s + w, 0) !== 0) {
        errors.push(
          `dimensions.${d.id}: agreeing with every statement leans ${keyed.reduce((s, w) => s + w, 0) > 0 ? 'Engineering Manager' : 'Lead Engineer'}; key its statements evenly`,
        );
      }
    }
  }
  if (errors.length) return { ok: false, errors };

  // Outcomes: the bank is well formed now, so the engine can check what it promises.
  let prepared;
  try {
    prepared = prepareBank(bank);
  } catch (e) {
    if (e instanceof BankTooLargeError) return { ok: false, errors: [`questions: ${e.message}`] };
    throw e;
  }
  // The bank's notion of the strongest answer (the highest weight sum) must be the engine's (the furthest pull).
  for (const q of prepared.ordered) {
    const sums = q.question.options.map((o) => weightSum(o.weights));
    if (
      weightSum(q.strongestEm.option.weights) !== Math.max(...sums) ||
      weightSum(q.strongestLe.option.weights) !== Math.min(...sums)
    ) {
      errors.push(
        `questions[${q.index}]: the options whose weights sum highest and lowest must also pull furthest each way`,
      );
    }
  }
  const answer = (choose: (q: PreparedQuestion) => string | undefined): Record<string, string> =>
    Object.fromEntries(
      prepared.ordered.flatMap((q) => {
        const id = choose(q);
        return id === undefined ? [] : [[q.question.id, id]];
      }),
    );
  const em = scoreAttempt(
    bank,
    answer((q) => q.strongestEm.option.id),
  );
  const le = scoreAttempt(
    bank,
    answer((q) => q.strongestLe.option.id),
  );
  if (em.band !== 'strong-em')
    errors.push(`outcomes: the strongest Engineering Manager answers give "${em.band}", not "strong-em"`);
  if (le.band !== 'strong-le')
    errors.push(`outcomes: the strongest Lead Engineer answers give "${le.band}", not "strong-le"`);
  const neutral = scoreAttempt(
    bank,
    answer((q) => q.neutral?.option.id),
  );
  const agree = scoreAttempt(
    bank,
    answer((q) => (q.question.kind === 'statement' ? q.question.options[0]?.id : undefined)),
  );
  if (agree.band !== 'balanced')
    errors.push(`outcomes: agreeing with every statement gives "${agree.band}", not "balanced"`);
  const steps = neutral.flips?.changes.length ?? Infinity;
  if (steps < MIN_CHANGES_FROM_NEUTRAL) {
    errors.push(
      `outcomes: from all-neutral answers, ${steps} change(s) leave "balanced"; at least ${MIN_CHANGES_FROM_NEUTRAL} must be needed (let each answer weigh fewer dimensions, or add questions)`,
    );
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: bank };
}

/**
 * The rules from version 2 (docs/bank.md): graded answers, statements
 * that speak for one role on one dimension, both roles' statements in every dimension, keyed so
 * that agreeing with everything or choosing every first option lands at exactly 50, dimensions
 * that do not share most of their questions, and deal-breaker entries the statements can carry.
 */
function checkVersion2(bank: Bank, items: ReadonlyMap<string, IndexedItem>): string[] {
  const errors: string[] = [];
  const dimensionIds = bank.dimensions.map((d) => d.id);

  bank.questions.forEach((q, i) => {
    const at = `questions[${i}]`;
    if (!isGraded(q)) errors.push(`${at}.options: expected 5 graded options (2w, w, 0, -w, -2w)`);
    const dims = weighed(q, dimensionIds);
    if (q.kind === 'statement') {
      if (q.options.map((o) => o.id).join(',') !== STATEMENT_OPTION_IDS.join(',')) {
        errors.push(
          `${at}.options: a statement's option ids must be ${STATEMENT_OPTION_IDS.join(', ')}, in that order`,
        );
      }
      if (dims.length !== 1) {
        errors.push(
          `${at}: a statement must weigh exactly one dimension, found ${dims.length}${dims.length ? ` (${dims.join(', ')})` : ''}`,
        );
      }
    } else if (dims.length > 2) {
      errors.push(`${at}: a scenario may weigh at most two dimensions, found ${dims.length} (${dims.join(', ')})`);
    }
  });

  // Every question's weights over its largest one, as integers over a common multiple: the
  // engine's own scaling, so "lands at exactly 50" is checked exactly.
  const largest = bank.questions.map((q) =>
    Math.max(0, ...q.options.flatMap((o) => Object.values(o.weights).map(Math.abs))),
  );
  const common = largest.reduce((l, m) => (m === 0 ? l : lcm(l, m)), 1);
  const scaledFirst = (q: Question, i: number, d: string): number => {
    const m = largest[i] ?? 0;
    return m === 0 ? 0 : ((q.options[0]?.weights[d] ?? 0) * common) / m;
  };
  const speaksFor = (q: Question, d: string): 'em' | 'le' | null => {
    const w = q.options[0]?.weights[d] ?? 0;
    return q.kind !== 'statement' || w === 0 ? null : w > 0 ? 'em' : 'le';
  };
  const statementsOf = (d: string, role: 'em' | 'le') => bank.questions.filter((q) => speaksFor(q, d) === role).length;
  const leansTo = (sum: number) => (sum > 0 ? ROLE_NAME.em : ROLE_NAME.le);

  for (const d of dimensionIds) {
    if (!bank.questions.some((q) => weighed(q, [d]).length)) {
      errors.push(`dimensions.${d}: no question measures this dimension`);
      continue;
    }
    const em = statementsOf(d, 'em');
    const le = statementsOf(d, 'le');
    if (em === 0 || le === 0) {
      errors.push(
        `dimensions.${d}: expected at least one Engineering Manager statement and one Lead Engineer statement, found ${em} and ${le}`,
      );
    } else {
      const agree = bank.questions.reduce((s, q, i) => (q.kind === 'statement' ? s + scaledFirst(q, i, d) : s), 0);
      if (agree !== 0)
        errors.push(
          `dimensions.${d}: agreeing with every statement leans ${leansTo(agree)}; key its statements evenly`,
        );
    }
    const first = bank.questions.reduce((s, q, i) => s + scaledFirst(q, i, d), 0);
    if (first !== 0) {
      errors.push(
        `dimensions.${d}: choosing every first option leans ${leansTo(first)}; put the other role's side first in some of its scenarios`,
      );
    }
  }

  // Two dimensions that share most of their questions measure the same thing twice.
  const questionsOf = dimensionIds.map(
    (d) => new Set(bank.questions.filter((q) => weighed(q, [d]).length).map((q) => q.id)),
  );
  dimensionIds.forEach((a, i) =>
    dimensionIds.slice(i + 1).forEach((b, k) => {
      const qa = questionsOf[i] ?? new Set<string>();
      const qb = questionsOf[i + 1 + k] ?? new Set<string>();
      const shared = [...qa].filter((id) => qb.has(id)).length;
      if (shared > 0 && 2 * shared > Math.min(qa.size, qb.size)) {
        errors.push(
          `dimensions.${a}, dimensions.${b}: they share ${shared} of their ${qa.size} and ${qb.size} questions; no two dimensions may share most of their questions`,
        );
      }
    }),
  );

  if (!bank.dealBreakers?.length) {
    errors.push(
      'dealBreakers: expected at least one entry from version 2 (a core area each role must not be rejected in)',
    );
  }
  const seen = new Set<string>();
  bank.dealBreakers?.forEach((entry, i) => {
    const at = `dealBreakers[${i}]`;
    const role = ROLE_NAME[entry.role];
    if (!dimensionIds.includes(entry.dimension)) errors.push(`${at}.dimension: no dimension "${entry.dimension}"`);
    else {
      const key = `${entry.dimension}:${entry.role}`;
      if (seen.has(key)) errors.push(`${at}: ${role} in "${entry.dimension}" is listed twice`);
      seen.add(key);
      const n = statementsOf(entry.dimension, entry.role);
      if (n < 2) errors.push(`${at}: expected at least two ${role} statements in "${entry.dimension}", found ${n}`);
    }
    entry.cites.forEach((c, j) => {
      const item = items.get(c);
      if (!item) errors.push(`${at}.cites[${j}]: no article item "${c}"`);
      // A passage that tells against the role: it speaks for the other one (a drawback of this role).
      else if (item.side !== (entry.role === 'em' ? 'le' : 'em')) {
        errors.push(
          `${at}.cites[${j}]: "${c}" does not speak against the ${role} role (expected one of its drawbacks)`,
        );
      }
    });
  });
  return errors;
}

