// The frame around every page: skip link, header, notices, the page in <main>, footer.
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { Notices } from '../components/notices.tsx';
import { SITE_NAME } from '../components/page-heading.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { paths } from '../routes/paths.ts';
import { ARTICLE_TITLE } from '../store/content.ts';

export function Layout() {
  const { pathname } = useLocation();
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus the content without touching the URL: on /shared the fragment holds the result.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to={paths.intro} className="site-header__name">
            {SITE_NAME}
          </Link>
          <nav aria-label="Main">
            <ul className="site-nav">
              <li>
                <NavLink to={paths.history}>History</NavLink>
              </li>
              <li>
                <NavLink to={paths.about}>How scoring works</NavLink>
              </li>
              <li>
                <NavLink to={paths.article}>The article</NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="container main" tabIndex={-1}>
        <Notices />
        {/* A fresh boundary, and so a freshly mounted page, per path: leaving a page that failed
            leaves its error behind, and every page (each question too) starts from its own state. */}
        <ErrorBoundary key={pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            Your answers stay in this browser. Questions and quotes come from the article{' '}
            <Link to={paths.article}>“{ARTICLE_TITLE}”</Link>. A tool for reflection, not for hiring or performance
            decisions.
          </p>
        </div>
      </footer>
    </>
  );
}
