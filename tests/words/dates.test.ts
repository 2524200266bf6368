// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDay, formatWhen } from '../../src/words/dates.ts';

// A moment in the person's own time zone, written without the browser's locale data. The tests
// pin the zone so the expected words are the same on every machine.
const zone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Europe/London';
});
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('formatWhen', () => {
  it.each([
    ['2026-12-01T17:30:00Z', '1 Dec 2026, 5:30pm'],
    ['2026-12-01T10:00:00Z', '1 Dec 2026, 10am'],
    ['2026-12-01T12:00:00Z', '1 Dec 2026, midday'],
    ['2026-12-02T00:00:00Z', '2 Dec 2026, midnight'],
    ['2026-12-02T00:05:00Z', '2 Dec 2026, 12:05am'],
    ['2026-12-02T12:07:00Z', '2 Dec 2026, 12:07pm'],
    ['2026-09-14T08:09:00Z', '14 Sept 2026, 9:09am'],
    ['2026-06-30T23:59:00Z', '1 Jul 2026, 12:59am'],
  ])('writes %s as %s', (iso, words) => {
    expect(formatWhen(iso)).toBe(words);
  });

  it('writes the moment in the local time zone, not UTC', () => {
    process.env.TZ = 'America/New_York';
    expect(formatWhen('2026-12-01T03:15:00Z')).toBe('30 Nov 2026, 10:15pm');
  });
});

describe('formatDay', () => {
  it('writes the day with the month in full', () => {
    expect(formatDay('2026-09-14T08:09:00Z')).toBe('14 September 2026');
    expect(formatDay('2026-05-01T08:09:00Z')).toBe('1 May 2026');
  });
});

describe('the app', () => {
  it('never asks the browser for locale data (its first formatter blocks a page start for 40 to 110 ms)', () => {
    const root = fileURLToPath(new URL('../../src', import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const users = files.filter((f) =>
      /\bIntl\.[A-Z]\w*\(|\.toLocale\w*String\(|\.localeCompare\(/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(users).toEqual([]);
  });
});
