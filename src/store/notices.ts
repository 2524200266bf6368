// Short messages the app owes the person (storage trouble, answers dropped after a bank update).
// Not persisted: they describe this visit.
import { create } from 'zustand';

export interface Notice {
  readonly id: string;
  readonly text: string;
  /** Said about one page (why the person landed there): shown there only, and gone once they move on. */
  readonly path?: string;
}

interface NoticesState {
  readonly notices: readonly Notice[];
  readonly notify: (id: string, text: string, path?: string) => void;
  readonly dismiss: (id: string) => void;
  /** Drops the notices said about any page but this one. */
  readonly leave: (pathname: string) => void;
}

export const useNotices = create<NoticesState>()((set) => ({
  notices: [],
  // One notice per id: the same trouble reported twice is still one message.
  notify: (id, text, path) =>
    set((s) => ({
      notices: [...s.notices.filter((n) => n.id !== id), path === undefined ? { id, text } : { id, text, path }],
    })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  leave: (pathname) =>
    set((s) =>
      s.notices.some((n) => n.path !== undefined && n.path !== pathname)
        ? { notices: s.notices.filter((n) => n.path === undefined || n.path === pathname) }
        : s,
    ),
}));

export const notify = (id: string, text: string, path?: string): void => useNotices.getState().notify(id, text, path);
