// @vitest-environment node
// The route table is the one place routes are written: every entry has its screen, every screen
// folder has a route, the table's matching agrees with the router's, and every route is either
// prerendered as a page of its own or served by the frame (404.html).
import { existsSync, readdirSync } from 'node:fs';
import { matchRoutes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { ROUTES, routeAt } from '../../src/routes/routes.ts';
import { pages } from '../../src/app/prerender.tsx';

const screenFile = (name: string) => `src/screens/${name}/${name}-screen.tsx`;

describe('the route table', () => {
  it('names a screen that exists for every route, and a route for every screen folder', async () => {
    for (const { screen } of ROUTES) {
      expect(existsSync(screenFile(screen)), screenFile(screen)).toBe(true);
      const module = (await import(`../../src/screens/${screen}/${screen}-screen.tsx`)) as { default?: unknown };
      expect(typeof module.default, `${screenFile(screen)} exports its screen as default`).toBe('function');
    }
    const folders = readdirSync('src/screens', { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(folders.map((d) => d.name).sort()).toEqual([...new Set(ROUTES.map((r) => r.screen))].sort());
  });

  it.each([
    '/',
    '/quiz/1',
    '/quiz/32',
    '/review',
    '/results',
    '/results/',
    '/results/2026-12-01T10-00-00',
    '/compare/a/b',
    '/history',
    '/article',
    '/about',
    '/shared',
    '/nowhere',
    '/results/a/b',
    '/quiz',
  ])('picks the route the router picks for %s', (path) => {
    const chosen = matchRoutes(
      ROUTES.map((r) => ({ path: r.path })),
      path,
    )?.at(-1)?.route.path;
    expect(routeAt(path)?.path).toBe(chosen);
  });

  it('prerenders each route with a file as that file, each question as its own page, and frames the rest', async () => {
    const built = await pages();
    for (const route of ROUTES) {
      const { prerender } = route;
      if (prerender === 'frame') expect(built.some((p) => routeAt(p.path) === route)).toBe(false);
      else if (prerender === 'each-question')
        expect(built.filter((p) => routeAt(p.path) === route).map((p) => p.file)).toContain('quiz/1.html');
      else expect(built.find((p) => p.path === route.path)?.file).toBe(prerender.file);
    }
    // The frame serves every address without a file of its own: it must not be a page of its own too.
    expect(new Set(built.map((p) => p.file)).size).toBe(built.length);
  });
});
