// Starts the app: hydrates a prerendered page when it is the page asked for, and otherwise renders
// afresh over the frame (404.html, served for every other address) or over another path's page.
import { StrictMode, startTransition, useEffect, type ComponentProps, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter, matchPath } from 'react-router-dom';
import { AppRoutes, routeModules, type RouteName } from './app.tsx';
import { BASENAME as basename, paths } from '../routes/paths.ts';
import { loadArticle, loadBank, loadBankFor, loadBanksFor, loadQuotedContent } from '../store/content.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import type { Bank } from '../engine/bank-schema.ts';

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

type Content = readonly (() => Promise<unknown>)[];

/** The next task: what follows runs after the browser has had a turn (to paint, to handle input). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Loads the banks a page scores with and prepares each (every question's answer model, the most
 * work in scoring) in a task of its own before the first render, which would otherwise do it
 * inside one long render. The engine keeps each prepared bank. */
const prepared = (load: () => Promise<Bank | readonly Bank[]>) => async () => {
  const banks = [await load()].flat();
  const { prepareBank } = await import('../engine/prepare.ts');
  for (const bank of banks) {
    await nextTask();
    try {
      prepareBank(bank);
    } catch {
      // The screen prepares it again as it scores, and reports the problem there.
    }
  }
};

/** The banks that score the stored attempts (today's, and any earlier version's frozen one), prepared. */
const storedBanks = prepared(async () => {
  // Loaded here, not up front: the intro's first visit does not carry the history store.
  const { useHistory } = await import('../store/history.ts');
  return loadBanksFor(useHistory.getState().attempts.map((a) => a.bankVersion));
});
/** The bank that scores the share link in the address, read as the shared screen reads it, prepared. */
const sharedBank = prepared(async () => {
  // Loaded here, not up front: the intro's first visit does not carry the share-code reader.
  const { decodeShareCode } = await import('../engine/share-code.ts');
  const decoded = decodeShareCode(window.location.hash);
  return decoded.ok ? loadBankFor(decoded.bankVersion) : loadBank();
});

/** The screen at a path and every content file its first render reads, or null for the intro (part
 * of the entry). The article's page loads no bank, so it stays at the first-paint floor. */
function screenAt(path: string): { name: RouteName; content: Content } | null {
  if (matchPath(paths.questionPattern, path)) return { name: 'question', content: [loadBank] };
  if (path === paths.results || matchPath(paths.attemptPattern, path))
    return { name: 'results', content: [loadBank, loadQuotedContent, storedBanks] };
  if (matchPath(paths.comparePattern, path)) return { name: 'compare', content: [storedBanks] };
  switch (path) {
    case paths.intro:
      return null;
    case paths.article:
      return { name: 'article', content: [loadArticle] };
    case paths.about:
      return { name: 'about', content: [loadBank] };
    case paths.history:
      return { name: 'history', content: [storedBanks] };
    case paths.review:
      return { name: 'review', content: [loadBank] };
    case paths.shared:
      return { name: 'shared', content: [loadBank, loadQuotedContent, sharedBank] };
    default:
      return { name: 'notFound', content: [] };
  }
}

/** Loads the screen's code and the content it reads, so its first render never suspends: a
 * hydration would wait on a late Suspense boundary, and a fresh render would show "Loading…" over
 * the frame and then move the footer (a layout shift). If a load fails (offline before the app
 * was kept), the page renders anyway and its own loading reports the problem. */
async function preload(screen: { name: RouteName; content: Content }): Promise<Loaded> {
  try {
    const [module] = await Promise.all([routeModules[screen.name].preload(), ...screen.content.map((load) => load())]);
    return { [screen.name]: module.default };
  } catch {
    return {};
  }
}

async function start(root: HTMLElement) {
  const here = window.location.pathname.slice(basename.length).replace(/\/$/, '') || '/';
  const prerendered = root.dataset.prerendered;
  const screen = screenAt(here);
  const loaded = screen ? await preload(screen) : {};
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
