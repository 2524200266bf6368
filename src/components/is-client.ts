// False while hydrating prerendered markup and on the server, true after: lets a component render
// what depends on this browser's storage only once hydration is done, so the markup matches.
import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

const subscribe = () => () => {};
export const useIsClient = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );

/** As `useIsClient`, for a page that fills in a lot after hydration (a list of answers, a chart,
 * a whole result): that render runs as a transition, which React works through in short slices,
 * so filling the page in never blocks input for long. On a page reached inside the app (nothing
 * to hydrate) it is true from the first render, as `useIsClient` is. */
export function useIsClientSoon(): boolean {
  const isClient = useIsClient();
  const [soon, setSoon] = useState(isClient);
  useEffect(() => {
    if (!soon) startTransition(() => setSoon(true));
  }, [soon]);
  return soon;
}
