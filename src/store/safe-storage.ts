// A PersistStorage for zustand's `persist` that never throws and that parses what it reads: storage
// that is switched off or full leaves the app working in memory; a payload is read into the
// store's current shape part by part, and whatever could not be read is set aside under a backup
// key before the next write can replace it.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import * as v from 'valibot';
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

/**
 * Keeps a copy of what could not be read under a key of its own, so no later write loses it.
 * Returns whether the copy is kept (false when every backup slot is taken or storage refuses).
 */
export function setAside(name: string, raw: string): boolean {
  try {
    const s = storage();
    if (!s) return false;
    for (let n = 1; n <= MAX_BACKUPS; n++) {
      const kept = s.getItem(backupKey(name, n));
      if (kept === raw) return true;
      if (kept === null) {
        s.setItem(backupKey(name, n), raw);
        return true;
      }
    }
    // Every backup slot is taken: the oldest copies are kept, as the likeliest to matter.
    return false;
  } catch {
    return false;
  }
}

const memoryOnly = () =>
  notify(
    'storage-unavailable',
    'This browser is not letting the quiz save. Your answers work for this visit but will be lost when you close the tab.',
  );

/** Payloads that could not be set aside, by key: this visit does not write over them. */
const held = new Map<string, string>();

/** Makes sure a payload that could not be read in full survives the next write. */
function protect(name: string, raw: string): boolean {
  if (setAside(name, raw)) return true;
  held.set(name, raw);
  notify(
    'storage-held',
    'Some saved data could not be read and there is no room to keep a copy of it, so this visit will not save over it. Your answers work for this visit only.',
  );
  return false;
}

const unreadable = () =>
  notify('storage-corrupted', 'Some saved data could not be read. It has been set aside and the quiz started clean.');

function readRaw(name: string): string | null {
  try {
    return storage()?.getItem(name) ?? null;
  } catch {
    memoryOnly();
    return null;
  }
}

/** What zustand writes: `{"state": …, "version": n}`. A version that is not a number reads as 0. */
const EnvelopeSchema = v.object({ state: v.unknown(), version: v.fallback(v.number(), 0) });

export interface Salvaged<S> {
  readonly state: S;
  /** How many parts (fields, answers, attempts) could not be read; 0 when all of it was. */
  readonly dropped: number;
}

/** How one store's payload is read. */
export interface StoredFormat<S> {
  /** The version this build writes. */
  readonly version: number;
  /**
   * The current shape from the state of a payload of any version, keeping every part that is
   * valid. The one place a future format change adds its migration step.
   */
  readonly read: (state: unknown, version: number) => Salvaged<S>;
  /** Tells the person that part of their data was set aside. */
  readonly onDropped: (dropped: number) => void;
}

/** zustand's storage interface, synchronous: localStorage answers at once. */
export interface SyncStorage<S> extends PersistStorage<S> {
  getItem: (name: string) => StorageValue<S> | null;
}

export function safeStorage<S>(format: StoredFormat<S>): SyncStorage<S> {
  return {
    getItem(name): StorageValue<S> | null {
      const raw = readRaw(name);
      if (raw === null) return null;
      let salvaged: Salvaged<S> | null = null;
      try {
        const envelope = v.safeParse(EnvelopeSchema, JSON.parse(raw));
        if (envelope.success) salvaged = format.read(envelope.output.state, envelope.output.version);
      } catch (error) {
        // Not JSON, or a bug in `read`: either way the payload is kept as it is, below.
        if (!(error instanceof SyntaxError)) console.error(`Saved data under ${name} could not be read:`, error);
      }
      if (salvaged === null) {
        if (protect(name, raw)) unreadable();
        return null;
      }
      if (salvaged.dropped > 0 && protect(name, raw)) format.onDropped(salvaged.dropped);
      // Read into the current shape, so zustand's own `migrate` (run only on another version) has
      // nothing left to do.
      return { state: salvaged.state, version: format.version };
    },
    setItem(name, value) {
      try {
        const s = storage();
        if (!s) return memoryOnly();
        const kept = held.get(name);
        if (kept !== undefined) {
          if (s.getItem(name) === kept) return;
          // Someone else (another tab, a person clearing data) has replaced it since.
          held.delete(name);
        }
        s.setItem(name, JSON.stringify(value));
      } catch {
        memoryOnly();
      }
    },
    removeItem(name) {
      try {
        const s = storage();
        if (!s || s.getItem(name) === held.get(name)) return;
        s.removeItem(name);
      } catch {
        memoryOnly();
      }
    },
  };
}

/**
 * `onRehydrateStorage` for a store kept by `safeStorage`. When restoring fails after the payload
 * was read (a bug in `merge`, a listener that throws), the store keeps its empty state and its next
 * write would replace the stored payload: the payload is set aside first, and the person is told.
 * zustand calls this inside `create()`, so it reads the storage directly, not the store.
 */
export function keepOnFailure<S>(name: string): () => (state?: S, error?: unknown) => void {
  return () => (state, error) => {
    // zustand passes a state only when restoring succeeded.
    if (state !== undefined) return;
    console.error(`Saved data under ${name} could not be restored:`, error);
    const raw = readRaw(name);
    if (raw !== null && protect(name, raw)) unreadable();
  };
}
