// The routes. One router, created once by the entry (browser) or the prerenderer (server).
import { lazy } from 'react';
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

const QuestionScreen = lazy(routeModules.question);
const ReviewScreen = lazy(routeModules.review);
const ResultsScreen = lazy(routeModules.results);
const HistoryScreen = lazy(routeModules.history);
const CompareScreen = lazy(routeModules.compare);
const ArticleScreen = lazy(routeModules.article);
const AboutScreen = lazy(routeModules.about);
const SharedScreen = lazy(routeModules.shared);
const NotFoundScreen = lazy(routeModules.notFound);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={paths.intro} element={<IntroScreen />} />
        <Route path={paths.questionPattern} element={<QuestionScreen />} />
        <Route path={paths.review} element={<ReviewScreen />} />
        <Route path={paths.results} element={<ResultsScreen />} />
        <Route path={paths.attemptPattern} element={<ResultsScreen />} />
        <Route path={paths.comparePattern} element={<CompareScreen />} />
        <Route path={paths.history} element={<HistoryScreen />} />
        <Route path={paths.article} element={<ArticleScreen />} />
        <Route path={paths.about} element={<AboutScreen />} />
        <Route path={paths.shared} element={<SharedScreen />} />
        <Route path="*" element={<NotFoundScreen />} />
      </Route>
    </Routes>
  );
}
