// Writes sw.js into a finished build: the worker's text (src/app/service-worker.js) after the list
// of every file of the build, read from disk once scripts/prerender.ts has written the pages and
// the frame and removed the inlined stylesheet, so the list is what a host actually serves.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

export const WORKER_FILE = 'sw.js';
/** The frame served for every address without a page of its own. */
const SHELL = '404.html';
/** Files in a build that no page loads: the host's headers and the worker itself. */
const NOT_CACHED = new Set(['_headers', WORKER_FILE]);

export interface Build {
  readonly base: string;
  /** A hash of the worker and of every file's path and bytes: a build with any change gets a new cache. */
  readonly version: string;
  /** The prerendered pages by their address under the base: '' for index.html, 'quiz/3' for quiz/3.html. */
  readonly pages: readonly string[];
  readonly shell: string;
  /** Every other file, by its path under the base. */
  readonly files: readonly string[];
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) =>
      statSync(`${dir}/${name}`).isDirectory() ? walk(`${dir}/${name}`, `${prefix}${name}/`) : [`${prefix}${name}`],
    );
}

/** What the worker keeps of the build in `dist` (a directory path ending in a slash). */
export function describeBuild(dist: string, base: string, worker: string): Build {
  const all = walk(dist).filter((f) => !NOT_CACHED.has(f));
  if (!all.includes(SHELL)) throw new Error(`service worker: no ${SHELL} in ${dist}`);
  const hash = createHash('sha256').update(worker).update('\0');
  for (const f of all)
    hash
      .update(f)
      .update('\0')
      .update(readFileSync(`${dist}${f}`))
      .update('\0');
  const isPage = (f: string) => f.endsWith('.html') && f !== SHELL;
  return {
    base,
    version: hash.digest('hex').slice(0, 16),
    pages: all.filter(isPage).map((f) => (f === 'index.html' ? '' : f.slice(0, -'.html'.length))),
    shell: SHELL,
    files: all.filter((f) => !isPage(f) && f !== SHELL),
  };
}

/** Writes `sw.js` into `dist` for a site served under `base`; returns what it keeps. */
export function writeServiceWorker(dist: string, base: string): Build {
  const worker = readFileSync(new URL('../src/app/service-worker.js', import.meta.url), 'utf8');
  const build = describeBuild(dist, base, worker);
  writeFileSync(`${dist}${WORKER_FILE}`, `const BUILD = ${JSON.stringify(build)};\n${worker}`);
  return build;
}
