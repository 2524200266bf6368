// Permanent attempt numbers (history version 2). Each finished attempt keeps the number it was
// given, so deleting one never renumbers the others, and a number is never given twice: the store
// keeps the next number to give, which only "Clear all" sets back to 1.
import type { Attempt, AttemptV1 } from './stored.ts';

/** Plain code-unit order, right for ISO times and ids; `localeCompare` would also wake the
 * locale's collator, which costs more on a page's first call than the whole sort. */
export const compareCodeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

const byTime = (a: { readonly finishedAt: string }, b: { readonly finishedAt: string }): number =>
  compareCodeUnits(a.finishedAt, b.finishedAt);

/**
 * Version 1 attempts (newest first, as version 1 kept them) numbered by date, the oldest 1.
 * Attempts of the same moment are numbered in their stored order, the later in the list first.
 */
export function numberByDate(attempts: readonly AttemptV1[]): Attempt[] {
  const oldestFirst = attempts
    .map((attempt, i) => ({ attempt, i }))
    .sort((x, y) => byTime(x.attempt, y.attempt) || y.i - x.i);
  return oldestFirst.map(({ attempt }, n) => ({ ...attempt, number: n + 1 })).reverse();
}

export interface Numbered {
  /** Newest first, each id once, each number once. */
  readonly attempts: Attempt[];
  /** The number the next attempt takes: above every number in the list and never below `next`. */
  readonly next: number;
}

/**
 * One list from several (this tab's and the stored one), each attempt once: the first list's copy
 * wins. Two tabs that finish at the same moment can each give the same number to a different
 * attempt; then the older attempt keeps it and the newer one takes the next free number, so
 * numbers stay unique and only the attempt that came second changes.
 */
export function mergeAttempts(lists: readonly (readonly Attempt[])[], next: number): Numbered {
  const byId = new Map<string, Attempt>();
  for (const a of lists.flat()) if (!byId.has(a.id)) byId.set(a.id, a);
  const oldestFirst = [...byId.values()].sort((a, b) => byTime(a, b) || compareCodeUnits(a.id, b.id));
  const taken = new Set<number>();
  const kept: Attempt[] = [];
  const clashing: Attempt[] = [];
  for (const a of oldestFirst) {
    if (taken.has(a.number)) clashing.push(a);
    else {
      taken.add(a.number);
      kept.push(a);
    }
  }
  let free = Math.max(next, ...[...taken].map((n) => n + 1));
  for (const a of clashing) kept.push({ ...a, number: free++ });
  return { attempts: kept.sort((a, b) => byTime(b, a) || b.number - a.number), next: free };
}
