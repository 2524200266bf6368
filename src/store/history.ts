// Finished attempts: id, when, the bank version and the raw answers. Never derived scores: the
// engine recomputes them. Kept in localStorage; another tab's changes show up without a reload.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import * as v from 'valibot';
import { notify } from './notices.ts';
import { keepOnFailure, safeStorage, type Salvaged } from './safe-storage.ts';
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

const StoredHistory = v.object({ attempts: v.array(v.unknown()) });

/**
 * Reads stored attempts one by one, newest first, each id once, at most MAX_ATTEMPTS; `dropped`
 * counts the attempts left out. Never throws. Every version so far (1) has this shape.
 */
export function readHistory(input: unknown): Salvaged<HistoryData> {
  if (input === undefined || input === null) return { state: { attempts: [] }, dropped: 0 };
  const stored = v.safeParse(StoredHistory, input);
  if (!stored.success) return { state: { attempts: [] }, dropped: 1 };
  const list = stored.output.attempts;
  const attempts = list.flatMap((a) => {
    const parsed = v.safeParse(AttemptSchema, a);
    return parsed.success ? [parsed.output] : [];
  });
  const unique = attempts.filter((a, i) => attempts.findIndex((b) => b.id === a.id) === i);
  unique.sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
  return {
    state: { attempts: unique.slice(0, MAX_ATTEMPTS) },
    dropped: list.length - Math.min(unique.length, MAX_ATTEMPTS),
  };
}

const newId = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
};

const storage = safeStorage<HistoryData>({
  version: HISTORY_VERSIONS.initial,
  read: readHistory,
  onDropped: (dropped) =>
    notify(
      'history-corrupted',
      `${dropped} saved attempt(s) could not be read and were set aside. Every other attempt is kept.`,
    ),
});

/** What is stored now, which another tab may have added to since this one last read it. */
const storedAttempts = (): readonly Attempt[] => storage.getItem(HISTORY_KEY)?.state.attempts ?? [];

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
