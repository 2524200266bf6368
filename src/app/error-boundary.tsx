// Catches a render error anywhere below it and offers a way on, without touching what is stored.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  readonly error: Error | null;
}

export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; nothing leaves the browser.
    console.warn('The page could not be shown:', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-page">
        <h1 tabIndex={-1} ref={(h) => h?.focus()}>
          Sorry, something went wrong on this page
        </h1>
        <p>Your answers and past results are still saved in this browser.</p>
        <div className="button-group">
          {/* A reload also recovers from a part of the app that failed to download. */}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Try again
          </button>
          <a className="button button--secondary" href={import.meta.env.BASE_URL}>
            Start over
          </a>
        </div>
      </div>
    );
  }
}
