// The routes. One router, created once by the entry (browser) or the prerenderer (server).
import { createElement, lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Layout } from './layout.tsx';
import { paths } from '../routes/paths.ts';
import { IntroScreen } from '../screens/intro/intro-screen.tsx';
import { loadQuotedContent } from '../store/content.ts';
import { keepOffline } from './offline.ts';

/** A screen loaded on demand. Once its code is here it renders directly, without suspending:
 * a lazy component suspends once even when its module has arrived, and React 19 then holds the
 * new page back for about 300 ms. `React.lazy` alone cannot skip that first suspension, hence
 * `loaded()`; the prerenderer and the boot hand screens in the same way (see `Screen`). */
function onDemand(load: () => Promise<{ default: ComponentType }>) {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((m) => {
      loaded = m.default;
      return m;
    });
  return { preload, Lazy: lazy(preload), loaded: () => loaded };
}

// Everything past the intro loads when needed, so a first visit downloads only the intro.
export const routeModules = {
  question: onDemand(() => import('../screens/question/question-screen.tsx')),
  review: onDemand(() => import('../screens/review/review-screen.tsx')),
  results: onDemand(() => import('../screens/results/results-screen.tsx')),
  history: onDemand(() => import('../screens/history/history-screen.tsx')),
  compare: onDemand(() => import('../screens/compare/compare-screen.tsx')),
  article: onDemand(() => import('../screens/article/article-screen.tsx')),
  about: onDemand(() => import('../screens/about/about-screen.tsx')),
  shared: onDemand(() => import('../screens/shared/shared-screen.tsx')),
  notFound: onDemand(() => import('../screens/not-found/not-found-screen.tsx')),
};

export type RouteName = keyof typeof routeModules;

/** Fetches what the next step of the journey needs (its code and content) once the person starts
 * using this page (a pointer, a key, a click, a scroll), so that with `onDemand` and the store's
 * `tracked` loads the next page renders at once instead of suspending, which would hold it back
 * for about 300 ms. Not on load itself: a page merely opened (a reload, a background tab, a
 * crawler) then does none of that work, which on review blocked the main thread for about 250 ms
 * of Lighthouse's 4x-slowed start. A person reads a page for seconds before leaving it. */
const INTENT = ['pointerdown', 'pointermove', 'keydown', 'click', 'scroll', 'touchstart'] as const;
function Prefetch({ load, children }: { readonly load: () => unknown; readonly children: ReactNode }) {
  useEffect(() => {
    const start = () => {
      stop();
      // Only a head start: if it fails (offline), the page itself loads, or reports, when visited.
      Promise.resolve(load()).catch(() => {});
    };
    const stop = () => {
      for (const type of INTENT) window.removeEventListener(type, start, true);
    };
    for (const type of INTENT) window.addEventListener(type, start, { capture: true, passive: true });
    return stop;
  }, [load]);
  return children;
}
const beforeReview = () => routeModules.review.preload();

/** A page of the quiz itself: from the first one shown, the service worker keeps the whole app on
 * the device, so the attempt can finish offline. The intro never registers it. */
function QuizPage({ children }: { readonly children: ReactNode }) {
  useEffect(keepOffline, []);
  return children;
}
const beforeResults = () => Promise.all([routeModules.results.preload(), loadQuotedContent()]);

interface Props {
  /** Screens already loaded (by the prerenderer, or before hydrating a prerendered page), used instead of their lazy wrappers. */
  readonly loaded?: Partial<Record<RouteName, ComponentType>>;
}

/** Decides when it renders (not when the routes were declared) whether the screen's code is here. */
function Screen({ name, preloaded }: { readonly name: RouteName; readonly preloaded: Props['loaded'] }) {
  // A screen loaded up front renders without a Suspense boundary: prerendered markup must not
  // hold one, or React writes large boundaries out of order with an inline script.
  const loaded = preloaded?.[name] ?? routeModules[name].loaded();
  if (loaded) return createElement(loaded);
  const { Lazy } = routeModules[name];
  return (
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <Lazy />
    </Suspense>
  );
}

export function AppRoutes({ loaded = {} }: Props) {
  const screen = (name: RouteName) => <Screen name={name} preloaded={loaded} />;
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={paths.intro} element={<IntroScreen />} />
        <Route
          path={paths.questionPattern}
          element={
            <QuizPage>
              <Prefetch load={beforeReview}>{screen('question')}</Prefetch>
            </QuizPage>
          }
        />
        <Route
          path={paths.review}
          element={
            <QuizPage>
              <Prefetch load={beforeResults}>{screen('review')}</Prefetch>
            </QuizPage>
          }
        />
        <Route path={paths.results} element={screen('results')} />
        <Route path={paths.attemptPattern} element={screen('results')} />
        <Route path={paths.comparePattern} element={screen('compare')} />
        <Route path={paths.history} element={screen('history')} />
        <Route path={paths.article} element={screen('article')} />
        <Route path={paths.about} element={screen('about')} />
        <Route path={paths.shared} element={screen('shared')} />
        <Route path="*" element={screen('notFound')} />
      </Route>
    </Routes>
  );
}
