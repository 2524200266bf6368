// Starts the app: hydrates a prerendered page when it is the page asked for, and otherwise renders
// afresh over the frame (404.html, served for every other address) or over another path's page.
import { StrictMode, startTransition, useEffect, type ComponentProps, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter, matchPath } from 'react-router-dom';
import { AppRoutes, routeModules, type RouteName } from './app.tsx';
import { BASENAME as basename, paths } from '../routes/paths.ts';
import { loadArticle, loadBank } from '../store/content.ts';
import { ErrorBoundary } from './error-boundary.tsx';

const container = document.getElementById('root');

type Loaded = NonNullable<ComponentProps<typeof AppRoutes>['loaded']>;

/** Marks the root `data-started` once the page is hydrated or rendered: a prerendered page shows
 * its controls before they respond, and scripts and browser tests wait for this before typing.
 * A wrapper, not a sibling, so the tree (and every `useId`) matches the prerendered one. */
function Started({ root, children }: { readonly root: HTMLElement; readonly children: ReactNode }) {
  useEffect(() => root.setAttribute('data-started', ''), [root]);
  return children;
}

const app = (root: HTMLElement, loaded: Loaded = {}) => (
  <StrictMode>
    <Started root={root}>
      <ErrorBoundary>
        {/* Navigations render at once: a question follows an answer without waiting on a transition. */}
        <BrowserRouter basename={basename} useTransitions={false}>
          <AppRoutes loaded={loaded} />
        </BrowserRouter>
      </ErrorBoundary>
    </Started>
  </StrictMode>
);

/** Hydration as a transition: React works through it in short slices, so no long task blocks input. */
const hydrate = (root: HTMLElement, children: ReactNode) => startTransition(() => void hydrateRoot(root, children));

/** The screen of a prerendered path and the content it reads, or null for the intro (part of the entry). */
function prerenderedScreen(path: string): { name: RouteName; content: readonly (() => Promise<unknown>)[] } | null {
  if (matchPath(paths.questionPattern, path)) return { name: 'question', content: [loadBank] };
  switch (path) {
    case paths.article:
      return { name: 'article', content: [loadArticle] };
    case paths.about:
      return { name: 'about', content: [] };
    case paths.history:
      return { name: 'history', content: [loadBank] };
    case paths.review:
      return { name: 'review', content: [loadBank] };
    case paths.shared:
      return { name: 'shared', content: [loadBank, loadArticle] };
    default:
      return null;
  }
}

async function start(root: HTMLElement) {
  const here = window.location.pathname.slice(basename.length).replace(/\/$/, '') || '/';
  const prerendered = root.dataset.prerendered;
  if (prerendered === undefined || prerendered !== here) {
    // The frame of a deep link, or a host that served another path's page: render afresh. React
    // replaces the frame in the same commit that paints the page, so nothing blinks.
    createRoot(root).render(app(root));
    return;
  }
  const screen = prerenderedScreen(prerendered);
  if (!screen) return hydrate(root, app(root));
  // Load what the page needs first (its code and content), so hydration never suspends.
  const [module] = await Promise.all([routeModules[screen.name].preload(), ...screen.content.map((load) => load())]);
  hydrate(root, app(root, { [screen.name]: module.default }));
}

if (container) void start(container);
