// False while hydrating prerendered markup and on the server, true after: lets a component render
// what depends on this browser's storage only once hydration is done, so the markup matches.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
export const useIsClient = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
