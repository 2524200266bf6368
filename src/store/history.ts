// Finished attempts: id, when, the bank version and the raw answers. Never derived scores: the
// engine recomputes them. Kept in localStorage; another tab's changes show up without a reload.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import * as v from 'valibot';
import { notify } from './notices.ts';
import { safeStorage, setAside } from './safe-storage.ts';
import { AttemptSchema, type Attempt, type StoredAnswers } from './stored.ts';

export const HISTORY_KEY = 'career-quiz:history';
export const HISTORY_VERSIONS = { initial: 1 } as const;
export const MAX_ATTEMPTS = 100;

interface HistoryData {
  readonly attempts: readonly Attempt[];
}

interface HistoryState extends HistoryData {
  readonly add: (answers: StoredAnswers, bankVersion: number) => Attempt;
  readonly remove: (id: string) => void;
  readonly clear: () => void;
}

/** The valid attempts of an unknown payload, newest first; invalid ones are dropped, not fatal. */
export function readHistory(input: unknown): { attempts: Attempt[]; dropped: number } {
  const list = typeof input === 'object' && input !== null && 'attempts' in input ? input.attempts : undefined;
  if (!Array.isArray(list)) return { attempts: [], dropped: input === undefined || input === null ? 0 : 1 };
  const attempts = list.flatMap((a: unknown) => {
    const parsed = v.safeParse(AttemptSchema, a);
    return parsed.success ? [parsed.output] : [];
  });
  const unique = attempts.filter((a, i) => attempts.findIndex((b) => b.id === a.id) === i);
  unique.sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
  return { attempts: unique.slice(0, MAX_ATTEMPTS), dropped: list.length - Math.min(unique.length, MAX_ATTEMPTS) };
}

const newId = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
};

const storage = safeStorage<HistoryData>();

/** What is stored now, which another tab may have added to since this one last read it. */
const storedAttempts = (): Attempt[] => readHistory(storage.getItem(HISTORY_KEY)?.state).attempts;

/** One list, newest first, each attempt once. */
const mergeById = (...lists: (readonly Attempt[])[]): Attempt[] => {
  const byId = new Map<string, Attempt>();
  for (const a of lists.flat()) if (!byId.has(a.id)) byId.set(a.id, a);
  return [...byId.values()].sort((x, y) => y.finishedAt.localeCompare(x.finishedAt));
};

export const useHistory = create<HistoryState>()(
  persist(
    (set, get) => ({
      attempts: [],
      add: (answers, bankVersion) => {
        const attempt: Attempt = { id: newId(), finishedAt: new Date().toISOString(), bankVersion, answers };
        // Merged with what is stored, so an attempt another tab finished a moment ago is kept too.
        const attempts = mergeById([attempt], get().attempts, storedAttempts());
        if (attempts.length > MAX_ATTEMPTS) {
          notify('history-full', `Only the latest ${MAX_ATTEMPTS} attempts are kept, so the oldest one was removed.`);
        }
        set({ attempts: attempts.slice(0, MAX_ATTEMPTS) });
        return attempt;
      },
      remove: (id) => set((s) => ({ attempts: mergeById(s.attempts, storedAttempts()).filter((a) => a.id !== id) })),
      clear: () => set({ attempts: [] }),
    }),
    {
      name: HISTORY_KEY,
      version: HISTORY_VERSIONS.initial,
      storage,
      partialize: ({ attempts }): HistoryData => ({ attempts }),
      // One version so far: `merge` checks whatever comes, attempt by attempt (the cast is a formality).
      migrate: (persisted) => persisted as HistoryData,
      merge: (persisted, current) => {
        const { attempts, dropped } = readHistory(persisted);
        if (dropped > 0) {
          setAside(HISTORY_KEY, JSON.stringify({ state: persisted }));
          notify(
            'history-corrupted',
            `${dropped} saved attempt(s) could not be read and were set aside. Every other attempt is kept.`,
          );
        }
        return { ...current, attempts };
      },
    },
  ),
);

// Another tab finishing or deleting an attempt shows up here without a reload.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === HISTORY_KEY) void useHistory.persist.rehydrate();
  });
}
