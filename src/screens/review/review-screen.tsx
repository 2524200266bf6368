// `/review`: every answer with a Change link, and "See my results" above and below the list.
import { memo, useEffect, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { PageHeading } from '../../components/page-heading.tsx';
import { useIsClientSoon } from '../../components/is-client.ts';
import { RedirectWithNotice } from '../../components/redirect-with-notice.tsx';
import { paths } from '../../routes/paths.ts';
import type { Bank } from '../../engine/bank-schema.ts';
import { useBank } from '../../store/content.ts';
import { finishAttempt, reconcileAnswers } from '../../store/actions.ts';
import { firstUnanswered, useQuiz } from '../../store/quiz.ts';

const NONE: Readonly<Record<string, string>> = {};

/** The questions and the answers shown for them. Apart, and memoised: right after hydrating,
 * React renders the screen again at once, in one blocking task, because the saved answers it reads
 * differ from the prerendered page's; that render skips this list, whose props stay the same until
 * the answers fill in as a transition. */
const AnswerList = memo(function AnswerList({
  questions,
  shown,
}: {
  readonly questions: Bank['questions'];
  readonly shown: Readonly<Record<string, string>>;
}) {
  return (
    <dl className="summary-list">
      {questions.map((q, i) => (
        <div className="summary-list__row" key={q.id}>
          <dt className="summary-list__key">
            <span className="caption">Question {i + 1}</span> {q.prompt}
          </dt>
          <dd className="summary-list__value">{q.options.find((o) => o.id === shown[q.id])?.label}</dd>
          <dd className="summary-list__actions">
            <Link to={`${paths.question(i + 1)}?return=review`}>
              Change <span className="visually-hidden">your answer to question {i + 1}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
});

export default function ReviewScreen() {
  const bank = useBank();
  const answers = useQuiz((s) => s.answers);
  const navigate = useNavigate();

  // Set while leaving for the results: this page may render once more with the attempt already
  // emptied, and must not redirect to the intro then.
  const [finishing, setFinishing] = useState(false);
  useEffect(() => reconcileAnswers(bank), [bank]);
  const isClient = useIsClientSoon();

  const open = firstUnanswered(bank, answers);
  // Prerendered as a frame: the questions are the same for everyone, the answers are only in this
  // browser, so they fill in after hydration, each in a line kept for it. The checks that send
  // a visitor elsewhere run then too.
  if (isClient) {
    if (finishing) return null;
    if (Object.keys(answers).length === 0) {
      return (
        <RedirectWithNotice
          to={paths.intro}
          id="nothing-to-review"
          message="There are no answers to check yet. Start the quiz to answer the questions."
        />
      );
    }
    if (open !== -1) return <Navigate to={paths.question(open + 1)} replace />;
  }
  const shown = isClient ? answers : NONE;

  const finish = () => {
    if (!finishAttempt(bank)) return;
    setFinishing(true);
    navigate(paths.results);
  };
  const seeResults = (
    <button type="button" className="button" onClick={finish}>
      See my results
    </button>
  );

  return (
    <div className="review">
      <PageHeading>Check your answers</PageHeading>
      <p>Change any answer before you see your results.</p>
      {seeResults}
      <AnswerList questions={bank.questions} shown={shown} />
      {seeResults}
    </div>
  );
}
