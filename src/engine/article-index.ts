// A lookup from every citable article item id to its words and the section it stands in.
import type { Article, ArticleItem } from './bank-schema.ts';

export interface IndexedItem {
  readonly item: ArticleItem;
  readonly sectionId: string;
  /** The heading the item stands under (a pair's own title for a Roles and Responsibilities line). */
  readonly heading: string;
}

/** The lists that set the two roles apart: every item of these must be cited by some question. */
export const DISCRIMINATING_SECTIONS = [
  'key-differences',
  'roles',
  'em-advantages',
  'em-drawbacks',
  'le-advantages',
  'le-drawbacks',
  'scenarios-em',
  'scenarios-le',
] as const;

const cache = new WeakMap<Article, ReadonlyMap<string, IndexedItem>>();

export function indexArticle(article: Article): ReadonlyMap<string, IndexedItem> {
  const cached = cache.get(article);
  if (cached) return cached;
  const index = new Map<string, IndexedItem>();
  const add = (item: ArticleItem, sectionId: string, heading: string) =>
    index.set(item.id, { item, sectionId, heading });
  for (const section of article.sections) {
    switch (section.kind) {
      case 'prose':
      case 'list':
        for (const item of section.items) add(item, section.id, section.title ?? article.title);
        break;
      case 'pairs':
        for (const pair of section.pairs) {
          add(pair.em, section.id, `${section.title}: ${pair.title}`);
          add(pair.le, section.id, `${section.title}: ${pair.title}`);
        }
        break;
      case 'faq':
        for (const entry of section.entries) {
          add(entry.question, section.id, entry.question.text);
          add(entry.answer, section.id, entry.question.text);
        }
        break;
      case 'table':
        break;
    }
  }
  cache.set(article, index);
  return index;
}
