import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { QUIZ_KEY, firstUnanswered, readQuizData, useQuiz, validAnswers } from '../../src/store/quiz.ts';
import { HISTORY_KEY, MAX_ATTEMPTS, readHistory, useHistory } from '../../src/store/history.ts';
import { useNotices } from '../../src/store/notices.ts';
import { MAX_BACKUPS, backupKey } from '../../src/store/safe-storage.ts';
import { bankV1, realBank } from '../support/banks.ts';
import { reconcileAnswers } from '../../src/store/actions.ts';
import { V1_HISTORY, V1_HISTORY_EMPTY, V1_QUIZ_FRESH, V1_QUIZ_IN_PROGRESS } from './v1-payloads.ts';

/** An attempt as history version 1 stored it (no number). */
const attempt = (id: string, minutesAgo: number, answers: Record<string, string> = { 'team-expansion': 'hiring' }) => ({
  id,
  finishedAt: new Date(Date.UTC(2026, 10, 1, 12, 0) - minutesAgo * 60_000).toISOString(),
  bankVersion: 1,
  answers,
});
/** An attempt as history version 2 stores it, with its permanent number. */
const numbered = (id: string, minutesAgo: number, number: number) => ({ ...attempt(id, minutesAgo), number });

const noticeIds = () => useNotices.getState().notices.map((n) => n.id);

// A question of today's bank and one of its answers, whatever the bank's content.
const current = realBank.questions[0];
const currentId = current?.id ?? '';
const currentOption = current?.options[0]?.id ?? '';

beforeEach(() => {
  localStorage.clear();
  useNotices.setState({ notices: [] });
  useQuiz.setState({ answers: {}, bankVersion: null, shortcuts: true });
  useHistory.setState({ attempts: [], nextNumber: 1 });
});

describe('the attempt in progress', () => {
  it('resumes from what was stored', async () => {
    localStorage.setItem(
      QUIZ_KEY,
      JSON.stringify({
        state: { bankVersion: 1, answers: { 'team-expansion': 'hiring' }, shortcuts: false },
        version: 1,
      }),
    );
    await useQuiz.persist.rehydrate();
    expect(useQuiz.getState()).toMatchObject({
      bankVersion: 1,
      answers: { 'team-expansion': 'hiring' },
      shortcuts: false,
    });
    expect(noticeIds()).toEqual([]);
  });

  it('reads a payload of another version through the same checks, keeping what is valid', async () => {
    localStorage.setItem(
      QUIZ_KEY,
      JSON.stringify({ state: { answers: { 'team-expansion': 'hiring', BAD: 'x', ok: 7 } }, version: 0 }),
    );
    await useQuiz.persist.rehydrate();
    expect(useQuiz.getState()).toMatchObject({
      bankVersion: null,
      answers: { 'team-expansion': 'hiring' },
      shortcuts: true,
    });
    expect(noticeIds()).toContain('attempt-corrupted');
  });

  it('starts clean from text that is not JSON, says so, and sets the text aside', async () => {
    localStorage.setItem(QUIZ_KEY, '{not json');
    await useQuiz.persist.rehydrate();
    expect(useQuiz.getState().answers).toEqual({});
    expect(noticeIds()).toContain('storage-corrupted');
    expect(localStorage.getItem(backupKey(QUIZ_KEY))).toBe('{not json');
    // The next write replaces the main key; the backup stays.
    useQuiz.getState().answer(realBank, currentId, currentOption);
    expect(localStorage.getItem(backupKey(QUIZ_KEY))).toBe('{not json');
  });

  it('keeps answers to questions that still exist when the bank changes, and says so', () => {
    useQuiz.setState({
      bankVersion: 0 + 99,
      // 'team-expansion' was retired by bank version 2, so an answer to it must not carry over.
      answers: {
        [currentId]: currentOption,
        'team-expansion': 'hiring',
        'gone-question': 'x',
        'budget-cut': 'no-such-option',
      },
    });
    reconcileAnswers(realBank);
    expect(useQuiz.getState()).toMatchObject({
      bankVersion: realBank.version,
      answers: { [currentId]: currentOption },
    });
    expect(Object.keys(useQuiz.getState().answers)).toEqual([currentId]);
    expect(noticeIds()).toContain('bank-updated');
  });

  it('keeps working in memory when the storage is full', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => useQuiz.getState().answer(realBank, currentId, currentOption)).not.toThrow();
    expect(useQuiz.getState().answers).toEqual({ [currentId]: currentOption });
    expect(noticeIds()).toContain('storage-unavailable');
    setItem.mockRestore();
  });
});

describe('finished attempts', () => {
  it('keeps every valid attempt of a partly corrupted history, newest first, and sets the payload aside', async () => {
    const payload = {
      state: { attempts: [attempt('older1', 60), { id: 'x' }, 'nonsense', attempt('newer1', 5)] },
      version: 1,
    };
    localStorage.setItem(HISTORY_KEY, JSON.stringify(payload));
    await useHistory.persist.rehydrate();
    expect(useHistory.getState().attempts.map((a) => a.id)).toEqual(['newer1', 'older1']);
    expect(noticeIds()).toContain('history-corrupted');
    // The copy is the payload exactly as it was stored, version and all.
    expect(localStorage.getItem(backupKey(HISTORY_KEY))).toBe(JSON.stringify(payload));
  });

  it('never keeps more than the limit, dropping the oldest with a notice', () => {
    useHistory.setState({
      attempts: Array.from({ length: MAX_ATTEMPTS }, (_, i) =>
        numbered(`old${String(i).padStart(4, '0')}`, i + 1, MAX_ATTEMPTS - i),
      ),
      nextNumber: MAX_ATTEMPTS + 1,
    });
    const added = useHistory.getState().add({ 'team-expansion': 'hiring' }, 1);
    const ids = useHistory.getState().attempts.map((a) => a.id);
    expect(ids).toHaveLength(MAX_ATTEMPTS);
    expect(ids[0]).toBe(added.id);
    expect(added.number).toBe(MAX_ATTEMPTS + 1);
    expect(ids).not.toContain(`old${String(MAX_ATTEMPTS - 1).padStart(4, '0')}`);
    expect(noticeIds()).toContain('history-full');
  });

  it('picks up another tab’s changes from the storage event', async () => {
    localStorage.setItem(HISTORY_KEY, JSON.stringify({ state: { attempts: [attempt('othertab', 1)] }, version: 1 }));
    window.dispatchEvent(new StorageEvent('storage', { key: HISTORY_KEY }));
    await vi.waitFor(() => expect(useHistory.getState().attempts.map((a) => a.id)).toEqual(['othertab']));
  });

  it('deletes one attempt and clears all', () => {
    useHistory.setState({ attempts: [numbered('first1', 1, 2), numbered('second', 2, 1)], nextNumber: 3 });
    useHistory.getState().remove('first1');
    expect(useHistory.getState().attempts.map((a) => a.id)).toEqual(['second']);
    useHistory.getState().clear();
    expect(useHistory.getState().attempts).toEqual([]);
  });
});

describe('fuzzing the storage readers', () => {
  const valid = attempt('valid1', 3);
  const junk = fc.oneof(fc.anything(), fc.jsonValue(), fc.string());

  it('reads 10,000 corrupted history payloads without throwing, keeping every valid attempt', () => {
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 6 }), fc.nat({ max: 6 }), (noise, at) => {
        const attempts = [...noise];
        attempts.splice(Math.min(at, attempts.length), 0, valid);
        expect(readHistory({ attempts }, 1).state.attempts.map((a) => a.id)).toContain('valid1');
        const v2 = [...noise];
        v2.splice(Math.min(at, v2.length), 0, { ...valid, number: 4 });
        expect(readHistory({ attempts: v2, nextNumber: noise[0] }, 2).state.attempts.map((a) => a.id)).toContain(
          'valid1',
        );
        expect(() => readHistory({ attempts: noise }, 2)).not.toThrow();
        expect(() => readHistory(noise[0], 1)).not.toThrow();
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('reads 10,000 corrupted attempt payloads without throwing, keeping every valid answer', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), junk), junk, (noise, other) => {
        const { state } = readQuizData({
          answers: { ...noise, 'team-expansion': 'hiring' },
          bankVersion: other,
          shortcuts: other,
        });
        expect(state.answers['team-expansion']).toBe('hiring');
        expect(() => readQuizData(other)).not.toThrow();
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('loses nothing, whatever text is stored: it is read in full, or kept byte for byte under a backup key', async () => {
    const validAttempt = fc.record({
      id: fc.stringMatching(/^[a-z0-9]{8}$/),
      finishedAt: fc.integer({ min: 1.7e12, max: 1.9e12 }).map((ms) => new Date(ms).toISOString()),
      bankVersion: fc.constant(1),
      answers: fc.constant({ 'team-expansion': 'hiring' }),
    });
    const payloads = fc.record({
      state: fc.record({ attempts: fc.array(fc.oneof(validAttempt, validAttempt, fc.anything()), { maxLength: 5 }) }),
      version: fc.oneof(fc.constant(1), fc.anything()),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          payloads.map((p) => JSON.stringify(p)),
        ),
        async (raw) => {
          localStorage.clear();
          useNotices.setState({ notices: [] });
          localStorage.setItem(HISTORY_KEY, raw);
          await useHistory.persist.rehydrate();
          const kept = localStorage.getItem(backupKey(HISTORY_KEY));
          if (kept === null) {
            // Nothing set aside, so every attempt of the payload is in the store, and no notice.
            const stored: unknown = JSON.parse(raw);
            const state = typeof stored === 'object' && stored !== null && 'state' in stored ? stored.state : undefined;
            const version =
              typeof stored === 'object' && stored !== null && 'version' in stored && typeof stored.version === 'number'
                ? stored.version
                : 0;
            const { attempts, nextNumber } = useHistory.getState();
            expect(readHistory(state, version)).toEqual({ state: { attempts, nextNumber }, dropped: 0 });
            expect(noticeIds()).toEqual([]);
          } else {
            expect(kept).toBe(raw);
            expect(noticeIds()).toHaveLength(1);
          }
          // Reading never writes: the payload stays in place until the app saves something.
          expect(localStorage.getItem(HISTORY_KEY)).toBe(raw);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe('setting unreadable data aside', () => {
  it('keeps each corrupted payload under a key of its own, so a second one does not replace the first', async () => {
    localStorage.setItem(HISTORY_KEY, '{first broken');
    await useHistory.persist.rehydrate();
    useHistory.getState().add({ 'team-expansion': 'hiring' }, 1);
    localStorage.setItem(HISTORY_KEY, '{second broken');
    await useHistory.persist.rehydrate();
    expect(localStorage.getItem(backupKey(HISTORY_KEY, 1))).toBe('{first broken');
    expect(localStorage.getItem(backupKey(HISTORY_KEY, 2))).toBe('{second broken');
  });
});

describe('answers that no longer fit the bank', () => {
  it('counts a stored answer with an unknown option as unanswered, and leaves it out of the attempt', () => {
    const [first, second] = realBank.questions;
    const answers = { [first?.id ?? '']: 'no-such-option', [second?.id ?? '']: second?.options[0]?.id ?? '' };
    expect(firstUnanswered(realBank, answers)).toBe(0);
    expect(validAnswers(realBank, answers)).toEqual({ [second?.id ?? '']: second?.options[0]?.id });
  });
});

describe('payloads exactly as version 1 of the app stored them', () => {
  it.each([
    ['a first visit with shortcuts off', V1_QUIZ_FRESH],
    ['an attempt in progress', V1_QUIZ_IN_PROGRESS],
  ])('restores %s to the letter, with no notice and nothing set aside', async (_name, raw) => {
    localStorage.setItem(QUIZ_KEY, raw);
    await useQuiz.persist.rehydrate();
    const { bankVersion, answers, shortcuts } = useQuiz.getState();
    expect(JSON.stringify({ state: { bankVersion, answers, shortcuts }, version: 1 })).toBe(raw);
    expect(noticeIds()).toEqual([]);
    expect(localStorage.getItem(backupKey(QUIZ_KEY))).toBeNull();
  });

  it('an attempt in progress from version 1 meets the version 2 bank: answers whose question and option still exist are kept, the rest must be answered again', async () => {
    localStorage.setItem(QUIZ_KEY, V1_QUIZ_IN_PROGRESS);
    await useQuiz.persist.rehydrate();
    const before = useQuiz.getState().answers;
    reconcileAnswers(realBank);
    const { answers, bankVersion } = useQuiz.getState();
    expect(bankVersion).toBe(realBank.version);
    // Kept exactly where the question and the option are still in the bank, with the same ids.
    const stillValid = Object.entries(before).filter(([q, o]) =>
      realBank.questions.some((x) => x.id === q && x.options.some((y) => y.id === o)),
    );
    expect(stillValid.length).toBeGreaterThan(0);
    expect(answers).toEqual(Object.fromEntries(stillValid));
    expect(noticeIds()).toContain('bank-updated');
  });

  it('carries on an attempt in progress: the next answer is saved beside the five earlier ones', async () => {
    localStorage.setItem(QUIZ_KEY, V1_QUIZ_IN_PROGRESS);
    await useQuiz.persist.rehydrate();
    // Still against the bank it was started with (the frozen version 1 bank).
    useQuiz.getState().answer(bankV1, 'pick-the-stack', 'disagree');
    useQuiz.getState().answer(bankV1, 'trade-coding-for-say', 'agree');
    const saved: unknown = JSON.parse(localStorage.getItem(QUIZ_KEY) ?? 'null');
    expect(saved).toEqual({
      state: {
        bankVersion: 1,
        answers: {
          'team-expansion': 'onboarding',
          'hunt-hard-bugs': 'agree',
          'cross-dept-launch': 'depends',
          'pick-the-stack': 'disagree',
          'junior-hires': 'depends',
          'trade-coding-for-say': 'agree',
        },
        shortcuts: true,
      },
      version: 1,
    });
  });

  it('restores every finished attempt, every answer of each, numbered by date, the oldest 1', async () => {
    localStorage.setItem(HISTORY_KEY, V1_HISTORY);
    await useHistory.persist.rehydrate();
    const { attempts, nextNumber } = useHistory.getState();
    expect(attempts.map((a) => [a.id, a.number])).toEqual([
      ['79sur53v', 2],
      ['e210able', 1],
    ]);
    expect(nextNumber).toBe(3);
    // Nothing else changes: every field of every attempt is as version 1 wrote it.
    const withoutNumbers = attempts.map(({ id, finishedAt, bankVersion, answers }) => ({
      id,
      finishedAt,
      bankVersion,
      answers,
    }));
    expect(JSON.stringify({ state: { attempts: withoutNumbers }, version: 1 })).toBe(V1_HISTORY);
    expect(attempts[1]?.answers).toHaveProperty('admin-for-process', 'strongly-disagree');
    expect(noticeIds()).toEqual([]);
    expect(localStorage.getItem(backupKey(HISTORY_KEY))).toBeNull();
    // Reading never writes: the version 1 payload stays as it was until the next change.
    expect(localStorage.getItem(HISTORY_KEY)).toBe(V1_HISTORY);
  });

  it('writes the version 1 attempts back as version 2 with the next attempt, numbered 3', async () => {
    localStorage.setItem(HISTORY_KEY, V1_HISTORY);
    await useHistory.persist.rehydrate();
    const added = useHistory.getState().add({ 'team-expansion': 'onboarding' }, 1);
    expect(added.number).toBe(3);
    const saved = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? 'null');
    expect(saved.version).toBe(2);
    expect(saved.state.nextNumber).toBe(4);
    const [newest, ...older] = saved.state.attempts;
    expect(newest).toEqual(added);
    const v1 = JSON.parse(V1_HISTORY).state.attempts;
    expect(older).toEqual([
      { ...v1[0], number: 2 },
      { ...v1[1], number: 1 },
    ]);
    // And the version 2 payload reads back to the same state, nothing set aside.
    expect(readHistory(saved.state, saved.version)).toEqual({
      state: { attempts: useHistory.getState().attempts, nextNumber: 4 },
      dropped: 0,
    });
  });

  it('restores an emptied history as empty, without calling it damaged', async () => {
    useHistory.setState({ attempts: [numbered('inmemo', 1, 1)], nextNumber: 2 });
    localStorage.setItem(HISTORY_KEY, V1_HISTORY_EMPTY);
    await useHistory.persist.rehydrate();
    expect(useHistory.getState().attempts).toEqual([]);
    expect(noticeIds()).toEqual([]);
  });
});

describe('when restoring fails after the payload was read', () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it('a bug in merge: the history payload is set aside before the next attempt is saved, and a notice says so', async () => {
    const { merge } = useHistory.persist.getOptions();
    useHistory.persist.setOptions({
      merge: () => {
        throw new Error('a bug in merge');
      },
    });
    try {
      localStorage.setItem(HISTORY_KEY, V1_HISTORY);
      await useHistory.persist.rehydrate();
    } finally {
      useHistory.persist.setOptions(merge ? { merge } : {});
    }
    // The store could not take the attempts in, so it shows none…
    expect(useHistory.getState().attempts).toEqual([]);
    expect(noticeIds()).toContain('storage-corrupted');
    expect(consoleError).toHaveBeenCalled();
    // …and the next finished attempt replaces the main key, but every stored attempt is still there.
    useHistory.getState().add({ 'team-expansion': 'hiring' }, 1);
    expect(localStorage.getItem(backupKey(HISTORY_KEY))).toBe(V1_HISTORY);
    expect(readHistory(JSON.parse(localStorage.getItem(backupKey(HISTORY_KEY)) ?? 'null').state, 1).dropped).toBe(0);
  });

  it('a storage whose getItem throws: the attempt in progress is set aside before the next answer is saved', async () => {
    const { storage } = useQuiz.persist.getOptions();
    if (!storage) throw new Error('the quiz store has no storage');
    useQuiz.persist.setOptions({
      storage: {
        ...storage,
        getItem: () => {
          throw new TypeError('cannot read');
        },
      },
    });
    try {
      localStorage.setItem(QUIZ_KEY, V1_QUIZ_IN_PROGRESS);
      await useQuiz.persist.rehydrate();
    } finally {
      useQuiz.persist.setOptions({ storage });
    }
    expect(useQuiz.getState().answers).toEqual({});
    expect(noticeIds()).toContain('storage-corrupted');
    useQuiz.getState().answer(realBank, 'team-expansion', 'hiring');
    expect(localStorage.getItem(backupKey(QUIZ_KEY))).toBe(V1_QUIZ_IN_PROGRESS);
  });

  it('with every backup slot taken, nothing is written over the unreadable payload this visit, and a notice says so', async () => {
    for (let n = 1; n <= MAX_BACKUPS; n++) localStorage.setItem(backupKey(QUIZ_KEY, n), `{older ${n}`);
    localStorage.setItem(QUIZ_KEY, '{unreadable');
    await useQuiz.persist.rehydrate();
    expect(noticeIds()).toContain('storage-held');
    useQuiz.getState().answer(realBank, 'team-expansion', 'hiring');
    expect(useQuiz.getState().answers).toEqual({ 'team-expansion': 'hiring' });
    expect(localStorage.getItem(QUIZ_KEY)).toBe('{unreadable');
    expect(localStorage.getItem(backupKey(QUIZ_KEY, MAX_BACKUPS))).toBe(`{older ${MAX_BACKUPS}`);
    // Once the payload is gone from elsewhere (another tab, the person clearing it), saving resumes.
    localStorage.removeItem(QUIZ_KEY);
    useQuiz.getState().answer(realBank, 'hunt-hard-bugs', 'agree');
    expect(JSON.parse(localStorage.getItem(QUIZ_KEY) ?? 'null')).toMatchObject({
      state: { answers: { 'team-expansion': 'hiring', 'hunt-hard-bugs': 'agree' } },
    });
  });
});
