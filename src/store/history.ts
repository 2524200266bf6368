// Finished attempts: id, when, the bank version and the raw answers. Never derived scores: the
// engine recomputes them. Kept in localStorage; another tab's changes show up without a reload.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import * as v from 'valibot';
import { compareCodeUnits, mergeAttempts, numberByDate } from './attempt-numbers.ts';
import { notify } from './notices.ts';
import { keepOnFailure, safeStorage, type Salvaged } from './safe-storage.ts';
import { AttemptNumberSchema, AttemptSchema, AttemptV1Schema, type Attempt, type StoredAnswers } from './stored.ts';

export const HISTORY_KEY = 'career-quiz:history';
/** 1: attempts numbered by their place in the list; 2: each attempt keeps a number of its own. */
export const HISTORY_VERSIONS = { initial: 1, numbered: 2 } as const;
export const MAX_ATTEMPTS = 100;

interface HistoryData {
  /** Newest first. */
  readonly attempts: readonly Attempt[];
  /** The number the next finished attempt takes. */
  readonly nextNumber: number;
}

interface HistoryState extends HistoryData {
  readonly add: (answers: StoredAnswers, bankVersion: number) => Attempt;
  readonly remove: (id: string) => void;
  /** Deletes every attempt; numbering starts again from 1. */
  readonly clear: () => void;
}

const EMPTY: HistoryData = { attempts: [], nextNumber: 1 };

const StoredHistory = v.object({ attempts: v.array(v.unknown()), nextNumber: v.optional(v.unknown()) });

/** Each attempt of `list` that `schema` reads, each id once (the first). */
function readEach<T extends { readonly id: string }>(
  list: readonly unknown[],
  schema: v.GenericSchema<unknown, T>,
): T[] {
  const read = list.flatMap((a) => {
    const parsed = v.safeParse(schema, a);
    return parsed.success ? [parsed.output] : [];
  });
  return read.filter((a, i) => read.findIndex((b) => b.id === a.id) === i);
}

/**
 * Reads stored attempts one by one, newest first, each id and each number once, at most
 * MAX_ATTEMPTS; `dropped` counts the parts left out. Never throws. Version 1 attempts have no
 * number: they are numbered by date, the oldest 1.
 */
export function readHistory(input: unknown, version: number): Salvaged<HistoryData> {
  if (input === undefined || input === null) return { state: EMPTY, dropped: 0 };
  const stored = v.safeParse(StoredHistory, input);
  if (!stored.success) return { state: EMPTY, dropped: 1 };
  const list = stored.output.attempts;
  if (version < HISTORY_VERSIONS.numbered) {
    const attempts = readEach(list, AttemptV1Schema)
      .sort((a, b) => compareCodeUnits(b.finishedAt, a.finishedAt))
      .slice(0, MAX_ATTEMPTS);
    return {
      state: { attempts: numberByDate(attempts), nextNumber: attempts.length + 1 },
      dropped: list.length - attempts.length,
    };
  }
  const next = v.safeParse(v.optional(AttemptNumberSchema, 1), stored.output.nextNumber);
  const read = readEach(list, AttemptSchema);
  // Numbers made unique (a hand edit, or two tabs at once) and the next one above them all.
  const { attempts, next: nextNumber } = mergeAttempts([read], next.success ? next.output : 1);
  const kept = attempts.slice(0, MAX_ATTEMPTS);
  return {
    state: { attempts: kept, nextNumber },
    dropped: list.length - kept.length + (next.success ? 0 : 1),
  };
}

const newId = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
};

const storage = safeStorage<HistoryData>({
  version: HISTORY_VERSIONS.numbered,
  read: readHistory,
  onDropped: () =>
    notify(
      'history-corrupted',
      'Part of your saved history could not be read and was set aside. Every attempt that could be read is kept.',
    ),
});

/** What is stored now, which another tab may have added to since this one last read it. */
const stored = (): HistoryData => storage.getItem(HISTORY_KEY)?.state ?? EMPTY;

/** This tab's attempts merged with the stored ones, numbers unique, and the next number to give. */
const merged = (mine: HistoryData) => {
  const theirs = stored();
  return mergeAttempts([mine.attempts, theirs.attempts], Math.max(mine.nextNumber, theirs.nextNumber));
};

export const useHistory = create<HistoryState>()(
  persist(
    (set, get) => ({
      ...EMPTY,
      add: (answers, bankVersion) => {
        // Merged with what is stored, so an attempt another tab finished a moment ago is kept too,
        // and this one takes a number above every number either tab has given.
        const before = merged(get());
        const attempt: Attempt = {
          id: newId(),
          finishedAt: new Date().toISOString(),
          bankVersion,
          answers,
          number: before.next,
        };
        const { attempts, next } = mergeAttempts([[attempt], before.attempts], before.next + 1);
        if (attempts.length > MAX_ATTEMPTS) {
          notify('history-full', `Only the latest ${MAX_ATTEMPTS} attempts are kept, so the oldest one was removed.`);
        }
        set({ attempts: attempts.slice(0, MAX_ATTEMPTS), nextNumber: next });
        return attempt;
      },
      remove: (id) =>
        set((s) => {
          const { attempts, next } = merged(s);
          return { attempts: attempts.filter((a) => a.id !== id), nextNumber: next };
        }),
      clear: () => set(EMPTY),
    }),
    {
      name: HISTORY_KEY,
      version: HISTORY_VERSIONS.numbered,
      storage,
      partialize: ({ attempts, nextNumber }): HistoryData => ({ attempts, nextNumber }),
      // The storage hands over parsed attempts (zustand's default `merge` lays them over the
      // initial state); this keeps the payload when anything after that fails.
      onRehydrateStorage: keepOnFailure<HistoryState>(HISTORY_KEY),
    },
  ),
);

// Another tab finishing or deleting an attempt shows up here without a reload.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === HISTORY_KEY) void useHistory.persist.rehydrate();
  });
}
