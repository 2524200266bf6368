// After `vite build`: writes the prerendered pages (index.html, article.html, about.html,
// history.html, review.html, shared.html and quiz/<n>.html for every question) and the frame of
// every other route (404.html, which static hosts serve for unknown paths), inlines the critical
// CSS into each, and adds a strict Content-Security-Policy that allows exactly that CSS by hash.
// Also writes `_headers`, the response headers for hosts that read one (scripts/headers.ts), and
// last the service worker with the list of the files now on disk (scripts/service-worker.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { headersFile } from './headers.ts';
import { writeServiceWorker } from './service-worker.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}${process.env.OUT_DIR ?? 'dist'}/`;
const template = readFileSync(`${dist}index.html`, 'utf8');

const server: typeof import('../src/app/prerender.tsx') = await import(
  pathToFileURL(`${root}dist-ssr/prerender.js`).href
);

// Vite links the one stylesheet; inline it so the first paint waits for no request.
const link = /<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/.exec(template);
if (!link?.[1]) throw new Error('prerender: no stylesheet link found in dist/index.html');
const linkTag = link[0];
const base = process.env.BASE_PATH ?? '/';
const cssFile = link[1].startsWith(base) ? link[1].slice(base.length) : link[1];
const css = readFileSync(`${dist}${cssFile}`, 'utf8').trim();
const hash = createHash('sha256').update(css).digest('base64');

export const csp = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' 'sha256-${hash}'`,
  // The favicon is an inline SVG (data:), so no request competes with the first paint.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function page(body: string, title: string, prerendered: string | null): string {
  // Function replacers: a `$&` or `$'` in the CSS or the article must stay literal text.
  const html = template
    .replace(linkTag, () => `<style>${css}</style>`)
    .replace(
      '<meta charset="UTF-8" />',
      () => `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
    )
    .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`)
    .replace(
      '<div id="root"><!--app--></div>',
      () => `<div id="root"${prerendered === null ? '' : ` data-prerendered="${prerendered}"`}>${body}</div>`,
    );
  if (!html.includes('Content-Security-Policy') || !html.includes('<style>'))
    throw new Error('prerender: template changed shape');
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error(`prerender: ${title} has an inline script`);
  if (/\sstyle="/.test(html)) throw new Error(`prerender: ${title} has a style attribute`);
  return html;
}

const basename = base.replace(/\/$/, '');
const pages = await server.pages();
for (const p of pages) {
  mkdirSync(dirname(`${dist}${p.file}`), { recursive: true });
  writeFileSync(`${dist}${p.file}`, page(await server.render(p.path, basename), p.title, p.path));
}
writeFileSync(`${dist}404.html`, page(await server.renderFrame(basename), 'EM or Lead Engineer?', null));
writeFileSync(`${dist}_headers`, headersFile(base));
rmSync(`${dist}${cssFile}`);
rmSync(`${root}dist-ssr`, { recursive: true, force: true });
// Last: the worker's list is what is on disk now that the pages are written and the CSS file is gone.
const kept = writeServiceWorker(dist, base);
console.log(
  `prerendered ${pages.length} pages and 404.html, wrote _headers; inlined ${css.length} bytes of CSS (sha256-${hash}); ` +
    `sw.js keeps ${kept.pages.length + kept.files.length + 1} files (version ${kept.version})`,
);
