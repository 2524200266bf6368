// `/article`: the whole source article, every item anchored by its id so results can link to the
// passage they quote. Prerendered at build time; nothing is folded away.
import { memo, useEffect, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { ArticleItem, ArticleSection } from '../../engine/bank-schema.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useIsClient } from '../../components/is-client.ts';
import { TableWrap } from '../../components/table-wrap.tsx';
import { paths } from '../../routes/paths.ts';
import { useArticle } from '../../store/content.ts';
import { useHistory } from '../../store/history.ts';

function Item({
  item,
  target,
  as = 'p',
}: {
  readonly item: ArticleItem;
  readonly target: string;
  readonly as?: 'p' | 'li';
}) {
  const Tag = as;
  return (
    <Tag id={item.id} className={item.id === target ? 'article__item article__item--target' : 'article__item'}>
      {item.text}
    </Tag>
  );
}

/** Memoised: right after hydrating, React renders the screen again at once, in one blocking task,
 * because what it reads from this browser (the fragment, the latest attempt) differs from the
 * prerendered page's; the sections skip that render unless the address has a fragment, which
 * every section is then given. */
const Section = memo(function Section({
  section,
  target,
}: {
  readonly section: ArticleSection;
  readonly target: string;
}): ReactNode {
  switch (section.kind) {
    case 'prose':
    case 'list':
      return (
        <section id={section.id} aria-labelledby={section.title ? `${section.id}-title` : undefined}>
          {section.title && <h2 id={`${section.id}-title`}>{section.title}</h2>}
          {section.kind === 'list' ? (
            <ol className="article__list">
              {section.items.map((i) => (
                <Item key={i.id} item={i} target={target} as="li" />
              ))}
            </ol>
          ) : (
            section.items.map((i) => <Item key={i.id} item={i} target={target} />)
          )}
        </section>
      );
    case 'pairs':
      return (
        <section id={section.id} aria-labelledby={`${section.id}-title`}>
          <h2 id={`${section.id}-title`}>{section.title}</h2>
          <ol className="article__list">
            {section.pairs.map((p) => (
              <li key={p.id} id={p.id} className="article__pair">
                <h3>{p.title}</h3>
                <Item item={p.em} target={target} />
                <Item item={p.le} target={target} />
              </li>
            ))}
          </ol>
        </section>
      );
    case 'faq':
      return (
        <section id={section.id} aria-label="Questions and answers">
          {section.entries.map((e) => (
            <div key={e.id} id={e.id}>
              <h2 id={e.question.id} className={e.question.id === target ? 'article__item--target' : undefined}>
                {e.question.text}
              </h2>
              <Item item={e.answer} target={target} />
            </div>
          ))}
        </section>
      );
    case 'table':
      return (
        <div id={section.id}>
          <TableWrap label="Summary table">
            <table className="table article-table">
              <caption id={`${section.id}-caption`}>{section.caption}</caption>
              <thead>
                <tr>
                  {section.columns.map((c) => (
                    <th scope="col" key={c}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {section.rows.map((r) => (
                  <tr key={r.id} id={r.id}>
                    <th scope="row">{r.criterion}</th>
                    {'both' in r ? (
                      <td colSpan={2}>
                        <Lines lines={r.both} />
                      </td>
                    ) : (
                      <>
                        <td>
                          <Lines lines={r.em} />
                        </td>
                        <td>
                          <Lines lines={r.le} />
                        </td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </div>
      );
  }
});

function idFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}

const Lines = ({ lines }: { readonly lines: readonly string[] }) => (
  <ul className="article-table__lines">
    {lines.map((l) => (
      <li key={l}>{l}</li>
    ))}
  </ul>
);

function BackToResults() {
  const isClient = useIsClient();
  const latest = useHistory((s) => s.attempts[0]);
  // Space is kept for this line in the prerendered page, so nothing moves when it appears.
  return (
    <p className="article__back">
      {isClient && latest ? (
        <Link to={paths.results}>Back to your results</Link>
      ) : (
        <Link to={paths.intro}>Take the quiz</Link>
      )}
    </p>
  );
}

export default function ArticleScreen() {
  const article = useArticle();
  const { hash } = useLocation();
  // Highlighted only after hydration: the prerendered page knows no fragment.
  const target = useIsClient() ? idFromHash(hash) : '';

  // A link from the results lands on its passage, scrolled into view, also when the router
  // (not the browser) changed the fragment.
  useEffect(() => {
    const passage = target ? document.getElementById(target) : null;
    if (!passage) return;
    passage.scrollIntoView({ block: 'start' });
    // Focus follows the eye: a screen reader starts at the passage, and Tab goes on from there.
    passage.tabIndex = -1;
    passage.focus({ preventScroll: true });
  }, [target]);

  return (
    <article className="article">
      <BackToResults />
      <PageHeading title="The article">{article.title}</PageHeading>
      <p className="article__credit">
        The article every question and quote in this quiz comes from, shown in full and credited to its author. Its text
        is the author’s and is not covered by this project’s MIT licence.
      </p>
      {article.sections.map((s) => (
        <Section key={s.id} section={s} target={target} />
      ))}
      <BackToResults />
    </article>
  );
}
