// Reference respondents: real, named engineers who chose a path, each answered from their own
// published account (tests/fixtures/reference-respondents/). Where simulated respondents can only
// check the model against itself, these check the questions against people: where each person
// lands, and per question how the two groups answer it. Read by `npm run validity`.
import { readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import type { Bank, Question } from '../src/engine/bank-schema.ts';
import type { Pole } from '../src/engine/bands.ts';
import { opinionsOf } from '../src/engine/outcome.ts';
import { scoreAttempt, type Answers, type Result } from '../src/engine/score.ts';
import { weightSum } from '../src/engine/weights.ts';

export const REFERENCE_DIR = 'tests/fixtures/reference-respondents/';

const Text = v.pipe(v.string(), v.trim(), v.minLength(1));
const Url = v.pipe(v.string(), v.url());

export const ReferenceRespondentSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id')),
  name: Text,
  /** The path the person chose: `em` management, `le` the technical track. */
  path: v.picklist(['em', 'le']),
  role: Text,
  sources: v.pipe(v.array(v.strictObject({ url: Url, title: Text })), v.minLength(1)),
  /** What the account says they enjoy, avoid or value, paraphrased: to answer a later bank from. */
  stances: v.array(v.strictObject({ topic: Text, says: Text, url: Url })),
  /** By bank version: only the questions the account speaks to (the rest count as the middle option). */
  answers: v.record(
    v.pipe(v.string(), v.regex(/^\d+$/, 'expected a bank version')),
    v.record(
      v.string(),
      v.strictObject({
        option: Text,
        // A paraphrase in our own words, never the account's sentences: one short sentence.
        evidence: v.pipe(Text, v.maxLength(300, 'expected a short paraphrase (300 characters at most)')),
        url: Url,
      }),
    ),
  ),
});
export type ReferenceRespondent = v.InferOutput<typeof ReferenceRespondentSchema>;

/** Every respondent in `dir`, or the first problem with its file and place. */
export function loadRespondents(dir = REFERENCE_DIR): ReferenceRespondent[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = v.safeParse(ReferenceRespondentSchema, JSON.parse(readFileSync(`${dir}${file}`, 'utf8')));
      if (!parsed.success) {
        const issue = parsed.issues[0];
        throw new Error(`${dir}${file}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
      }
      if (`${parsed.output.id}.json` !== file)
        throw new Error(`${dir}${file}: id "${parsed.output.id}" differs from the file name`);
      return parsed.output;
    });
}

/** What is wrong with a respondent's answers to `bank` (empty when every answer fits it). */
export function answerProblems(bank: Bank, r: ReferenceRespondent): string[] {
  const given = r.answers[String(bank.version)] ?? {};
  const sources = new Set(r.sources.map((s) => s.url));
  return Object.entries(given).flatMap(([questionId, a]) => {
    const q = bank.questions.find((x) => x.id === questionId);
    if (!q) return [`${r.id}: no question "${questionId}" in bank version ${bank.version}`];
    const problems: string[] = [];
    if (!q.options.some((o) => o.id === a.option)) problems.push(`${r.id}.${questionId}: no option "${a.option}"`);
    if (!sources.has(a.url)) problems.push(`${r.id}.${questionId}: ${a.url} is not among the sources`);
    return problems;
  });
}

const middle = (q: Question) => q.options[Math.floor(q.options.length / 2)]?.id ?? '';

/** The respondent's answers to every question of `bank`: the middle option where the account is silent. */
export function answersOf(bank: Bank, r: ReferenceRespondent): Answers {
  const given = r.answers[String(bank.version)] ?? {};
  return Object.fromEntries(bank.questions.map((q) => [q.id, given[q.id]?.option ?? middle(q)]));
}

/**
 * Where a person lands against the path they chose: a strong lean or a lean toward it, balanced,
 * or the wrong side (a lean or a strong lean toward the other role). `side` says, for a balanced
 * result, which side of even the split falls on.
 */
export type Placement = 'strong' | 'lean' | 'balanced' | 'wrong side';

export interface RespondentRow {
  readonly respondent: ReferenceRespondent;
  readonly result: Result;
  readonly spoke: number;
  readonly placement: Placement;
  readonly side: 'theirs' | 'even' | 'other';
  /** The result says it rests on few answers (and which way they point: `side`). */
  readonly few: boolean;
}

export function placeRespondent(bank: Bank, r: ReferenceRespondent): RespondentRow {
  const result = scoreAttempt(bank, answersOf(bank, r));
  const toward = r.path === 'em' ? result.emPercent - 50 : 50 - result.emPercent;
  const band = result.band;
  const placement: Placement =
    band === 'balanced'
      ? 'balanced'
      : band === `strong-${r.path}`
        ? 'strong'
        : band === `lean-${r.path}`
          ? 'lean'
          : 'wrong side';
  return {
    respondent: r,
    result,
    spoke: Object.keys(r.answers[String(bank.version)] ?? {}).length,
    placement,
    side: toward > 0 ? 'theirs' : toward < 0 ? 'other' : 'even',
    few: opinionsOf(result).few,
  };
}

/** How each group answers a question: levels -2..2 toward Engineering Manager, of those whose account spoke to it. */
export interface QuestionRow {
  readonly questionId: string;
  readonly em: readonly number[];
  readonly le: readonly number[];
  /** Respondents whose answer pulls against the path they chose. */
  readonly against: readonly string[];
  /** Both groups answered it (two or more each) and their means differ by less than half a level. */
  readonly alike: boolean;
}

/** An option's level toward Engineering Manager, -2..2, from its place among the question's options by weight. */
function levelOf(q: Question, optionId: string): number {
  const sums = q.options.map((o) => weightSum(o.weights));
  const max = Math.max(...sums.map(Math.abs));
  const option = q.options.find((o) => o.id === optionId);
  return option && max > 0 ? Math.round((2 * weightSum(option.weights)) / max) : 0;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function questionRows(bank: Bank, respondents: readonly ReferenceRespondent[]): QuestionRow[] {
  return bank.questions.map((q) => {
    const by: Record<Pole, number[]> = { em: [], le: [] };
    const against: string[] = [];
    for (const r of respondents) {
      const answer = r.answers[String(bank.version)]?.[q.id];
      if (!answer) continue;
      const level = levelOf(q, answer.option);
      by[r.path].push(level);
      if ((r.path === 'em' && level < 0) || (r.path === 'le' && level > 0)) against.push(r.id);
    }
    const alike = by.em.length >= 2 && by.le.length >= 2 && Math.abs(mean(by.em) - mean(by.le)) < 0.5;
    return { questionId: q.id, em: by.em, le: by.le, against, alike };
  });
}

/** Every way the reference respondents fail the bank: a person on the wrong side. */
export const referenceFailures = (rows: readonly RespondentRow[]): string[] =>
  rows
    .filter((r) => r.placement === 'wrong side')
    .map((r) => `${r.respondent.name} (chose ${r.respondent.path}) lands on the wrong side: ${r.result.band}`);
