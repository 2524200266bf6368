// Checks data/results.json against its schema and against the article it picks from: every error
// names the place and the reason, e.g. `balanced.paths[1]: no article item "faq-career-path"`.
import * as v from 'valibot';
import { ResultPicksSchema, type Article, type Pick, type ResultPicks } from './bank-schema.ts';
import { indexArticle } from './article-index.ts';
import { formatIssues, type Validated } from './validate-bank.ts';

export function validateResultPicks(input: unknown, article: Article): Validated<ResultPicks> {
  const parsed = v.safeParse(ResultPicksSchema, input);
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.issues) };
  const items = indexArticle(article);
  const sections = new Map(article.sections.map((s) => [s.id, s]));
  const sectionSize = (id: string) => [...items.values()].filter((i) => i.sectionId === id).length;
  const errors: string[] = [];

  const check = (pick: Pick, at: string): readonly string[] => {
    if (typeof pick === 'string') {
      if (items.has(pick)) return [pick];
      errors.push(
        sections.has(pick)
          ? `${at}: "${pick}" is a section; pick it as { "section": "${pick}" }`
          : `${at}: no article item "${pick}"`,
      );
      return [];
    }
    const section = sections.get(pick.section);
    const size = sectionSize(pick.section);
    if (!section) errors.push(`${at}.section: no article section "${pick.section}"`);
    else if (size === 0) errors.push(`${at}.section: section "${pick.section}" has no items to quote`);
    else if (pick.first !== undefined && pick.first > size) {
      errors.push(`${at}.first: section "${pick.section}" has only ${size} items, fewer than ${pick.first}`);
    }
    return [...items.values()]
      .filter((i) => i.sectionId === pick.section)
      .slice(0, pick.first)
      .map((i) => i.item.id);
  };

  for (const [outcome, groups] of Object.entries(parsed.output)) {
    for (const [group, picks] of Object.entries(groups)) {
      const quoted = picks.flatMap((pick, i) => check(pick, `${outcome}.${group}[${i}]`));
      for (const id of new Set(quoted.filter((x, i) => quoted.indexOf(x) !== i))) {
        errors.push(`${outcome}.${group}: quotes article item "${id}" twice`);
      }
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.output };
}
