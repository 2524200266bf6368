// The `_headers` file the build writes next to the pages, in the format Netlify and Cloudflare
// Pages read: a path pattern, then its headers indented below it. Paths sit under the base the
// site is built for. These are the headers a <meta> tag cannot set (the Content-Security-Policy
// itself is in each page); GitHub Pages ignores the file.

/** The text of `_headers` for a site built with this base (`/` or `/sub/path/`). */
export function headersFile(base: string): string {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with a slash: "${base}"`);
  const rules: readonly (readonly [path: string, headers: readonly string[]])[] = [
    [
      `${base}*`,
      [
        "Content-Security-Policy: frame-ancestors 'none'",
        'X-Content-Type-Options: nosniff',
        'Referrer-Policy: no-referrer',
        'Permissions-Policy: camera=(), microphone=(), geolocation=()',
      ],
    ],
    // Hashed file names: a new build never reuses one, so a year's caching is safe.
    [`${base}assets/*`, ['Cache-Control: public, max-age=31536000, immutable']],
  ];
  return rules.map(([path, headers]) => [path, ...headers.map((h) => `  ${h}`)].join('\n')).join('\n\n') + '\n';
}
