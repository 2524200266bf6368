// The routes. One router, created once by the entry (browser) or the prerenderer (server).
import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Layout } from './layout.tsx';
import { paths } from './paths.ts';
import { IntroScreen } from '../screens/intro/intro-screen.tsx';

// Everything past the intro loads when needed, so a first visit downloads only the intro.
export const routeModules = {
  question: () => import('../screens/question/question-screen.tsx'),
  review: () => import('../screens/review/review-screen.tsx'),
  results: () => import('../screens/results/results-screen.tsx'),
  history: () => import('../screens/history/history-screen.tsx'),
  compare: () => import('../screens/compare/compare-screen.tsx'),
  article: () => import('../screens/article/article-screen.tsx'),
  about: () => import('../screens/about/about-screen.tsx'),
  shared: () => import('../screens/shared/shared-screen.tsx'),
  notFound: () => import('../screens/not-found/not-found-screen.tsx'),
};

const lazyScreens = {
  question: lazy(routeModules.question),
  review: lazy(routeModules.review),
  results: lazy(routeModules.results),
  history: lazy(routeModules.history),
  compare: lazy(routeModules.compare),
  article: lazy(routeModules.article),
  about: lazy(routeModules.about),
  shared: lazy(routeModules.shared),
  notFound: lazy(routeModules.notFound),
};

export type RouteName = keyof typeof routeModules;

interface Props {
  /** Screens already loaded (by the prerenderer, or before hydrating a prerendered page), used instead of their lazy wrappers. */
  readonly loaded?: Partial<Record<RouteName, ComponentType>>;
}

export function AppRoutes({ loaded = {} }: Props) {
  // A screen loaded up front renders without a Suspense boundary: prerendered markup must not
  // hold one, or React writes large boundaries out of order with an inline script.
  const screen = (name: RouteName) => {
    const Loaded = loaded[name];
    if (Loaded) return <Loaded />;
    const Lazy = lazyScreens[name];
    return (
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <Lazy />
      </Suspense>
    );
  };
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={paths.intro} element={<IntroScreen />} />
        <Route path={paths.questionPattern} element={screen('question')} />
        <Route path={paths.review} element={screen('review')} />
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
