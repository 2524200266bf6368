// The build's server entry: renders the pages a static host serves as files (each route the route
// table prerenders, one page per question, and the frame of every other address) to static HTML
// with react-dom/static. A plain
// StaticRouter writes no hydration data, so the pages carry no inline script.
import { StrictMode, type ComponentType, type ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { Route, Routes, StaticRouter } from 'react-router-dom';
import { AppRoutes, routeModules } from './app.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { Layout } from './layout.tsx';
import { SITE_NAME } from '../components/page-heading.tsx';
import { paths } from '../routes/paths.ts';
import { ROUTES, questionTitle, type ContentName, type ScreenName } from '../routes/routes.ts';
import { loadContent } from './content.ts';
import { loadBank } from '../store/content.ts';

export interface Page {
  /** The route, as the router sees it. */
  readonly path: string;
  /** The file a static host serves for it (`/quiz/3` → `quiz/3.html`). */
  readonly file: string;
  readonly title: string;
}

const named = (title: string) => `${title} – ${SITE_NAME}`;

/** Every prerendered page: each route the table gives a file, and one per question of the bank being built. */
export async function pages(): Promise<readonly Page[]> {
  const bank = await loadBank();
  const total = bank.questions.length;
  return ROUTES.flatMap(({ path, prerender }): Page[] => {
    if (prerender === 'frame') return [];
    if (prerender === 'each-question')
      return bank.questions.map((_, i) => ({
        path: paths.question(i + 1),
        file: `${paths.question(i + 1).slice(1)}.html`,
        title: named(questionTitle(i + 1, total)),
      }));
    return [{ path, file: prerender.file, title: named(prerender.title) }];
  });
}

/** The screens the prerendered pages show, loaded before rendering so that nothing suspends. */
const PRERENDERED: readonly ScreenName[] = [
  ...new Set(ROUTES.filter((r) => r.prerender !== 'frame').map((r) => r.screen)),
];
/** What those screens read that the build has: not the browser's stored attempts or a link's address. */
const SERVER_CONTENT: readonly ContentName[] = [
  ...new Set(ROUTES.filter((r) => r.prerender !== 'frame').flatMap((r) => r.loads)),
].filter((c) => c !== 'stored' && c !== 'shared');
let screens: Partial<Record<ScreenName, ComponentType>> | undefined;
async function loadScreens(): Promise<Partial<Record<ScreenName, ComponentType>>> {
  screens ??= Object.fromEntries(
    await Promise.all(PRERENDERED.map(async (name) => [name, (await routeModules[name].preload()).default] as const)),
  );
  return screens;
}

async function toHtml(children: ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(<StrictMode>{children}</StrictMode>);
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}

export async function render(path: string, basename: string): Promise<string> {
  // Loaded before rendering, so nothing suspends inside a boundary: a boundary that resolves
  // late is written with an inline script, which the Content-Security-Policy forbids.
  const [loaded] = await Promise.all([loadScreens(), ...SERVER_CONTENT.map(loadContent)]);
  return toHtml(
    <ErrorBoundary>
      <StaticRouter location={`${basename}${path}`} basename={basename}>
        <AppRoutes loaded={loaded} />
      </StaticRouter>
    </ErrorBoundary>,
  );
}

/** The frame of every other address (404.html): the header and the footer around an empty page,
 * so a deep link such as `/results` paints at once and the app starts right after that paint. */
export function renderFrame(basename: string): Promise<string> {
  return toHtml(
    <StaticRouter location={`${basename}/`} basename={basename}>
      <Routes>
        <Route element={<Layout />}>
          <Route path="*" element={null} />
        </Route>
      </Routes>
    </StaticRouter>,
  );
}
