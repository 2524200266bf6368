import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { QUIZ_KEY, firstUnanswered, readQuizData, useQuiz, validAnswers } from '../../src/store/quiz.ts';
import { HISTORY_KEY, MAX_ATTEMPTS, readHistory, useHistory } from '../../src/store/history.ts';
import { useNotices } from '../../src/store/notices.ts';
import { backupKey } from '../../src/store/safe-storage.ts';
import { realBank } from '../support/banks.ts';

const attempt = (id: string, minutesAgo: number, answers: Record<string, string> = { 'team-expansion': 'hiring' }) => ({
  id,
  finishedAt: new Date(Date.UTC(2026, 10, 1, 12, 0) - minutesAgo * 60_000).toISOString(),
  bankVersion: 1,
  answers,
});

const noticeIds = () => useNotices.getState().notices.map((n) => n.id);

// A question of today's bank and one of its answers, whatever the bank's content.
const current = realBank.questions[0];
const currentId = current?.id ?? '';
const currentOption = current?.options[0]?.id ?? '';

beforeEach(() => {
  localStorage.clear();
  useNotices.setState({ notices: [] });
  useQuiz.setState({ answers: {}, bankVersion: null, shortcuts: true });
  useHistory.setState({ attempts: [] });
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
    useQuiz.getState().reconcile(realBank);
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
    expect(JSON.parse(localStorage.getItem(backupKey(HISTORY_KEY)) ?? 'null')).toEqual({ state: payload.state });
  });

  it('never keeps more than the limit, dropping the oldest with a notice', () => {
    useHistory.setState({
      attempts: Array.from({ length: MAX_ATTEMPTS }, (_, i) => attempt(`old${String(i).padStart(4, '0')}`, i + 1)),
    });
    const added = useHistory.getState().add({ 'team-expansion': 'hiring' }, 1);
    const ids = useHistory.getState().attempts.map((a) => a.id);
    expect(ids).toHaveLength(MAX_ATTEMPTS);
    expect(ids[0]).toBe(added.id);
    expect(ids).not.toContain(`old${String(MAX_ATTEMPTS - 1).padStart(4, '0')}`);
    expect(noticeIds()).toContain('history-full');
  });

  it('picks up another tab’s changes from the storage event', async () => {
    localStorage.setItem(HISTORY_KEY, JSON.stringify({ state: { attempts: [attempt('othertab', 1)] }, version: 1 }));
    window.dispatchEvent(new StorageEvent('storage', { key: HISTORY_KEY }));
    await vi.waitFor(() => expect(useHistory.getState().attempts.map((a) => a.id)).toEqual(['othertab']));
  });

  it('deletes one attempt and clears all', () => {
    useHistory.setState({ attempts: [attempt('first1', 1), attempt('second', 2)] });
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
        const { attempts: kept } = readHistory({ attempts });
        expect(kept.map((a) => a.id)).toContain('valid1');
        expect(() => readHistory({ attempts: noise })).not.toThrow();
        expect(() => readHistory(noise[0])).not.toThrow();
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('reads 10,000 corrupted attempt payloads without throwing, keeping every valid answer', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), junk), junk, (noise, other) => {
        const { data } = readQuizData({
          answers: { ...noise, 'team-expansion': 'hiring' },
          bankVersion: other,
          shortcuts: other,
        });
        expect(data.answers['team-expansion']).toBe('hiring');
        expect(() => readQuizData(other)).not.toThrow();
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('never throws from the storage layer, whatever text is stored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json()), async (raw) => {
        localStorage.setItem(HISTORY_KEY, raw);
        await expect(useHistory.persist.rehydrate()).resolves.toBeUndefined();
        expect(Array.isArray(useHistory.getState().attempts)).toBe(true);
      }),
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
