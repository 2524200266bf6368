// Permanent attempt numbers: version 1 attempts numbered by date, numbers kept through a delete
// and never given twice, two tabs finishing at once, and "Clear all" starting again from 1.
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeAttempts, numberByDate } from '../../src/store/attempt-numbers.ts';
import { HISTORY_KEY, readHistory, useHistory } from '../../src/store/history.ts';
import { useNotices } from '../../src/store/notices.ts';
import { backupKey } from '../../src/store/safe-storage.ts';
import type { Attempt } from '../../src/store/stored.ts';
import { V1_HISTORY } from './v1-payloads.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 12, minute)).toISOString();
const v1 = (id: string, minute: number) => ({ id, finishedAt: at(minute), bankVersion: 1, answers: { a1: 'x1' } });
const numbered = (id: string, minute: number, number: number): Attempt => ({ ...v1(id, minute), number });
const stored = (attempts: readonly Attempt[], nextNumber: number) =>
  localStorage.setItem(HISTORY_KEY, JSON.stringify({ state: { attempts, nextNumber }, version: 2 }));
const numbers = () => useHistory.getState().attempts.map((a) => [a.id, a.number]);
const noticeIds = () => useNotices.getState().notices.map((n) => n.id);

beforeEach(() => {
  localStorage.clear();
  useNotices.setState({ notices: [] });
  useHistory.setState({ attempts: [], nextNumber: 1 });
});

describe('version 1 attempts', () => {
  it('are numbered by date, the oldest 1, whatever order they were stored in', () => {
    const read = readHistory({ attempts: [v1('middle', 5), v1('oldest', 1), v1('newest', 9)] }, 1);
    expect(read.state.attempts.map((a) => [a.id, a.number])).toEqual([
      ['newest', 3],
      ['middle', 2],
      ['oldest', 1],
    ]);
    expect(read.state.nextNumber).toBe(4);
    expect(read.dropped).toBe(0);
  });

  it('of the same moment keep their stored order: the later in the list is the older', () => {
    expect(numberByDate([v1('second', 3), v1('first1', 3)]).map((a) => [a.id, a.number])).toEqual([
      ['second', 2],
      ['first1', 1],
    ]);
  });

  it('from a real version 1 payload keep every field and gain only a number', () => {
    const read = readHistory(JSON.parse(V1_HISTORY).state, 1);
    const original = JSON.parse(V1_HISTORY).state.attempts as Record<string, unknown>[];
    expect(read.state.attempts).toEqual([
      { ...original[0], number: 2 },
      { ...original[1], number: 1 },
    ]);
    expect(read.dropped).toBe(0);
  });

  it('a version 2 payload is not numbered again, and an attempt in it without a number is set aside', () => {
    const read = readHistory({ attempts: [numbered('kept01', 2, 7), v1('nonumb', 5)], nextNumber: 9 }, 2);
    expect(read.state.attempts.map((a) => [a.id, a.number])).toEqual([['kept01', 7]]);
    expect(read.state.nextNumber).toBe(9);
    expect(read.dropped).toBe(1);
  });
});

describe('a number is kept for good', () => {
  it('deleting an attempt leaves every other number as it was, and its number is not given again', () => {
    useHistory.setState({
      attempts: [numbered('third1', 3, 3), numbered('second', 2, 2), numbered('first1', 1, 1)],
      nextNumber: 4,
    });
    useHistory.getState().remove('second');
    expect(numbers()).toEqual([
      ['third1', 3],
      ['first1', 1],
    ]);
    // Deleting the newest does not free its number either.
    useHistory.getState().remove('third1');
    expect(useHistory.getState().add({ a1: 'x1' }, 1).number).toBe(4);
  });

  it('survives a reload: the next number is stored with the attempts', async () => {
    useHistory.getState().add({ a1: 'x1' }, 1);
    const second = useHistory.getState().add({ a1: 'x1' }, 1);
    useHistory.getState().remove(second.id);
    // A fresh page: what is stored is all there is.
    const saved = localStorage.getItem(HISTORY_KEY) ?? '';
    useHistory.setState({ attempts: [], nextNumber: 1 });
    localStorage.setItem(HISTORY_KEY, saved);
    await useHistory.persist.rehydrate();
    expect(useHistory.getState().nextNumber).toBe(3);
    expect(useHistory.getState().add({ a1: 'x1' }, 1).number).toBe(3);
  });

  it('"Clear all" starts the numbering again from 1', () => {
    useHistory.getState().add({ a1: 'x1' }, 1);
    useHistory.getState().add({ a1: 'x1' }, 1);
    useHistory.getState().clear();
    expect(JSON.parse(localStorage.getItem(HISTORY_KEY) ?? 'null')).toEqual({
      state: { attempts: [], nextNumber: 1 },
      version: 2,
    });
    expect(useHistory.getState().add({ a1: 'x1' }, 1).number).toBe(1);
  });
});

describe('two tabs', () => {
  it('an attempt finished here after another tab finished one takes the number after it', () => {
    useHistory.setState({ attempts: [numbered('first1', 1, 1)], nextNumber: 2 });
    // The other tab's attempt is stored, and this tab has not heard of it yet.
    stored([numbered('other2', 2, 2), numbered('first1', 1, 1)], 3);
    const mine = useHistory.getState().add({ a1: 'x1' }, 1);
    expect(mine.number).toBe(3);
    expect(numbers()).toEqual([
      [mine.id, 3],
      ['other2', 2],
      ['first1', 1],
    ]);
  });

  it('finishing at the same moment, both gave number 2: the older keeps it, the newer takes the next free number', () => {
    // This tab's attempt 2 was written over by the other tab's attempt 2 before either heard of the other.
    useHistory.setState({ attempts: [numbered('mine02', 2, 2), numbered('first1', 1, 1)], nextNumber: 3 });
    stored([numbered('theirs', 3, 2), numbered('first1', 1, 1)], 3);
    const next = useHistory.getState().add({ a1: 'x1' }, 1);
    expect(numbers()).toEqual([
      [next.id, 4],
      ['theirs', 3],
      ['mine02', 2],
      ['first1', 1],
    ]);
    expect(noticeIds()).toEqual([]);
  });

  it('a stored list with a number twice (from such a race, or an edit) reads with unique numbers, nothing set aside', () => {
    stored([numbered('newer1', 5, 2), numbered('older1', 4, 2)], 3);
    const read = readHistory(JSON.parse(localStorage.getItem(HISTORY_KEY) ?? 'null').state, 2);
    expect(read.state.attempts.map((a) => [a.id, a.number])).toEqual([
      ['newer1', 3],
      ['older1', 2],
    ]);
    expect(read.state.nextNumber).toBe(4);
    expect(read.dropped).toBe(0);
    expect(localStorage.getItem(backupKey(HISTORY_KEY))).toBeNull();
  });

  it('an unreadable next number is set aside and the numbering carries on above every kept number', () => {
    const read = readHistory({ attempts: [numbered('only01', 1, 6)], nextNumber: 'seven' }, 2);
    expect(read.state.nextNumber).toBe(7);
    expect(read.dropped).toBe(1);
  });
});

it('merging any lists gives each id once and each number once, above none of the next number given', () => {
  const attemptArb = fc.record({
    id: fc.constantFrom('aaaaaa', 'bbbbbb', 'cccccc', 'dddddd', 'eeeeee'),
    finishedAt: fc.integer({ min: 0, max: 20 }).map(at),
    bankVersion: fc.constant(1),
    answers: fc.constant({}),
    number: fc.integer({ min: 1, max: 6 }),
  });
  fc.assert(
    fc.property(
      fc.array(fc.array(attemptArb, { maxLength: 5 }), { maxLength: 3 }),
      fc.integer({ min: 1, max: 9 }),
      (lists, next) => {
        const merged = mergeAttempts(lists, next);
        const ids = merged.attempts.map((a) => a.id);
        const nums = merged.attempts.map((a) => a.number);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set(lists.flat().map((a) => a.id)));
        expect(new Set(nums).size).toBe(nums.length);
        expect(merged.next).toBeGreaterThanOrEqual(next);
        for (const n of nums) expect(merged.next).toBeGreaterThan(n);
        // Newest first.
        const times = merged.attempts.map((a) => a.finishedAt);
        expect(times).toEqual([...times].sort().reverse());
      },
    ),
  );
});
