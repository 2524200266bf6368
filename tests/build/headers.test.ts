// @vitest-environment node
// The `_headers` file the build writes for Netlify and Cloudflare Pages: the README's headers,
// every path under the base the site is built for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../scripts/headers.ts';

const rules = (text: string) =>
  text
    .trim()
    .split('\n\n')
    .map((block) => {
      const [path, ...headers] = block.split('\n');
      return { path, headers };
    });

describe('the _headers file', () => {
  it('at the root: security headers on every path, a year of caching on the hashed assets', () => {
    expect(headersFile('/')).toBe(
      [
        '/*',
        "  Content-Security-Policy: frame-ancestors 'none'",
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: no-referrer',
        '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
        '',
        '/assets/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
      ].join('\n'),
    );
  });

  it('under a sub-path: the same headers, every path under the base', () => {
    const root = rules(headersFile('/'));
    const sub = rules(headersFile('/career-quiz/'));
    expect(sub.map((r) => r.path)).toEqual(['/career-quiz/*', '/career-quiz/assets/*']);
    expect(sub.map((r) => r.headers)).toEqual(root.map((r) => r.headers));
  });

  it('writes each header as an indented "Name: value" line under its path', () => {
    for (const { path, headers } of rules(headersFile('/career-quiz/'))) {
      expect(path).toMatch(/^\/\S*\*$/);
      for (const header of headers) expect(header).toMatch(/^ {2}[A-Z][A-Za-z-]+: \S.*$/);
    }
  });

  it('refuses a base without its slashes, as the build does', () => {
    expect(() => headersFile('career-quiz')).toThrow(/slash/);
    expect(() => headersFile('/career-quiz')).toThrow(/slash/);
  });

  it('is what the README tells a host to send', () => {
    // The README shows it in a code block inside a list item, two spaces in.
    const readme = readFileSync('README.md', 'utf8').replace(/^ {2}/gm, '');
    expect(readme).toContain(headersFile('/'));
  });
});
