// The figures bank preparation gives for a bank: the retake spread, and per question its noise and
// per option its level, retake variance and points. Read by tests/engine/prepare.test.ts and
// written into tests/fixtures/prepared-figures.json by `npm run fixtures`.
import { readdirSync, readFileSync } from 'node:fs';
import type { Bank } from '../../src/engine/bank-schema.ts';
import { prepareBank } from '../../src/engine/prepare.ts';

export type Figures = { spread: number; q: [number, number, [number, number, number][]][] };

/** Every bank the app ships: today's and each frozen earlier version. */
export const BANK_FILES: readonly string[] = readdirSync('data')
  .filter((f) => /^questions(-v\d+)?\.json$/.test(f))
  .sort();

/** The figures of today's code, from a fresh copy of the bank (no cached preparation). */
export function figuresOf(file: string): Figures {
  const bank = JSON.parse(readFileSync(`data/${file}`, 'utf8')) as Bank;
  const prepared = prepareBank(bank);
  return {
    spread: prepared.retakeSpread,
    q: prepared.ordered.map((q) => [
      q.levelNoise,
      q.pointsNoise,
      q.options.map((o) => [o.level, o.retakeVariance, o.points] as [number, number, number]),
    ]),
  };
}
