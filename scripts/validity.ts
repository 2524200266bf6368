// `npm run validity [-- <bank file>]`: how well the quiz measures, from simulated respondents, and
// where real engineers' published accounts land (reference respondents, scripts/reference.ts).
// Default bank: data/questions.json. Version 1 files print figures only; from version 2 every
// threshold must hold or the script exits 1.
//
// The model (src/engine/noise-model.ts, docs/scoring.md):
// - population: each of the bank's areas has a true position theta, independently uniform on
//   [-1, 1] (-1 Lead Engineer, +1 Engineering Manager);
// - answering: a question reads 2 * theta (its areas' positions averaged by its weights) plus
//   Normal(0, SIGMA^2) noise, and the answer is the option whose level (-2..2) is nearest;
// - a retake is a second, independent reading of the same thetas;
// - random answering picks each question's options uniformly;
// - a second population, figures only: each side of each area draws a person separately
//   (pulls uniform on [-1, 1]); statements read 2 * the pull of their role, scenarios the
//   difference of the two pulls (simulate.ts). Personas are this model without noise.
// Fixed seeds and sample sizes: the figures are the same on every run.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { BankSchema, type Bank } from '../src/engine/bank-schema.ts';
import { outcomeOf } from '../src/engine/outcome.ts';
import { SIGMA } from '../src/engine/noise-model.ts';
import { prepareBank, type PreparedBank } from '../src/engine/prepare.ts';
import { retakeSpread, scoreAttempt, type Answers, type Result } from '../src/engine/score.ts';
import {
  PersonasSchema,
  drawPositions,
  drawPulls,
  personaAnswers,
  randomAnswers,
  seeded,
  steadyAnswers,
  twoSidedAnswers,
  type Persona,
} from './simulate.ts';
import {
  answerProblems,
  loadRespondents,
  placeRespondent,
  questionRows,
  referenceFailures,
  type QuestionRow,
  type ReferenceRespondent,
  type RespondentRow,
} from './reference.ts';

export const PEOPLE = 4000;
export const RANDOM_SETS = 4000;
const SEED = 20261201;

export const THRESHOLDS = {
  rangeHoldsFrom: 0.8,
  rangeHoldsUpTo: 0.98,
  maxAreaCorrelation: 0.5,
  randomFlaggedFrom: 0.8,
  steadyFlaggedUpTo: 0.05,
  styleWithin: 1,
} as const;

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function correlation(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const y = ys[i] ?? 0;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

export interface Figures {
  readonly retake: {
    readonly median: number;
    readonly p95: number;
    readonly sameBand: number;
    readonly oneFromBand: number;
  };
  readonly modelSpread: number;
  readonly rangeHolds: number;
  readonly rangeWidth: number;
  readonly correlation: { readonly a: string; readonly b: string; readonly r: number };
  readonly flagged: { readonly random: number; readonly steady: number };
  readonly twoSided: { readonly rangeHolds: number; readonly flagged: number };
  readonly styles: readonly { readonly name: string; readonly em: number }[];
  readonly personas: readonly PersonaRow[];
}

export interface PersonaRow {
  readonly persona: Persona;
  readonly result: Result;
  readonly headline: string;
  readonly ok: boolean;
}

function retakeFigures(prepared: PreparedBank) {
  const { bank } = prepared;
  const random = seeded(SEED);
  const diffs: number[] = [];
  let sameBand = 0;
  let oneFromBand = 0;
  let holds = 0;
  let width = 0;
  let steadyFlagged = 0;
  const scores = prepared.dimensions.map((): number[] => []);
  for (let i = 0; i < PEOPLE; i++) {
    const theta = drawPositions(prepared, random);
    const first = scoreAttempt(bank, steadyAnswers(prepared, theta, random));
    const second = scoreAttempt(bank, steadyAnswers(prepared, theta, random));
    diffs.push(Math.abs(first.em - second.em));
    if (first.band === second.band) sameBand++;
    if (first.flips?.changes.length === 1) oneFromBand++;
    if (second.em >= first.range.low && second.em <= first.range.high) holds++;
    width += first.range.high - first.range.low;
    if (first.warnings.some((w) => w.id === 'inconsistent')) steadyFlagged++;
    first.dimensions.forEach((d, k) => scores[k]?.push(d.score));
  }
  diffs.sort((a, b) => a - b);
  let worst = { a: '', b: '', r: 0 };
  prepared.dimensions.forEach((a, i) =>
    prepared.dimensions.forEach((b, j) => {
      if (j <= i || a.reach === 0 || b.reach === 0) return;
      const r = correlation(scores[i] ?? [], scores[j] ?? []);
      if (Math.abs(r) > Math.abs(worst.r)) worst = { a: a.dimension.id, b: b.dimension.id, r };
    }),
  );
  return {
    retake: {
      median: quantile(diffs, 0.5),
      p95: quantile(diffs, 0.95),
      sameBand: sameBand / PEOPLE,
      oneFromBand: oneFromBand / PEOPLE,
    },
    rangeHolds: holds / PEOPLE,
    rangeWidth: width / PEOPLE,
    correlation: worst,
    steadyFlagged: steadyFlagged / PEOPLE,
  };
}

/**
 * The same figures for a second population, figures only: people drawn to each side of each area
 * separately (simulate.ts, twoSidedAnswers), who may like both sides of one area and neither of
 * another. The warnings and the range must not rely on pulls being mirror images.
 */
function twoSidedFigures(prepared: PreparedBank) {
  const random = seeded(SEED + 2);
  let holds = 0;
  let flagged = 0;
  for (let i = 0; i < PEOPLE; i++) {
    const pulls = drawPulls(prepared, random);
    const first = scoreAttempt(prepared.bank, twoSidedAnswers(prepared, pulls, random));
    const second = scoreAttempt(prepared.bank, twoSidedAnswers(prepared, pulls, random));
    if (second.em >= first.range.low && second.em <= first.range.high) holds++;
    if (first.warnings.some((w) => w.id === 'inconsistent')) flagged++;
  }
  return { rangeHolds: holds / PEOPLE, flagged: flagged / PEOPLE };
}

function randomFlagRate(prepared: PreparedBank): number {
  const random = seeded(SEED + 1);
  let flagged = 0;
  for (let i = 0; i < RANDOM_SETS; i++) {
    const r = scoreAttempt(prepared.bank, randomAnswers(prepared, random));
    if (r.warnings.some((w) => w.id === 'inconsistent')) flagged++;
  }
  return flagged / RANDOM_SETS;
}

/** Answer styles that say nothing about a preference: each should land at 50. */
function styles(prepared: PreparedBank): { name: string; em: number }[] {
  const byStatement = (id: string) => (q: PreparedBank['ordered'][number]) =>
    q.statement ? id : (q.neutral?.option.id ?? '');
  const byPosition = (pick: (n: number, i: number) => number) => (q: PreparedBank['ordered'][number]) =>
    q.options[pick(q.options.length, q.index)]?.option.id ?? '';
  const list: [string, (q: PreparedBank['ordered'][number]) => string][] = [
    ['all statements strongly agree, scenarios no preference', byStatement('strongly-agree')],
    ['all statements agree, scenarios no preference', byStatement('agree')],
    ['all statements disagree, scenarios no preference', byStatement('disagree')],
    ['all first option', byPosition(() => 0)],
    ['all last option', byPosition((n) => n - 1)],
    ['all middle option', byPosition((n) => Math.floor(n / 2))],
    ['alternating first and last option', byPosition((n, i) => (i % 2 === 0 ? 0 : n - 1))],
  ];
  return list.map(([name, choose]) => {
    const answers: Answers = Object.fromEntries(prepared.ordered.map((q) => [q.question.id, choose(q)]));
    return { name, em: scoreAttempt(prepared.bank, answers).em };
  });
}

export function personaRows(bank: Bank, personas: readonly Persona[]): PersonaRow[] {
  const prepared = prepareBank(bank);
  return personas.map((persona) => {
    const result = scoreAttempt(bank, personaAnswers(prepared, persona));
    const headline = outcomeOf(result).kind;
    const warnings = result.warnings.map((w) => w.id).sort();
    const ok =
      persona.expect.band.includes(result.band) &&
      persona.expect.headline.includes(headline) &&
      JSON.stringify(warnings) === JSON.stringify([...persona.expect.warnings].sort());
    return { persona, result, headline, ok };
  });
}

export function measure(bank: Bank, personas: readonly Persona[]): Figures {
  const prepared = prepareBank(bank);
  const retakes = retakeFigures(prepared);
  return {
    retake: retakes.retake,
    modelSpread: retakeSpread(bank),
    rangeHolds: retakes.rangeHolds,
    rangeWidth: retakes.rangeWidth,
    correlation: retakes.correlation,
    flagged: { random: randomFlagRate(prepared), steady: retakes.steadyFlagged },
    twoSided: twoSidedFigures(prepared),
    styles: styles(prepared),
    personas: personaRows(bank, personas),
  };
}

/** Every threshold that fails, in words (empty when all hold). */
export function failures(f: Figures): string[] {
  const t = THRESHOLDS;
  const out: string[] = [];
  if (f.rangeHolds < t.rangeHoldsFrom || f.rangeHolds > t.rangeHoldsUpTo)
    out.push(`the range holds a retake ${pct(f.rangeHolds)} of the time (expected 80% to 98%)`);
  if (Math.abs(f.correlation.r) > t.maxAreaCorrelation)
    out.push(`${f.correlation.a} and ${f.correlation.b} correlate at ${f.correlation.r.toFixed(2)} (at most 0.5)`);
  if (f.flagged.random < t.randomFlaggedFrom)
    out.push(`random answers are flagged ${pct(f.flagged.random)} of the time (at least 80%)`);
  if (f.flagged.steady > t.steadyFlaggedUpTo)
    out.push(`steady respondents are flagged ${pct(f.flagged.steady)} of the time (at most 5%)`);
  for (const s of f.styles)
    if (Math.abs(s.em - 50) > t.styleWithin) out.push(`${s.name} gives ${s.em.toFixed(1)} (expected 49 to 51)`);
  for (const p of f.personas) if (!p.ok) out.push(`persona "${p.persona.id}" does not get what the article predicts`);
  return out;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function report(file: string, bank: Bank, f: Figures): void {
  const lines = [
    `${file}: bank version ${bank.version}, ${bank.questions.length} questions, ${bank.dimensions.length} areas`,
    `model: theta per area uniform on [-1, 1], answer noise sigma ${SIGMA} levels; ${PEOPLE} people x 2 takes, ${RANDOM_SETS} random answer sets`,
    '',
    `retake difference     median ${f.retake.median.toFixed(1)} points, 95th percentile ${f.retake.p95.toFixed(1)} (model's typical spread ${f.modelSpread.toFixed(1)})`,
    `same band on retake   ${pct(f.retake.sameBand)}; one answer from another band ${pct(f.retake.oneFromBand)}`,
    `range holds a retake  ${pct(f.rangeHolds)} (80% to 98%), mean width ${f.rangeWidth.toFixed(1)} points`,
    `largest area corr.    ${f.correlation.r.toFixed(2)} (${f.correlation.a} / ${f.correlation.b}; at most 0.5)`,
    `"inconsistent" flags  random ${pct(f.flagged.random)} (at least 80%), steady ${pct(f.flagged.steady)} (at most 5%)`,
    `two-sided people      range holds ${pct(f.twoSided.rangeHolds)}, "inconsistent" ${pct(f.twoSided.flagged)} (separate pulls to each side of each area; figures only)`,
    '',
    'answer styles (each within 1 point of 50):',
    ...f.styles.map((s) => `  ${s.em.toFixed(1).padStart(5)}  ${s.name}`),
    '',
    'personas (tests/fixtures/personas.json):',
    ...f.personas.map((p) => {
      const r = p.result;
      const got = `${r.emPercent} [${r.range.low}-${r.range.high}] ${r.band}, ${p.headline}, appeal ${r.appeal.em.toFixed(0)}/${r.appeal.le.toFixed(0)}${r.warnings.length ? `, ${r.warnings.map((w) => w.id).join(' ')}` : ''}`;
      const want = `${p.persona.expect.band.join('|')}, ${p.persona.expect.headline.join('|')}${p.persona.expect.warnings.length ? `, ${p.persona.expect.warnings.join(' ')}` : ''}`;
      return `  ${p.ok ? 'ok  ' : 'MISS'} ${p.persona.id.padEnd(26)} ${got}${p.ok ? '' : `   (expected ${want})`}`;
    }),
  ];
  console.log(lines.join('\n'));
}

const signed = (levels: readonly number[]) =>
  levels.length === 0 ? '  -  ' : (levels.reduce((a, b) => a + b, 0) / levels.length).toFixed(1).padStart(5);

/** The reference respondents: each person's placement, then each question both groups answer alike or that pulls people against their path. */
export function referenceReport(rows: readonly RespondentRow[], questions: readonly QuestionRow[]): string[] {
  const count = (path: string, placement: string) =>
    rows.filter((r) => r.respondent.path === path && r.placement === placement).length;
  const summary = (['le', 'em'] as const).map(
    (path) =>
      `${path === 'em' ? 'chose management' : 'chose the technical track'} (${rows.filter((r) => r.respondent.path === path).length}): ` +
      `strong ${count(path, 'strong')}, lean ${count(path, 'lean')}, balanced ${count(path, 'balanced')} ` +
      `(${rows.filter((r) => r.respondent.path === path && r.placement === 'balanced' && r.side === 'other').length} on the other side of even), wrong side ${count(path, 'wrong side')}`,
  );
  const flagged = questions.filter((q) => q.alike || q.against.length >= 2);
  return [
    `reference respondents (${rows.length} real engineers, tests/fixtures/reference-respondents/; silent questions answered with the middle option):`,
    ...summary.map((l) => `  ${l}`),
    ...rows.map((r) => {
      const x = r.result;
      return `  ${r.respondent.path} ${r.respondent.name.padEnd(20)} ${String(r.spoke).padStart(2)} answers  ${x.emPercent} [${x.range.low}-${x.range.high}] ${x.band}, appeal ${x.appeal.em.toFixed(0)}/${x.appeal.le.toFixed(0)}: ${r.placement}${r.placement === 'balanced' ? ` (${r.side} side${r.few ? ', "rests on few answers" shown' : ''})` : ''}`;
    }),
    '',
    'questions by group (mean level toward Engineering Manager, -2..2, of those whose account spoke to it):',
    '  question                    managers   technical   pulled against their path',
    ...questions.map(
      (q) =>
        `  ${q.questionId.padEnd(26)} ${signed(q.em)} (${q.em.length})  ${signed(q.le)} (${q.le.length})   ${q.against.join(', ')}`,
    ),
    '',
    flagged.length === 0
      ? 'no question is answered alike by both groups or pulls two people against their path'
      : `to rewrite (both groups alike, or two or more pulled against their path): ${flagged.map((q) => q.questionId).join(', ')}`,
  ];
}

/** The reference respondents against `bank`; their answers must fit it. */
export function referenceRows(bank: Bank, respondents: readonly ReferenceRespondent[]) {
  const problems = respondents.flatMap((r) => answerProblems(bank, r));
  if (problems.length) throw new Error(problems.join('\n'));
  const answered = respondents.filter((r) => r.answers[String(bank.version)]);
  return { rows: answered.map((r) => placeRespondent(bank, r)), questions: questionRows(bank, answered) };
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'));
if (isMain) {
  const file = process.argv[2] ?? 'data/questions.json';
  const bank = v.parse(BankSchema, JSON.parse(readFileSync(file, 'utf8')));
  const personas = v.parse(PersonasSchema, JSON.parse(readFileSync('tests/fixtures/personas.json', 'utf8')));
  const started = performance.now();
  const figures = measure(bank, personas);
  report(file, bank, figures);
  const reference = referenceRows(bank, loadRespondents());
  console.log(['', ...referenceReport(reference.rows, reference.questions)].join('\n'));
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (bank.version < 2) {
    console.log('version 1 bank: figures only, no thresholds');
  } else {
    const failed = [...failures(figures), ...referenceFailures(reference.rows)];
    for (const f of failed) console.error(`FAIL: ${f}`);
    if (failed.length) process.exit(1);
    console.log('all thresholds hold');
  }
}
