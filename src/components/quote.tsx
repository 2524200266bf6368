// An article passage, quoted word for word in a <blockquote>, credited and linked in a
// <figcaption>. The blockquote holds the article's words and nothing else.
import { Link } from 'react-router-dom';
import type { Quote as QuoteData } from '../engine/explain.ts';
import { paths } from '../routes/paths.ts';

/** The passage's own lead term ("Broader Influence: …"), which tells links to one list apart. */
export const leadTerm = (text: string): string => {
  const head = text.split(':')[0] ?? '';
  return head.length > 0 && head.length <= 60 ? head : text.split(' ').slice(0, 6).join(' ');
};

/** A pair's own title ("Risk Management vs Problem Solving") stands for its long section heading on screen. */
const shortHeading = (heading: string): { shown: string; rest: string } => {
  const parts = heading.split(': ');
  const last = (parts.at(-1) ?? heading).replace(/:$/, '');
  return parts.length > 1 && last.length > 0
    ? { shown: last, rest: parts.slice(0, -1).join(': ') }
    : { shown: heading, rest: '' };
};

export function Quote({ quote }: { readonly quote: QuoteData }) {
  const credit = shortHeading(quote.heading);
  return (
    <figure className="quote">
      <blockquote className="quote__text" cite={paths.articleItem(quote.itemId)}>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption className="quote__credit">
        <Link to={paths.articleItem(quote.itemId)}>
          {credit.shown}{' '}
          <span className="visually-hidden">{`(${credit.rest ? `${credit.rest}; ` : ''}in the article: ${leadTerm(quote.text)})`}</span>
        </Link>
      </figcaption>
    </figure>
  );
}

/** A plain list of article items with links, for the longer "from the article" sections. */
export function QuoteList({ quotes }: { readonly quotes: readonly QuoteData[] }) {
  return (
    <ul className="quote-list">
      {quotes.map((q) => (
        <li key={q.itemId}>
          <q>{q.text}</q>{' '}
          <Link to={paths.articleItem(q.itemId)} className="quote-list__link">
            Read in the article<span className="visually-hidden">{`: ${leadTerm(q.text)}, ${q.heading}`}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
