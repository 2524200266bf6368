// Starts the app: hydrates a prerendered page when it is the page asked for, and otherwise renders
// afresh (the bare shell of deep links, or the intro's markup served for another path).
import { StrictMode, startTransition, type ComponentProps, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes, routeModules } from './app.tsx';
import { BASENAME as basename, paths } from '../routes/paths.ts';
import { loadArticle } from '../store/content.ts';
import { ErrorBoundary } from './error-boundary.tsx';

const container = document.getElementById('root');

const app = (loaded: ComponentProps<typeof AppRoutes>['loaded'] = {}) => (
  <StrictMode>
    <ErrorBoundary>
      {/* Navigations render at once: a question follows an answer without waiting on a transition. */}
      <BrowserRouter basename={basename} useTransitions={false}>
        <AppRoutes loaded={loaded} />
      </BrowserRouter>
    </ErrorBoundary>
  </StrictMode>
);

/** Hydration as a transition: React works through it in short slices, so no long task blocks input. */
const hydrate = (root: HTMLElement, children: ReactNode) => startTransition(() => void hydrateRoot(root, children));

async function start(root: HTMLElement) {
  const here = window.location.pathname.slice(basename.length).replace(/\/$/, '') || '/';
  const prerendered = root.dataset.prerendered;
  if (prerendered === undefined || prerendered !== here) {
    // A deep link, or a host that served the intro's page for another path: render afresh.
    root.replaceChildren();
    createRoot(root).render(app());
  } else if (prerendered === paths.article) {
    // Load what the article page needs first, so hydration never suspends.
    const [screen] = await Promise.all([routeModules.article.preload(), loadArticle()]);
    hydrate(root, app({ article: screen.default }));
  } else {
    hydrate(root, app());
  }
}

if (container) void start(container);
