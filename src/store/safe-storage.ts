// A PersistStorage for zustand's `persist` that never throws: storage that is switched off or
// full leaves the app working in memory, and a payload that fails to parse is set aside under a
// backup key instead of being overwritten by the next write.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { notify } from './notices.ts';

const storage = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
};

/** Where the n-th payload that could not be read is kept (n from 1). */
export const backupKey = (name: string, n = 1): string => (n === 1 ? `${name}:backup` : `${name}:backup-${n}`);
export const MAX_BACKUPS = 5;

/** Keeps a copy of what could not be read under a key of its own, so no later write loses it. */
export function setAside(name: string, raw: string): void {
  try {
    const s = storage();
    if (!s) return;
    for (let n = 1; n <= MAX_BACKUPS; n++) {
      const kept = s.getItem(backupKey(name, n));
      if (kept === raw) return;
      if (kept === null) return s.setItem(backupKey(name, n), raw);
    }
    // Every backup slot is taken: the oldest copies are kept, as the likeliest to matter.
  } catch {
    // Nothing more can be done; the original stays in place until the next successful write.
  }
}

const memoryOnly = () =>
  notify(
    'storage-unavailable',
    'This browser is not letting the quiz save. Your answers work for this visit but will be lost when you close the tab.',
  );

/** zustand's storage interface, synchronous: localStorage answers at once. */
export interface SyncStorage<S> extends PersistStorage<S> {
  getItem: (name: string) => StorageValue<S> | null;
}

export function safeStorage<S>(): SyncStorage<S> {
  return {
    getItem(name): StorageValue<S> | null {
      let raw: string | null;
      try {
        raw = storage()?.getItem(name) ?? null;
      } catch {
        memoryOnly();
        return null;
      }
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed === 'object' && parsed !== null && 'state' in parsed) {
          const version = 'version' in parsed && typeof parsed.version === 'number' ? parsed.version : 0;
          // The state stays unknown until the store's own `merge` has checked it.
          return { state: parsed.state as S, version };
        }
      } catch {
        // fall through: not JSON
      }
      setAside(name, raw);
      notify(
        'storage-corrupted',
        'Some saved data could not be read. It has been set aside and the quiz started clean.',
      );
      return null;
    },
    setItem(name, value) {
      try {
        const s = storage();
        if (!s) return memoryOnly();
        s.setItem(name, JSON.stringify(value));
      } catch {
        memoryOnly();
      }
    },
    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        memoryOnly();
      }
    },
  };
}
