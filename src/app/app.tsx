// The router, derived from the route table (src/routes/routes.ts). One router, created once by the
// entry (browser) or the prerenderer (server).
import { createElement, lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Layout } from './layout.tsx';
import { ROUTES, type ContentName, type RouteEntry, type ScreenName } from '../routes/routes.ts';
import { keepOffline } from './offline.ts';
import { loadContent } from './content.ts';

type ScreenModule = { readonly default: ComponentType };

/** A screen loaded on demand. Once its code is here it renders directly, without suspending:
 * a lazy component suspends once even when its module has arrived, and React 19 then holds the
 * new page back for about 300 ms. `React.lazy` alone cannot skip that first suspension, hence
 * `loaded()`; the prerenderer and the boot hand screens in the same way (see `Screen`). */
function onDemand(load: () => Promise<ScreenModule>) {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((m) => {
      loaded = m.default;
      return m;
    });
  return { preload, Lazy: lazy(preload), loaded: () => loaded };
}

// Every screen is its folder's `<name>-screen.tsx`. The intro is part of the app's own download, so
// a first visit needs nothing more; everything past it loads when needed.
const bundled = import.meta.glob<ScreenModule>('../screens/intro/intro-screen.tsx', { eager: true });
const onRequest = import.meta.glob<ScreenModule>(['../screens/*/*-screen.tsx', '!../screens/intro/*']);
const fileOf = (name: ScreenName) => `../screens/${name}/${name}-screen.tsx`;

function screenModule(name: ScreenName) {
  const here = bundled[fileOf(name)];
  if (here) return { preload: () => Promise.resolve(here), Lazy: here.default, loaded: () => here.default };
  const load = onRequest[fileOf(name)];
  if (!load) throw new Error(`no screen ${fileOf(name)} for the route table's "${name}"`);
  return onDemand(load);
}

export const routeModules = Object.fromEntries(
  [...new Set(ROUTES.map((r) => r.screen))].map((name) => [name, screenModule(name)]),
) as Readonly<Record<ScreenName, ReturnType<typeof screenModule>>>;

/** Loads a screen's code and the content it reads. */
export const preloadScreen = (screen: ScreenName, content: readonly ContentName[]) =>
  Promise.all([routeModules[screen].preload(), ...content.map(loadContent)]).then(([module]) => module);

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

/** A page of the quiz itself: from the first one shown, the service worker keeps the whole app on
 * the device, so the attempt can finish offline. The intro never registers it. */
function QuizPage({ children }: { readonly children: ReactNode }) {
  useEffect(keepOffline, []);
  return children;
}

interface Props {
  /** Screens already loaded (by the prerenderer, or before hydrating a prerendered page), used instead of their lazy wrappers. */
  readonly loaded?: Partial<Record<ScreenName, ComponentType>>;
}

/** Decides when it renders (not when the routes were declared) whether the screen's code is here. */
function Screen({ name, preloaded }: { readonly name: ScreenName; readonly preloaded: Props['loaded'] }) {
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

/** What a route renders: its screen, on a quiz page kept offline, fetching the next step on intent. */
function element(route: RouteEntry, screen: (name: ScreenName) => ReactNode): ReactNode {
  const { next } = route;
  const page = next ? <Prefetch load={prefetchOf(next)}>{screen(route.screen)}</Prefetch> : screen(route.screen);
  return route.quiz ? <QuizPage>{page}</QuizPage> : page;
}
/** One function per next step, so Prefetch's effect does not run again on each render. */
const prefetches = new Map<NonNullable<RouteEntry['next']>, () => Promise<unknown>>();
const prefetchOf = (next: NonNullable<RouteEntry['next']>) => {
  let load = prefetches.get(next);
  if (!load) {
    load = () => preloadScreen(next.screen, next.loads);
    prefetches.set(next, load);
  }
  return load;
};

export function AppRoutes({ loaded = {} }: Props) {
  const screen = (name: ScreenName) => <Screen name={name} preloaded={loaded} />;
  return (
    <Routes>
      <Route element={<Layout />}>
        {ROUTES.map((route) => (
          <Route key={route.path} path={route.path} element={element(route, screen)} />
        ))}
      </Route>
    </Routes>
  );
}
