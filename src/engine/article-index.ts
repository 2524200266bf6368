// A lookup from every citable article item id to its words, the section it stands in, and what the
// article data says about it: the role it speaks for and whether questions must cite it.
import type { Article, ArticleItem } from './bank-schema.ts';
import type { Pole } from './bands.ts';

export interface IndexedItem {
  readonly item: ArticleItem;
  readonly sectionId: string;
  /** The heading the item stands under (a pair's own title for a Roles and Responsibilities line). */
  readonly heading: string;
  /** The role the item speaks for: its list's `speaksFor`, or its side of a pair; null when even-handed. */
  readonly side: Pole | null;
  /** It stands in a section that sets the roles apart, so some question must cite it. */
  readonly discriminating: boolean;
}

const cache = new WeakMap<Article, ReadonlyMap<string, IndexedItem>>();

/** Every citable item by id, in article order. */
export function indexArticle(article: Article): ReadonlyMap<string, IndexedItem> {
  const cached = cache.get(article);
  if (cached) return cached;
  const index = new Map<string, IndexedItem>();
  const add = (item: ArticleItem, sectionId: string, heading: string, side: Pole | null, discriminating = false) =>
    index.set(item.id, { item, sectionId, heading, side, discriminating });
  for (const section of article.sections) {
    switch (section.kind) {
      case 'prose':
        for (const item of section.items) add(item, section.id, section.title ?? article.title, null);
        break;
      case 'list':
        for (const item of section.items) {
          add(item, section.id, section.title ?? article.title, section.speaksFor ?? null, section.discriminating);
        }
        break;
      case 'pairs':
        for (const pair of section.pairs) {
          add(pair.em, section.id, `${section.title}: ${pair.title}`, 'em', section.discriminating);
          add(pair.le, section.id, `${section.title}: ${pair.title}`, 'le', section.discriminating);
        }
        break;
      case 'faq':
        for (const entry of section.entries) {
          add(entry.question, section.id, entry.question.text, null);
          add(entry.answer, section.id, entry.question.text, null);
        }
        break;
      case 'table':
        break;
    }
  }
  cache.set(article, index);
  return index;
}
