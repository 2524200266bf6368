// A head start for the pages whose content comes after start (the route table's `early`: a results
// page over the frame, compare, a shared link): the entry asks for their screen and content files
// together with the app, so both arrive in one round trip after the first paint rather than one
// after the other (the app would otherwise ask only once it had arrived and run). No React and no
// store here: the entry is the intro's first visit. `boot.tsx` decides what renders; it finds these
// modules already loaded.
import { BASENAME } from '../routes/paths.ts';
import { routeAt, type ContentName } from '../routes/routes.ts';

const screens = import.meta.glob(['../screens/*/*-screen.tsx', '!../screens/intro/*']);

/** The content files behind each kind of content the table names. */
const FILES: Readonly<Record<ContentName, readonly (() => Promise<unknown>)[]>> = {
  bank: [() => import('../../data/questions.json')],
  article: [() => import('../../data/article.json')],
  quoted: [
    () => import('../../data/questions.json'),
    () => import('../../data/article.json'),
    () => import('../../data/results.json'),
  ],
  // Which banks (or none) depends on storage and the address: the boot reads them.
  stored: [],
  shared: [],
};

/** Starts fetching what the page at the current address needs; a failure is reported later, where it is used. */
export function fetchAhead(): void {
  const path = window.location.pathname.slice(BASENAME.length).replace(/\/$/, '') || '/';
  const route = routeAt(path);
  if (!route?.early) return;
  const screen = screens[`../screens/${route.screen}/${route.screen}-screen.tsx`];
  const loads = [screen, ...new Set(route.early.flatMap((c) => FILES[c]))];
  for (const load of loads) load?.().catch(() => {});
}
