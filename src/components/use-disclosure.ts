// Whether a disclosure on this page is open, kept in sessionStorage per page (as GOV.UK's
// accordion keeps its sections) so a reload shows what was open. Read during the first render,
// so nothing shifts after it; a browser that refuses storage just starts with everything closed.
import { useCallback, useState } from 'react';
import { useLocation } from 'react-router-dom';

const KEY = 'career-quiz:open';

type OpenState = Record<string, boolean>;

function read(page: string): OpenState {
  try {
    const parsed: unknown = JSON.parse(globalThis.sessionStorage?.getItem(`${KEY}:${page}`) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'));
  } catch {
    return {};
  }
}

function write(page: string, id: string, open: boolean): void {
  try {
    const state = read(page);
    if (open) state[id] = true;
    else delete state[id];
    globalThis.sessionStorage?.setItem(`${KEY}:${page}`, JSON.stringify(state));
  } catch {
    // Storage refused (private mode, quota): the disclosure still works for this visit.
  }
}

/** `[open, setOpen]` for the disclosure `id` on the current page. */
export function useDisclosure(id: string): readonly [boolean, (open: boolean) => void] {
  const { pathname } = useLocation();
  const [open, setOpenState] = useState(() => read(pathname)[id] === true);
  const setOpen = useCallback(
    (next: boolean) => {
      setOpenState(next);
      write(pathname, id, next);
    },
    [pathname, id],
  );
  return [open, setOpen] as const;
}
