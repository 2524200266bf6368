// A head start for the pages whose content comes after start (a results page over the frame,
// compare, a shared link): the entry asks for their screen and content together with the app,
// so both arrive in one round trip after the first paint rather than one after the other (the
// app would otherwise ask only once it had arrived and run). No React here: the entry is the
// intro's first visit. `boot.tsx` decides what renders; it finds these modules already loaded.
import { BASENAME, paths } from '../routes/paths.ts';

const quotedContent = () => [
  import('../../data/questions.json'),
  import('../../data/article.json'),
  import('../../data/results.json'),
];

function headStart(path: string): readonly Promise<unknown>[] {
  if (path === paths.shared) return [import('../screens/shared/shared-screen.tsx'), ...quotedContent()];
  if (path === paths.results || path.startsWith(`${paths.results}/`))
    return [import('../screens/results/results-screen.tsx'), ...quotedContent()];
  if (path.startsWith(paths.comparePattern.slice(0, paths.comparePattern.indexOf(':'))))
    return [import('../screens/compare/compare-screen.tsx'), import('../../data/questions.json')];
  return [];
}

/** Starts fetching what the page at the current address needs; a failure is reported later, where it is used. */
export function fetchAhead(): void {
  const path = window.location.pathname.slice(BASENAME.length).replace(/\/$/, '') || '/';
  for (const load of headStart(path)) load.catch(() => {});
}
