// What a result says, shared by the results page and a shared result: the headline and split,
// the dimensions, the reasons with the article behind them, what would change it, and next steps.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { BAND_TEXT, ROLE, type Explanation } from '../engine/explain.ts';
import type { Result } from '../engine/score.ts';
import { paths } from '../routes/paths.ts';
import { DivergingBars } from './diverging-bars.tsx';
import { PageHeading } from './page-heading.tsx';
import { Quote, QuoteList } from './quote.tsx';

interface Props {
  readonly result: Result;
  readonly explanation: Explanation;
  /** Shown between the summary and the details: actions, or a note on a shared result. */
  readonly children?: ReactNode;
  /** "your" on your own results, "these" on someone else's shared result. */
  readonly whose?: 'your' | 'these';
  /** Replaces the headline as the page's h1 and title (a shared result is someone else's). */
  readonly heading?: string;
}

const pointsText = (points: number) => {
  const p = Math.abs(points);
  return p >= 0.95 ? `${Math.round(p)} points` : `${p.toFixed(1)} points`;
};

export function ResultView({ result, explanation: x, children, whose = 'your', heading }: Props) {
  const role = x.pole ? ROLE[x.pole] : null;
  const other = x.pole ? ROLE[x.pole === 'em' ? 'le' : 'em'] : null;
  return (
    <div className="result">
      <div className="result__summary">
        <PageHeading title={heading ?? `Results: ${BAND_TEXT[result.band].short}`}>{heading ?? x.headline}</PageHeading>
        <p className="split">
          <span className="split__em">
            <strong>{x.emPercent}%</strong> Engineering Manager
          </span>
          <span className="split__le">
            <strong>{x.lePercent}%</strong> Lead Engineer
          </span>
        </p>
        <svg className="split__bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect x="0" y="0" width={x.emPercent} height="6" className="bars__fill--em" />
          <rect x={x.emPercent} y="0" width={x.lePercent} height="6" className="bars__fill--le" />
        </svg>
        <p className="lead">{x.strength}</p>
        {result.answered < result.total && (
          <p className="small">
            Based on {result.answered} of {result.total} questions: unanswered questions count as neutral.
          </p>
        )}
      </div>

      {children}

      <section aria-labelledby="areas">
        <h2 id="areas">Across the areas where the roles differ</h2>
        <DivergingBars dimensions={result.dimensions} caption="How far each area leans, out of 100" />
      </section>

      <section aria-labelledby="why">
        <h2 id="why">Why: the answers that moved {whose === 'your' ? 'your' : 'this'} result most</h2>
        <p className="hint">
          A point is one percentage point of the split: an answer “by 2 points” moved it from 50% to 52%.
        </p>
        {x.reasons.length === 0 ? (
          <p>No answer pulled either way: every answer was neutral.</p>
        ) : (
          <ol className="reasons">
            {x.reasons.map((r) => (
              <li key={r.questionId} className="reason">
                <p className="reason__prompt">{r.prompt}</p>
                <p className="reason__answer">
                  Answer: <strong>{r.answer}</strong>
                  <span className={`tag tag--${r.pole}`}>
                    toward {ROLE[r.pole]} by {pointsText(r.points)}
                  </span>
                </p>
                {r.quotes.length > 0 && (
                  <div className="reason__quotes">
                    <p className="small">From the article:</p>
                    {r.quotes.map((q) => (
                      <Quote key={q.itemId} quote={q} />
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="change">
        <h2 id="change">What would change it</h2>
        {x.flip ? (
          <>
            <p>
              {x.flip.steps.length === 1 ? 'One answer' : `${x.flip.steps.length} answers`} would move the result to “
              {BAND_TEXT[x.flip.band].short}”, the fewest it takes:
            </p>
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
          </>
        ) : (
          <p>No change of answers moves this result into another band.</p>
        )}
        {x.tensions.length > 0 && (
          <div className="note">
            <h3>Where answers pulled both ways</h3>
            <p>
              In {x.tensions.length === 1 ? 'this area' : 'these areas'} some answers leaned hard toward each role, so
              the figure above hides a real mix. It may be worth asking which situations bring out each side.
            </p>
            <ul>
              {x.tensions.map((t) => (
                <li key={t.name}>
                  {t.em} versus {t.le}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="next">
        <h2 id="next">Next steps: try it before you switch</h2>
        {x.pole === 'em' ? (
          <ul>
            <li>Ask to mentor a newer engineer, or to run the onboarding of the next hire.</li>
            <li>Offer to own a piece of planning: a quarter’s roadmap, a budget request or a cross-team project.</li>
            <li>Talk with your manager about a tech lead role on the way: many managers come that way.</li>
          </ul>
        ) : x.pole === 'le' ? (
          <ul>
            <li>Own a technical decision end to end: write the proposal, weigh the options, see it through.</li>
            <li>Lead the code reviews or the technical documentation of one area of your system.</li>
            <li>Mentor a junior engineer in the technical side of their work.</li>
          </ul>
        ) : (
          <ul>
            <li>Try a small piece of each: mentor someone, and own one technical decision end to end.</li>
            <li>Notice which of the two you look forward to on a Monday morning.</li>
            <li>A tech lead role mixes both and is a common step before either path.</li>
          </ul>
        )}
        {x.nextSteps.map((q) => (
          <Quote key={q.itemId} quote={q} />
        ))}
      </section>

      <section aria-labelledby="article-picks">
        <h2 id="article-picks">From the article, for {whose === 'your' ? 'your' : 'this'} result</h2>
        {role ? (
          <p>
            The article’s view of the {role} path: where it fits, what it offers and what it costs. Weigh the costs as
            carefully as the rest; people also move between the two roles, and {other} stays open.
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
        <h3>Moving between the roles</h3>
        {x.transition.map((q) => (
          <Quote key={q.itemId} quote={q} />
        ))}
      </section>

      <p className="note small">
        A tool for reflection, built on one article: not a validated psychometric test, and not for hiring or
        performance decisions. <Link to={paths.about}>How scoring works</Link>
      </p>
    </div>
  );
}
