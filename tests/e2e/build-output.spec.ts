// What the builds the browser tests serve leave on disk for a host: `_headers` with every path
// under the base the build was made for, pointing at files that exist; the link-preview tags
// (absolute addresses only where the build knew SITE_ORIGIN); no style attribute in any page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { SUBPATH } from '../../playwright.config.ts';
import { headersFile } from '../../scripts/headers.ts';
import { PREVIEW } from '../../scripts/link-preview.ts';

for (const { outDir, base } of [{ outDir: 'dist', base: '/' }, SUBPATH] as const) {
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

/** Every page a build writes: the prerendered ones and the shell for every other route. */
const pagesOf = (outDir: string): string[] => readdirSync(outDir).filter((f) => f.endsWith('.html'));

/** The content of `<meta property|name="key">` in a page, or null. */
const metaContent = (html: string, key: string): string | null =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1] ?? null;

test('without SITE_ORIGIN every page has the link-preview title and card, and no address to guess', () => {
  const files = pagesOf('dist');
  expect(files).toEqual(expect.arrayContaining(['index.html', 'article.html', '404.html']));
  for (const file of files) {
    const html = readFileSync(`dist/${file}`, 'utf8');
    expect(metaContent(html, 'og:title'), file).toBe(PREVIEW.title);
    expect(metaContent(html, 'og:description'), file).toBe(PREVIEW.description);
    expect(metaContent(html, 'twitter:card'), file).toBe('summary_large_image');
    expect(metaContent(html, 'og:url'), file).toBeNull();
    expect(metaContent(html, 'og:image'), file).toBeNull();
  }
  expect(existsSync('dist/og-image.png')).toBe(true);
});

test(`with SITE_ORIGIN every page points at the site and its picture under ${SUBPATH.base}`, async ({ request }) => {
  for (const file of pagesOf(SUBPATH.outDir)) {
    const html = readFileSync(`${SUBPATH.outDir}/${file}`, 'utf8');
    expect(metaContent(html, 'og:url'), file).toBe(`${SUBPATH.origin}${SUBPATH.base}`);
    expect(metaContent(html, 'og:image'), file).toBe(`${SUBPATH.origin}${SUBPATH.base}og-image.png`);
    expect(metaContent(html, 'twitter:card'), file).toBe('summary_large_image');
  }
  // The picture is served where the tag says, under the base.
  const image = await request.get(`http://localhost:${SUBPATH.port}${SUBPATH.base}og-image.png`);
  expect(image.headers()['content-type']).toBe('image/png');
});

for (const outDir of ['dist', SUBPATH.outDir]) {
  test(`no page of ${outDir}/ carries a style attribute (the Content-Security-Policy would refuse it)`, () => {
    for (const file of pagesOf(outDir)) {
      const html = readFileSync(`${outDir}/${file}`, 'utf8');
      // Any element's attribute, however it is quoted; a <style> element (the inlined CSS) is allowed by its hash.
      const offenders = html.match(/<[a-z][^<>]*\sstyle\s*=[^>]*>/gi) ?? [];
      expect(offenders, `${outDir}/${file}`).toEqual([]);
    }
  });
}
