// English grammar the sentences share: counts, lists and capitals, written once.

/** "1 point", "2 points". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** How far an answer moved the split, in words: "1 point", "0.6 points", "2 points". */
export function pointsText(points: number): string {
  const p = Math.abs(points);
  if (p >= 0.95) return plural(Math.round(p), 'point');
  return `${p.toFixed(1)} points`;
}

/** "a", "a and b", "a, b and c" (or "a, b or c"). */
export function listText(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`;
}

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
