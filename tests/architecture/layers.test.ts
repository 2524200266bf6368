// @vitest-environment node
// The layers hold: every import under src/ lands in a layer its file may use (see layers.ts).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect, placeOf, resolveSpecifier, specifiersIn, violation, type Import } from './layers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { files, imports } = collect(root);

describe('the app', () => {
  it('keeps every file in a layer', () => {
    expect(files.filter((f) => placeOf(f) === null)).toEqual([]);
  });

  it('imports only along the layers', () => {
    expect(imports.map(violation).filter((v) => v !== null)).toEqual([]);
  });

  it('is read in full: static, type-only and dynamic imports, and packages', () => {
    const seen = (from: string, target: string) => imports.some((i) => i.from === from && i.target === target);
    expect(imports.length).toBeGreaterThan(100);
    expect(seen('src/app/content.ts', 'src/store/history.ts')).toBe(true); // import()
    expect(seen('src/store/content.ts', 'data/questions.json')).toBe(true); // import() of content
    expect(seen('src/screens/results/results-screen.tsx', 'src/store/stored.ts')).toBe(true); // import type
    expect(imports.some((i) => i.from.startsWith('src/engine/') && i.specifier === 'valibot')).toBe(true);
  });
});

describe('the checker', () => {
  const screen = 'src/screens/results/results-screen.tsx';
  const check = (from: string, specifier: string, target: string | null = null): string | null =>
    violation({ from, specifier, target } satisfies Import);

  it('finds every kind of import in a source text', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      "import './side-effect.css';",
      "export { c } from '../../c.ts';",
      "const d = () => import('../screens/d/d.tsx');",
    ].join('\n');
    expect(specifiersIn(text)).toEqual(['./a.ts', '../b.ts', './side-effect.css', '../../c.ts', '../screens/d/d.tsx']);
  });

  it('resolves any spelling to the file it lands on', () => {
    expect(resolveSpecifier(root, screen, '../../components/../screens/compare/compare-screen.tsx')).toBe(
      'src/screens/compare/compare-screen.tsx',
    );
    expect(resolveSpecifier(root, screen, 'react')).toBeNull();
    expect(() => resolveSpecifier(root, screen, './no-such-file.ts')).toThrow(/resolves to no file/);
  });

  it('stops a screen importing another screen, however the path is spelled', () => {
    const compare = 'src/screens/compare/compare-screen.tsx';
    expect(check(screen, '../../screens/compare/compare-screen.tsx', compare)).toMatch(/screens do not import/);
    expect(check(screen, '../compare/compare-screen.tsx', compare)).toMatch(/screens do not import/);
    expect(check(screen, './results-parts.tsx', 'src/screens/results/results-parts.tsx')).toBeNull();
  });

  it('keeps components below screens and the app', () => {
    const from = 'src/components/result-view.tsx';
    expect(check(from, '../screens/shared/shared-screen.tsx', 'src/screens/shared/shared-screen.tsx')).toMatch(
      /components layer may not import from screens/,
    );
    expect(check(from, '../app/layout.tsx', 'src/app/layout.tsx')).toMatch(/may not import from app/);
    expect(check(from, '../routes/paths.ts', 'src/routes/paths.ts')).toBeNull();
    expect(check(from, '../store/quiz.ts', 'src/store/quiz.ts')).toBeNull();
  });

  it('keeps the engine free of React, the router, zustand, Node and every layer above it', () => {
    const from = 'src/engine/score.ts';
    for (const specifier of ['react', 'react-dom/client', 'react-router-dom', 'zustand/middleware', 'node:fs']) {
      expect(check(from, specifier)).toMatch(/engine layer does not use/);
    }
    expect(check(from, 'valibot')).toBeNull();
    expect(check(from, '../store/quiz.ts', 'src/store/quiz.ts')).toMatch(/engine layer may not import from store/);
    expect(check(from, '../routes/paths.ts', 'src/routes/paths.ts')).toMatch(/may not import from routes/);
    expect(check(from, '../../data/questions.json', 'data/questions.json')).toMatch(/may not import from data/);
  });

  it('keeps routes below the store, and the router out of the store', () => {
    expect(check('src/routes/paths.ts', '../store/quiz.ts', 'src/store/quiz.ts')).toMatch(/may not import from store/);
    expect(check('src/routes/paths.ts', 'react')).toMatch(/routes layer does not use react/);
    expect(check('src/store/quiz.ts', 'react-router-dom')).toMatch(/store layer does not use react-router/);
    expect(
      check('src/store/actions.ts', '../screens/review/review-screen.tsx', 'src/screens/review/review-screen.tsx'),
    ).toMatch(/store layer may not import from screens/);
  });

  it('leaves loading the content to the store and the app', () => {
    expect(check(screen, '../../../data/article.json', 'data/article.json')).toMatch(/may not import from data/);
    expect(check('src/store/content.ts', '../../data/article.json', 'data/article.json')).toBeNull();
  });

  it('lets the app import anything', () => {
    expect(
      check('src/app/app.tsx', '../screens/intro/intro-screen.tsx', 'src/screens/intro/intro-screen.tsx'),
    ).toBeNull();
    expect(check('src/app/boot.tsx', 'react-dom/client')).toBeNull();
  });

  it('places every file in a layer, or says it has none', () => {
    expect(placeOf('src/screens/intro/intro-screen.tsx')).toEqual({ layer: 'screens', screen: 'intro' });
    expect(placeOf('src/routes/paths.ts')).toEqual({ layer: 'routes' });
    expect(placeOf('src/screens/loose-screen.tsx')).toBeNull();
    expect(placeOf('src/utils/helpers.ts')).toBeNull();
    expect(check('src/utils/helpers.ts', 'react')).toMatch(/belongs to no layer/);
    expect(check(screen, '../../../scripts/content.ts', 'scripts/content.ts')).toMatch(/outside the layers/);
  });
});
