// The build's server entry: renders the intro and the article to static HTML with
// react-dom/static, which waits for lazy screens and content to load. A plain StaticRouter
// writes no hydration data, so the pages carry no inline script.
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { AppRoutes } from './app.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { SITE_NAME } from '../components/page-heading.tsx';
import { paths } from '../routes/paths.ts';
import ArticleScreen from '../screens/article/article-screen.tsx';
import { loadArticle } from '../store/content.ts';

export const pages = [
  { path: paths.intro, file: 'index.html', title: `A career-path quiz – ${SITE_NAME}` },
  { path: paths.article, file: 'article.html', title: `The article – ${SITE_NAME}` },
] as const;

export async function render(path: string, basename: string): Promise<string> {
  // Loaded before rendering, so nothing suspends inside a boundary: a boundary that resolves
  // late is written with an inline script, which the Content-Security-Policy forbids.
  await loadArticle();
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <ErrorBoundary>
        <StaticRouter location={`${basename}${path}`} basename={basename}>
          <AppRoutes loaded={{ article: ArticleScreen }} />
        </StaticRouter>
      </ErrorBoundary>
    </StrictMode>,
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}
