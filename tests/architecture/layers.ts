// The app's layers and what each may import, checked on where an import lands once resolved, so
// no spelling of a path (`../compare/x`, `../../screens/compare/x`) slips past.
// data -> engine -> routes, words -> store -> components -> screens -> app.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const LAYERS = ['engine', 'routes', 'words', 'store', 'components', 'screens', 'app'] as const;
export type Layer = (typeof LAYERS)[number];

interface Rule {
  /** What this layer may import besides itself. `data` is the content files in `data/`. */
  readonly uses: readonly (Layer | 'data')[];
  /** Packages it must not import: a package name, or a prefix ending in `*`. */
  readonly forbids: readonly string[];
}

export const RULES: Readonly<Record<Layer, Rule>> = {
  // Pure TypeScript: takes the bank as an argument, so tests feed it fixtures.
  engine: { uses: [], forbids: ['react', 'react-dom', 'react-router*', 'zustand', 'node:*'] },
  // Route strings and addresses: below everything that links, above nothing but the engine.
  routes: { uses: ['engine'], forbids: ['react', 'react-dom', 'zustand', 'node:*'] },
  // The engine's facts as sentences, role names and dates: what a translation replaces.
  words: { uses: ['engine'], forbids: ['react', 'react-dom', 'react-router*', 'zustand', 'node:*'] },
  // State and the app's actions; the one layer below the app that loads the real content.
  store: { uses: ['engine', 'routes', 'words', 'data'], forbids: ['react-dom', 'react-router*', 'node:*'] },
  components: { uses: ['engine', 'routes', 'words', 'store'], forbids: ['node:*'] },
  // Plus: a screen does not import another screen's folder.
  screens: { uses: ['engine', 'routes', 'words', 'store', 'components'], forbids: ['node:*'] },
  app: { uses: ['engine', 'routes', 'words', 'store', 'components', 'screens', 'data'], forbids: [] },
};

/** Where a file (a path from the repository's root, with `/`) sits, or null outside every layer. */
export function placeOf(file: string): { layer: Layer | 'data'; screen?: string } | null {
  const [top, folder, sub, ...rest] = file.split('/');
  if (top === 'data' && folder !== undefined) return { layer: 'data' };
  if (top !== 'src' || sub === undefined) return null;
  const layer = LAYERS.find((l) => l === folder);
  if (!layer) return null;
  // A screen lives in a folder of its own: src/screens/<route>/<file>.
  if (layer === 'screens') return rest.length > 0 ? { layer, screen: sub } : null;
  return { layer };
}

export interface Import {
  /** The importing file, from the repository's root. */
  readonly from: string;
  /** As written in the source. */
  readonly specifier: string;
  /** The file it resolves to, from the repository's root; null for a package. */
  readonly target: string | null;
}

const packageOf = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const matches = (pattern: string, name: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

/** What is wrong with one import, or null when the layers allow it. */
export function violation({ from, specifier, target }: Import): string | null {
  const source = placeOf(from);
  if (!source || source.layer === 'data') {
    return `${from} belongs to no layer: move it into src/<${LAYERS.join('|')}>/ (screens in a folder of their own)`;
  }
  const rule = RULES[source.layer];
  const said = `${from} imports "${specifier}"`;
  if (target === null) {
    const name = packageOf(specifier);
    const banned = rule.forbids.find((p) => matches(p, name));
    return banned ? `${said}: the ${source.layer} layer does not use ${banned}` : null;
  }
  const dest = placeOf(target);
  if (!dest) return `${said}: ${target} is outside the layers`;
  if (dest.layer === source.layer) {
    return source.layer === 'screens' && dest.screen !== source.screen
      ? `${said}: screens do not import each other; move what they share to src/components/ or src/store/`
      : null;
  }
  if (rule.uses.includes(dest.layer)) return null;
  return `${said}: the ${source.layer} layer may not import from ${dest.layer} (it may use ${rule.uses.join(', ') || 'no other layer'})`;
}

/** Every module specifier in a source text: imports (type-only too), `export … from`, `import()`. */
export function specifiersIn(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The file a relative specifier lands on (repository-relative), null for a package; throws when it resolves to nothing. */
export function resolveSpecifier(root: string, from: string, specifier: string): string | null {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return null;
  const base = resolve(root, dirname(from), specifier);
  const found = EXTENSIONS.map((e) => base + e).find((p) => existsSync(p) && statSync(p).isFile());
  if (!found) throw new Error(`${from} imports "${specifier}", which resolves to no file`);
  return relative(root, found).split('\\').join('/');
}

function filesUnder(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(root, `${dir}/${e.name}`) : [`${dir}/${e.name}`],
  );
}

/** Every file under `src/` and every import made by its TypeScript files, resolved. */
export function collect(root: string): { files: string[]; imports: Import[] } {
  const files = filesUnder(root, 'src');
  const imports = files
    .filter((f) => /\.tsx?$/.test(f))
    .flatMap((from) =>
      specifiersIn(readFileSync(join(root, from), 'utf8')).map((specifier) => ({
        from,
        specifier,
        target: resolveSpecifier(root, from, specifier),
      })),
    );
  return { files, imports };
}
