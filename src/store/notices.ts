// Short messages the app owes the person (storage trouble, answers dropped after a bank update).
// Not persisted: they describe this visit.
import { create } from 'zustand';

export interface Notice {
  readonly id: string;
  readonly text: string;
}

interface NoticesState {
  readonly notices: readonly Notice[];
  readonly notify: (id: string, text: string) => void;
  readonly dismiss: (id: string) => void;
}

export const useNotices = create<NoticesState>()((set) => ({
  notices: [],
  // One notice per id: the same trouble reported twice is still one message.
  notify: (id, text) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== id), { id, text }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export const notify = (id: string, text: string): void => useNotices.getState().notify(id, text);
