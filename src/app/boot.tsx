// Starts the app: hydrates a prerendered page when it is the page asked for, and otherwise renders
// afresh over the frame (404.html, served for every other address) or over another path's page.
import { StrictMode, startTransition, useEffect, type ComponentProps, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes, preloadScreen } from './app.tsx';
import { BASENAME as basename } from '../routes/paths.ts';
import { routeAt, type RouteEntry } from '../routes/routes.ts';
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

/** Loads the screen's code and the content it reads, so its first render never suspends: a
 * hydration would wait on a late Suspense boundary, and a fresh render would show "Loading…" over
 * the frame and then move the footer (a layout shift). If a load fails (offline before the app
 * was kept), the page renders anyway and its own loading reports the problem. */
async function preload(route: RouteEntry | undefined): Promise<Loaded> {
  if (!route) return {};
  try {
    const module = await preloadScreen(route.screen, route.loads);
    return { [route.screen]: module.default };
  } catch {
    return {};
  }
}

async function start(root: HTMLElement) {
  const here = window.location.pathname.slice(basename.length).replace(/\/$/, '') || '/';
  const prerendered = root.dataset.prerendered;
  const loaded = await preload(routeAt(here));
  if (prerendered === undefined || prerendered !== here) {
    // The frame of a deep link, or a host that served another path's page: render afresh, with
    // the screen and its content already here. React replaces the frame in the same commit that
    // paints the whole page, so nothing blinks and nothing moves.
    const fresh = createRoot(root);
    // As a transition too: React renders the page in short slices, so no long task blocks input.
    startTransition(() => fresh.render(app(root, loaded)));
    return;
  }
  hydrate(root, app(root, loaded));
}

if (container) void start(container);
