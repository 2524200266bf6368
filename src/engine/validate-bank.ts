// Checks a question bank against its schema and the rules that make scoring fair: every error
// names the place and the reason, e.g. `questions[4].options[1].weights.strategy: expected a number`.
import * as v from 'valibot';
import { ArticleSchema, BankSchema, type Article, type Bank } from './bank-schema.ts';
import { indexArticle } from './article-index.ts';
import { prepareBank, BankTooLargeError, type PreparedQuestion } from './prepare.ts';
import { scoreAttempt } from './score.ts';

export type Validated<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly string[] };

/** From the least changes that must move an all-neutral attempt out of "balanced". */
export const MIN_CHANGES_FROM_NEUTRAL = 4;

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
    const canon = (w: Readonly<Record<string, number>>, sign: 1 | -1) =>
      Object.entries(w)
        .filter(([, x]) => x !== 0)
        .map(([k, x]) => `${k}:${sign * x}`)
        .sort()
        .join(',');
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
  const weightSum = (o: { readonly weights: Readonly<Record<string, number>> }) =>
    Object.values(o.weights).reduce((s, w) => s + w, 0);
  for (const q of prepared.ordered) {
    const sums = q.question.options.map(weightSum);
    if (
      weightSum(q.strongestEm.option) !== Math.max(...sums) ||
      weightSum(q.strongestLe.option) !== Math.min(...sums)
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
