// @vitest-environment node
// Warnings: deal-breakers from one-sided statements only, and answers that scatter like random ones.
import { describe, expect, it } from 'vitest';
import { scoreAttempt, type Answers } from '../../src/engine/score.ts';
import { prepareBank } from '../../src/engine/prepare.ts';
import { INCONSISTENT_FROM, scatterRatio } from '../../src/engine/warnings.ts';
import { drawPositions, randomAnswers, seeded, steadyAnswers } from '../../scripts/simulate.ts';
import { bankV1, extreme, fullAnswersArb, gradedBank, neutralAnswers } from '../support/banks.ts';
import fc from 'fast-check';

// gradedBank: in area a, rounds 0-3 are statements keyed by (round + a) % 2 (0: Engineering
// Manager), round 4 a scenario whose first option leans Engineering Manager when a is even.
// people is area 1: people-1 and people-3 speak for Engineering Manager, people-4 is a scenario
// whose first option leans Lead Engineer. strategy is area 0: strategy-1 and strategy-3 speak for
// Lead Engineer.
const strongEm = extreme(gradedBank, 1);
const strongLe = extreme(gradedBank, -1);

const ids = (answers: Answers) => scoreAttempt(gradedBank, answers).warnings.map((w) => w.id);

describe('deal-breaker warnings', () => {
  it('warns when the result leans Engineering Manager while its people statements are rejected', () => {
    const r = scoreAttempt(gradedBank, { ...strongEm, 'people-1': 'strongly-disagree', 'people-3': 'disagree' });
    expect(r.band).toBe('strong-em');
    expect(r.warnings).toEqual([
      { id: 'deal-breaker:people', dimension: 'people', role: 'em', cites: ['em-drawbacks-5'] },
    ]);
  });

  it('warns from "Disagree" on average, not from "Not sure"', () => {
    expect(ids({ ...strongEm, 'people-1': 'disagree', 'people-3': 'disagree' })).toEqual(['deal-breaker:people']);
    expect(ids({ ...strongEm, 'people-1': 'disagree', 'people-3': 'not-sure' })).toEqual([]);
  });

  it('does not count choosing the other side of a scenario as rejecting a role', () => {
    // The Lead Engineer side of the people scenario and both Lead Engineer statements agreed,
    // the Engineering Manager statements left at not sure.
    const answers = {
      ...strongEm,
      'people-4': 'definitely-a',
      'people-0': 'strongly-agree',
      'people-2': 'strongly-agree',
      'people-1': 'not-sure',
      'people-3': 'not-sure',
    };
    expect(scoreAttempt(gradedBank, answers).band).toBe('strong-em');
    expect(ids(answers)).toEqual([]);
  });

  it('warns about technical depth when leaning Lead Engineer, not when balanced', () => {
    expect(ids({ ...strongLe, 'strategy-1': 'strongly-disagree', 'strategy-3': 'strongly-disagree' })).toEqual([
      'deal-breaker:strategy',
    ]);
    const balanced = {
      ...neutralAnswers(gradedBank),
      'people-1': 'strongly-disagree',
      'people-3': 'strongly-disagree',
    };
    expect(scoreAttempt(gradedBank, balanced).band).toBe('balanced');
    expect(ids(balanced)).toEqual([]);
  });

  it('never warns about a deal-breaker for a bank without dealBreakers (version 1)', () => {
    fc.assert(
      fc.property(fullAnswersArb(bankV1), (answers) => {
        expect(scoreAttempt(bankV1, answers).warnings.filter((w) => w.id !== 'inconsistent')).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the inconsistent warning', () => {
  const prepared = prepareBank(gradedBank);
  const chosenOf = (answers: Answers) => prepared.ordered.map((q) => q.optionById.get(answers[q.question.id] ?? ''));

  it('flags at least 80% of uniformly random answer sets and at most 5% of steady respondents', () => {
    const random = seeded(99);
    const sets = 400;
    let randomFlagged = 0;
    let steadyFlagged = 0;
    for (let i = 0; i < sets; i++) {
      if (ids(randomAnswers(prepared, random)).includes('inconsistent')) randomFlagged++;
      if (ids(steadyAnswers(prepared, drawPositions(prepared, random), random)).includes('inconsistent'))
        steadyFlagged++;
    }
    expect(randomFlagged / sets).toBeGreaterThanOrEqual(0.8);
    expect(steadyFlagged / sets).toBeLessThanOrEqual(0.05);
  });

  it('does not flag answering styles: agreeing or disagreeing with everything, all neutral, all one pole', () => {
    const statements = (id: string) =>
      Object.fromEntries(gradedBank.questions.map((q) => [q.id, q.kind === 'statement' ? id : 'no-preference']));
    for (const answers of [
      statements('strongly-agree'),
      statements('agree'),
      statements('strongly-disagree'),
      neutralAnswers(gradedBank),
      strongEm,
      strongLe,
    ]) {
      expect(ids(answers)).not.toContain('inconsistent');
    }
  });

  it('does not flag someone drawn to both sides of some areas and to neither side of others', () => {
    const answers = Object.fromEntries(
      gradedBank.questions.map((q, i) => {
        const area = i % 7;
        if (q.kind === 'scenario') return [q.id, 'no-preference'];
        return [q.id, area < 4 ? 'strongly-agree' : 'strongly-disagree'];
      }),
    );
    expect(ids(answers)).not.toContain('inconsistent');
  });

  it('flags contradicting answers within areas: each area answered at both extremes', () => {
    // In every area the first two statements strongly agreed with and the next two (keyed the
    // same ways) strongly disagreed with: each pole is both chosen and rejected, no net agreement.
    const answers = Object.fromEntries(
      gradedBank.questions.map((q, i) => {
        const round = Math.floor(i / 7);
        return [q.id, round === 4 ? 'no-preference' : round < 2 ? 'strongly-agree' : 'strongly-disagree'];
      }),
    );
    const ratio = scatterRatio(prepared, chosenOf(answers));
    expect(ratio).not.toBeNull();
    expect(ratio ?? 0).toBeGreaterThanOrEqual(INCONSISTENT_FROM);
    expect(ids(answers)).toContain('inconsistent');
  });

  it('says nothing with too few answers', () => {
    const random = seeded(3);
    const some = Object.fromEntries(Object.entries(randomAnswers(prepared, random)).slice(0, 9));
    expect(scatterRatio(prepared, chosenOf(some))).toBeNull();
    expect(ids(some)).not.toContain('inconsistent');
  });
});
