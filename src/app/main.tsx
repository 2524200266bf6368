// The browser entry, kept tiny: the prerendered page paints first, and the app (React, the router,
// the stores) is fetched once the first paint has happened, so that paint never waits on it.
import './styles.css';

let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import('./boot.tsx');
  // Every page but the intro: its screen and content alongside the app (early.ts). Loaded apart,
  // so the intro's first visit does not carry the table.
  if (document.getElementById('root')?.dataset.prerendered !== '/')
    import('./early.ts').then(
      (early) => early.fetchAhead(),
      () => {},
    );
};
// After the first paint, at the browser's next idle moment (soon: at most 300 ms later).
const boot = () => {
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 300 });
  else setTimeout(start, 20);
};

try {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) {
      observer.disconnect();
      boot();
    }
  }).observe({ type: 'paint', buffered: true });
} catch {
  // No paint timing in this browser: the fallback below starts the app.
}
// A page with nothing to paint (a background tab), or a browser without paint timing, still starts,
// a little after load: late enough not to race the first paint where there is one.
window.addEventListener('load', () => setTimeout(start, 500), { once: true });
