// The browser entry: hydrates a prerendered page when it is the page asked for, and otherwise
// renders afresh (the bare shell of deep links, or the intro's markup served for another path).
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './app.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import './styles.css';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '');
const container = document.getElementById('root');

if (container) {
  const app = (
    <StrictMode>
      <ErrorBoundary>
        <BrowserRouter basename={basename}>
          <AppRoutes />
        </BrowserRouter>
      </ErrorBoundary>
    </StrictMode>
  );
  const here = window.location.pathname.slice(basename.length).replace(/\/$/, '') || '/';
  const prerendered = container.dataset.prerendered;
  if (prerendered !== undefined && prerendered === here) {
    hydrateRoot(container, app);
  } else {
    container.replaceChildren();
    createRoot(container).render(app);
  }
}
