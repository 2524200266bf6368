// What the builds the browser tests serve leave on disk for a host: `_headers` with every path
// under the base the build was made for, pointing at files that exist.
import { existsSync, readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { SUBPATH } from '../../playwright.config.ts';
import { headersFile } from '../../scripts/headers.ts';

for (const { outDir, base } of [{ outDir: 'dist', base: '/' }, SUBPATH]) {
  test(`${outDir}/_headers gives the README's headers for paths under ${base}`, () => {
    const text = readFileSync(`${outDir}/_headers`, 'utf8');
    expect(text).toBe(headersFile(base));
    const paths = text.split('\n').filter((line) => line.startsWith('/'));
    expect(paths).toEqual([`${base}*`, `${base}assets/*`]);
    // The cached directory is the one the pages load their hashed files from.
    expect(existsSync(`${outDir}/assets`)).toBe(true);
    expect(readFileSync(`${outDir}/index.html`, 'utf8')).toContain(`src="${base}assets/`);
  });
}
