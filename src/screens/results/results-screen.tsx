// `/results` (the latest attempt) and `/results/:attemptId` (any kept attempt): the result,
// explained, with Retake, Change some answers, Copy summary, Print and Share.
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { explain } from '../../engine/explain.ts';
import { scoreAttempt } from '../../engine/score.ts';
import { summaryMarkdown } from '../../engine/summary-markdown.ts';
import { ResultView } from '../../components/result-view.tsx';
import { SaveImage } from '../../components/save-image.tsx';
import { RedirectWithNotice } from '../../components/redirect-with-notice.tsx';
import { ShareLink, copyText } from '../../components/share-link.tsx';
import { useStatus } from '../../components/use-status.ts';
import { absoluteUrl, paths } from '../../routes/paths.ts';
import { formatWhen } from '../../components/format.ts';
import { useArticle, useBank } from '../../store/content.ts';
import { useHistory } from '../../store/history.ts';
import { startFromAttempt } from '../../store/actions.ts';
import { useQuiz } from '../../store/quiz.ts';
import type { Attempt } from '../../store/stored.ts';

export default function ResultsScreen() {
  const { attemptId } = useParams();
  const attempts = useHistory((s) => s.attempts);
  const attempt = attemptId === undefined ? attempts[0] : attempts.find((a) => a.id === attemptId);
  if (!attempt) {
    return (
      <RedirectWithNotice
        to={attemptId === undefined ? paths.intro : paths.history}
        id="no-results"
        message={
          attemptId === undefined
            ? 'There are no results to show yet. Take the quiz to see yours.'
            : 'That result is not kept in this browser.'
        }
      />
    );
  }
  return <AttemptResults attempt={attempt} />;
}

function AttemptResults({ attempt }: { readonly attempt: Attempt }) {
  const bank = useBank();
  const article = useArticle();
  const start = useQuiz((s) => s.start);
  const navigate = useNavigate();
  const [copied, setCopied] = useStatus();
  const result = useMemo(() => scoreAttempt(bank, attempt.answers), [bank, attempt.answers]);
  const explanation = useMemo(() => explain(result, bank, article), [result, bank, article]);
  const articleUrl = absoluteUrl(paths.article);

  return (
    <ResultView result={result} explanation={explanation}>
      <p className="small">
        Finished <time dateTime={attempt.finishedAt}>{formatWhen(attempt.finishedAt)}</time>.{' '}
        <Link to={paths.history}>All your attempts</Link>
      </p>
      {(attempt.bankVersion !== bank.version || result.ignored.length > 0) && (
        <p className="note">
          The questions have changed since this attempt. It is shown from the {result.answered} answers that still
          apply.
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            start();
            navigate(paths.question(1));
          }}
        >
          Retake the quiz
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            startFromAttempt(bank, attempt);
            navigate(paths.review);
          }}
        >
          Change some answers
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={async () =>
            setCopied(
              (await copyText(summaryMarkdown(explanation, articleUrl)))
                ? 'Summary copied: paste it into a document or a message.'
                : 'Copying failed in this browser.',
            )
          }
        >
          Copy summary
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print
        </button>
        <SaveImage result={result} finishedAt={attempt.finishedAt} />
      </div>
      <output className="small status">{copied}</output>
      <ShareLink bankVersion={attempt.bankVersion} answers={attempt.answers} />
    </ResultView>
  );
}
