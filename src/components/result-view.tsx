// What a result says, shared by the results page and a shared result. The answer first (headline,
// split with its range, a warning in a line with the rest of it behind a disclosure, why in a
// sentence), then the actions, a contents list and the details: reasons, areas, what would change
// it, next steps, and more from the article behind a disclosure. Print opens everything but the
// article's lists.
import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Explanation, Quote as QuoteData } from '../engine/explain.ts';
import type { ResultWords } from '../words/result-words.ts';
import { ROLE, otherPole } from '../words/roles.ts';
import type { Result } from '../engine/score.ts';
import { paths } from '../routes/paths.ts';
import { DivergingBars } from './diverging-bars.tsx';
import { Disclosure } from './disclosure.tsx';
import { PageHeading } from './page-heading.tsx';
import { Quote, QuoteList, leadTerm } from './quote.tsx';
import { ReasonItem } from './reason-item.tsx';
import { SplitBar } from './split-bar.tsx';

interface Props {
  readonly result: Result;
  readonly explanation: Explanation;
  readonly words: ResultWords;
  /** Shown between the summary and the details: actions, or a note on a shared result. */
  readonly children?: ReactNode;
  /** Replaces the headline as the page's h1 (a shared result is someone else's). */
  readonly heading?: string;
}

/** Reasons shown before "Show all reasons". */
const TOP_REASONS = 3;

/** Moves to a section without touching the URL: on /shared the fragment holds the result. */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView();
  target.focus({ preventScroll: true });
}

function SectionHeading({ id, children }: { readonly id: string; readonly children: ReactNode }) {
  return (
    <h2 id={id} tabIndex={-1}>
      {children}
    </h2>
  );
}

/** The names of the cited passages, for print, where the article's lists stay closed. */
const names = (quotes: readonly QuoteData[]) => quotes.map((q) => leadTerm(q.text)).join('; ');

export function ResultView({ result, explanation: x, words: w, children, heading }: Props) {
  const theirs = w.person === 'you' ? 'your' : 'their';
  const role = x.pole ? ROLE[x.pole] : null;
  const other = x.pole ? ROLE[otherPole(x.pole)] : null;
  const top = x.reasons.slice(0, TOP_REASONS);
  const rest = x.reasons.slice(TOP_REASONS);
  const sections = [
    { id: 'why', title: `What moved ${theirs} result most`, short: 'Why' },
    { id: 'areas', title: 'The areas where the roles differ', short: 'The areas' },
    { id: 'change', title: 'What would change it', short: 'What would change it' },
    { id: 'next', title: w.person === 'you' ? 'Next steps' : 'Next steps for this result', short: 'Next steps' },
    { id: 'article-picks', title: 'More from the article', short: 'More from the article' },
  ];
  const title = (id: string) => sections.find((s) => s.id === id)?.title ?? id;
  const section = (id: string, body: ReactNode) => (
    <section aria-labelledby={id} className="result__section">
      <SectionHeading id={id}>{title(id)}</SectionHeading>
      {body}
    </section>
  );

  return (
    <div className="result">
      <div className="result__summary">
        <PageHeading title={heading ?? `Results: ${w.headline.text}`}>{heading ?? w.headline.text}</PageHeading>
        <p className="split">
          <strong className="split__main">{w.split}</strong>
          <span className="split__other">
            {w.otherShare}
            {w.crossing && `. ${w.crossing}`}
          </span>
        </p>
        <SplitBar emPercent={result.emPercent} range={w.earlierVersion ? null : result.range} />
        {w.earlierVersion && (
          <p className="note small">
            An earlier version of the quiz made this result. It is scored with that version’s questions and shown
            without the likely range and the warnings the current version gives.
          </p>
        )}
        {w.warnings.length > 0 && (
          // The full warning sits a click away under its line, not in a section further down: there it
          // cost a third of a phone screen and pushed a warned result past four screens.
          <section className="warnings" aria-label={w.warnings.length === 1 ? 'Warning' : 'Warnings'}>
            {w.warnings.map((warning) => (
              <p key={warning.id} className="warnings__line">
                <strong className="warnings__label">Warning:</strong> {warning.line}
              </p>
            ))}
            <Disclosure
              id="warnings"
              className="details--warnings"
              summary={w.warnings.length === 1 ? (w.warnings[0]?.more ?? '') : 'What these warnings mean'}
            >
              {w.warnings.map((warning) => (
                <div key={warning.id} className="warnings__full">
                  <p>
                    {w.warnings.length > 1 && <strong>{warning.title}. </strong>}
                    {warning.body}
                  </p>
                  {warning.quotes.slice(0, 1).map((q) => (
                    <Quote key={q.itemId} quote={q} />
                  ))}
                </div>
              ))}
            </Disclosure>
          </section>
        )}
        <p className="lead">
          {w.why}
          {x.pole === null && ` ${w.headline.detail}`}
        </p>
        {w.opinions && <p className="small">{w.opinions}</p>}
        {result.answered < result.total && (
          <p className="small">
            Based on {result.answered} of {result.total} questions: unanswered questions count as neutral.
          </p>
        )}
      </div>

      {children}

      <nav className="contents" aria-labelledby="contents">
        <h2 id="contents" className="contents__title">
          On this page
        </h2>
        <ol className="contents__list">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} onClick={(e) => jumpTo(e, s.id)}>
                {s.short}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {section(
        'why',
        <>
          {x.reasons.length === 0 ? (
            <p>No answer pulled either way: every answer was neutral.</p>
          ) : (
            <>
              <ol className="reasons">
                {top.map((r) => (
                  <ReasonItem key={r.questionId} reason={r} quotes={1} />
                ))}
              </ol>
              {rest.length > 0 && (
                <Disclosure
                  id="all-reasons"
                  className="details--reasons"
                  summary={`Show all ${x.reasons.length} answers that moved it`}
                >
                  <ol className="reasons" start={TOP_REASONS + 1}>
                    {rest.map((r) => (
                      <ReasonItem key={r.questionId} reason={r} quotes={2} />
                    ))}
                  </ol>
                </Disclosure>
              )}
            </>
          )}
        </>,
      )}

      {section(
        'areas',
        <>
          <DivergingBars dimensions={result.dimensions} caption="How far each area leans, out of 100" />
          {w.mixed.length > 0 && (
            <p className="small">
              In {w.mixed.length === 1 ? 'one area' : `${w.mixed.length} areas`} {theirs} answers pulled hard both ways,
              so the bar hides a real mix: {w.mixed.join('; ')}. It may be worth asking which situations bring out each
              side.
            </p>
          )}
        </>,
      )}

      {section(
        'change',
        x.flip && w.flip ? (
          <>
            <p>{w.flip}</p>
            <Disclosure id="flip" summary={x.flip.steps.length === 1 ? 'Which answer' : 'Which answers'}>
              <ul className="flip">
                {x.flip.steps.map((s) => (
                  <li key={s.questionId}>
                    {s.prompt}{' '}
                    <span className="flip__change">
                      “{s.from}” to “{s.to}”
                    </span>
                  </li>
                ))}
              </ul>
            </Disclosure>
          </>
        ) : (
          <p>No change of answers moves this result into another band.</p>
        ),
      )}

      {section(
        'next',
        <>
          {w.person === 'they' && <p>What the quiz suggests to someone with this result:</p>}
          <ul>
            {w.nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </>,
      )}

      {section(
        'article-picks',
        <>
          <p className="print-only small">
            Situations: {names(x.scenarios)}. Offers: {names(x.advantages)}. Drawbacks: {names(x.drawbacks)}. Making the
            move: {names(x.nextSteps)}. In full in the article.
          </p>
          <Disclosure
            id="article-picks"
            className="details--article no-print"
            summary="Situations, advantages, drawbacks and career paths"
          >
            {role ? (
              <p>
                The article’s view of the {role} path: where it fits, what it offers and what it costs. Weigh the costs
                as carefully as the rest; people also move between the two roles, and {other} stays open.
              </p>
            ) : (
              <p>
                A balanced result is a real answer: both roles draw on the same foundation, and the article notes that
                people move between them. Here is where each one fits best, and what each offers and costs.
              </p>
            )}
            <h3>Situations that favour {role ?? 'each role'}</h3>
            <QuoteList quotes={x.scenarios} />
            <h3>What {role ? `the ${role} path` : 'each path'} offers</h3>
            <QuoteList quotes={x.advantages} />
            <h3>Drawbacks to weigh</h3>
            <QuoteList quotes={x.drawbacks} />
            <h3>Where the path leads</h3>
            {x.paths.map((q) => (
              <Quote key={q.itemId} quote={q} />
            ))}
            <h3>What both roles share</h3>
            <QuoteList quotes={x.similarities} />
            <h3>Making the move</h3>
            {x.nextSteps.map((q) => (
              <Quote key={q.itemId} quote={q} />
            ))}
            <h3>Moving between the roles</h3>
            {x.transition.map((q) => (
              <Quote key={q.itemId} quote={q} />
            ))}
          </Disclosure>
        </>,
      )}

      <p className="result__limits small">
        {/* The footer says the rest: built on one article, for reflection, not for hiring. */}
        Not a validated test. <Link to={paths.about}>How scoring works</Link>
      </p>
    </div>
  );
}
