// @vitest-environment node
// The service worker's list of a build: every file a page may load, pages by their address, and a
// version that changes with any byte of any file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { describeBuild } from '../../scripts/service-worker.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A build on disk with these files (path → text); returns its directory, ending in a slash. */
function build(files: Record<string, string>): string {
  const dir = `${mkdtempSync(`${tmpdir()}/sw-test-`)}/`;
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(`${dir}${path}`.replace(/\/[^/]+$/, ''), { recursive: true });
    writeFileSync(`${dir}${path}`, text);
  }
  return dir;
}

const site = {
  'index.html': 'intro',
  'article.html': 'article',
  'quiz/1.html': 'q1',
  'quiz/12.html': 'q12',
  '404.html': 'frame',
  _headers: '/*',
  'sw.js': 'old worker',
  'assets/boot-abc.js': 'boot',
  'assets/questions-v1-def.js': 'earlier bank',
};

describe('describeBuild', () => {
  it('lists pages by address, the frame apart, and every asset; not the headers or the worker itself', () => {
    const described = describeBuild(build(site), '/career-quiz/', 'worker');
    expect(described.base).toBe('/career-quiz/');
    expect([...described.pages].sort()).toEqual(['', 'article', 'quiz/1', 'quiz/12']);
    expect(described.shell).toBe('404.html');
    expect([...described.files].sort()).toEqual(['assets/boot-abc.js', 'assets/questions-v1-def.js']);
  });

  it('gives a new version when any file or the worker changes, and the same one for the same build', () => {
    const version = (files: Record<string, string>, worker = 'worker') =>
      describeBuild(build(files), '/', worker).version;
    const same = version(site);
    expect(version(site)).toBe(same);
    expect(version({ ...site, 'quiz/12.html': 'q12 reworded' })).not.toBe(same);
    expect(version({ ...site, 'assets/new-chunk.js': 'more' })).not.toBe(same);
    expect(version(site, 'worker, changed')).not.toBe(same);
    // The headers and an earlier worker are not part of what the worker keeps.
    expect(version({ ...site, _headers: 'changed', 'sw.js': 'changed' })).toBe(same);
  });

  it('refuses a build without the frame', () => {
    const { '404.html': _frame, ...rest } = site;
    expect(() => describeBuild(build(rest), '/', 'worker')).toThrow(/404\.html/);
  });
});
