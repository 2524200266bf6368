// The content a route's first render reads (the route table's `loads`), loaded by name. Banks that
// score are also prepared here, each in a task of its own, before the first render, which would
// otherwise do it inside one long render.
import type { ContentName } from '../routes/routes.ts';
import type { Bank } from '../engine/bank-schema.ts';
import { loadArticle, loadBank, loadBankFor, loadBanksFor, loadQuotedContent } from '../store/content.ts';

/** The next task: what follows runs after the browser has had a turn (to paint, to handle input). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Loads the banks a page scores with and prepares each (every question's answer model, the most
 * work in scoring) in a task of its own. The engine keeps each prepared bank. */
const prepared = (load: () => Promise<Bank | readonly Bank[]>) => async () => {
  const banks = [await load()].flat();
  const { prepareBank } = await import('../engine/prepare.ts');
  for (const bank of banks) {
    await nextTask();
    try {
      prepareBank(bank);
    } catch {
      // The screen prepares it again as it scores, and reports the problem there.
    }
  }
};

const LOADERS: Readonly<Record<ContentName, () => Promise<unknown>>> = {
  bank: loadBank,
  article: loadArticle,
  quoted: loadQuotedContent,
  /** The banks that score the stored attempts (today's, and any earlier version's frozen one), prepared. */
  stored: prepared(async () => {
    // Loaded here, not up front: the intro's first visit does not carry the history store.
    const { useHistory } = await import('../store/history.ts');
    return loadBanksFor(useHistory.getState().attempts.map((a) => a.bankVersion));
  }),
  /** The bank that scores the share link in the address, read as the shared screen reads it, prepared. */
  shared: prepared(async () => {
    // Loaded here, not up front: the intro's first visit does not carry the share-code reader.
    const { decodeShareCode } = await import('../engine/share-code.ts');
    const decoded = decodeShareCode(window.location.hash);
    return decoded.ok ? loadBankFor(decoded.bankVersion) : loadBank();
  }),
};

export const loadContent = (name: ContentName): Promise<unknown> => LOADERS[name]();
