// `/results` (the latest attempt) and `/results/:attemptId` (any kept attempt): the result,
// explained, with Retake, Change some answers, Copy summary, Print and Share.
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { explain } from '../../engine/explain.ts';
import { scoreAttempt } from '../../engine/score.ts';
import { madeWithEarlierVersion } from '../../engine/outcome.ts';
import { resultWords } from '../../words/result-words.ts';
import { summaryMarkdown } from '../../words/summary-markdown.ts';
import { Disclosure } from '../../components/disclosure.tsx';
import { ResultView } from '../../components/result-view.tsx';
import { RetakeButton } from '../../components/retake-button.tsx';
import { SaveImage } from '../../components/save-image.tsx';
import { RedirectWithNotice } from '../../components/redirect-with-notice.tsx';
import { ShareLink, copyText } from '../../components/share-link.tsx';
import { useStatus } from '../../components/use-status.ts';
import { absoluteUrl, paths } from '../../routes/paths.ts';
import { formatWhen } from '../../words/dates.ts';
import { useBank, useBankFor, useQuotedContent } from '../../store/content.ts';
import { useHistory } from '../../store/history.ts';
import { startFromAttempt } from '../../store/actions.ts';
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
  const current = useBank();
  // Scored by the bank the attempt was made with (frozen when a newer version replaced it).
  const bank = useBankFor(attempt.bankVersion);
  const { article, picks } = useQuotedContent();
  const navigate = useNavigate();
  const [copied, setCopied] = useStatus();
  const result = useMemo(() => scoreAttempt(bank, attempt.answers), [bank, attempt.answers]);
  const explanation = useMemo(() => explain(result, bank, article, picks), [result, bank, article, picks]);
  // Scored by a bank from before the range and warnings: ResultView says so and leaves them out.
  const earlierVersion = bank.version !== current.version && madeWithEarlierVersion(bank.version);
  const words = useMemo(
    () => resultWords(result, explanation, article, { person: 'you', earlierVersion }),
    [result, explanation, article, earlierVersion],
  );
  const articleUrl = absoluteUrl(paths.article);

  return (
    <ResultView result={result} explanation={explanation} words={words}>
      <p className="small">
        Finished <time dateTime={attempt.finishedAt}>{formatWhen(attempt.finishedAt)}</time>.{' '}
        <Link to={paths.history}>All your attempts</Link>
      </p>
      {bank.version === current.version && (attempt.bankVersion !== bank.version || result.ignored.length > 0) && (
        <p className="note">
          The questions have changed since this attempt. It is shown from the {result.answered} answers that still
          apply.
        </p>
      )}
      <div className="actions">
        <RetakeButton />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            startFromAttempt(current, attempt);
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
              (await copyText(summaryMarkdown({ result, explanation, words }, articleUrl)))
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
      <Disclosure id="share" summary="Share a link to this result">
        <ShareLink bankVersion={attempt.bankVersion} answers={attempt.answers} />
      </Disclosure>
    </ResultView>
  );
}
