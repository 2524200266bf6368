// `/shared#<code>`: someone's result from a share link, read-only. The code lives in the URL
// fragment, so it never reaches a server; a broken code gets a clear message, never a blank page.
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { decodeShareCode, type ShareError } from '../../engine/share-code.ts';
import { BAND_TEXT, explain } from '../../engine/explain.ts';
import { scoreAttempt } from '../../engine/score.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { ResultView } from '../../components/result-view.tsx';
import { paths } from '../../app/paths.ts';
import { useBank, useQuotedContent } from '../../store/content.ts';

const PROBLEM: Record<ShareError | 'no-answers', string> = {
  empty: 'The link has no result in it. It may have been cut short when it was copied.',
  'too-long': 'The link is far longer than any result link, so it was not read.',
  'unknown-format': 'The link is not a result link from this quiz, or it comes from a newer version of it.',
  malformed: 'The link has been changed or cut short, so the result in it cannot be read.',
  'no-answers': 'None of the answers in the link match the current questions.',
};

export default function SharedScreen() {
  const { hash } = useLocation();
  const bank = useBank();
  const { article, picks } = useQuotedContent();
  // The link's own fragment is read as it came; a later change of fragment that is no share code
  // (a jump to an anchor) leaves the result on screen.
  const [code, setCode] = useState(hash);
  if (hash !== code && /^#?s\d+\./.test(hash)) setCode(hash);
  const decoded = useMemo(() => decodeShareCode(code), [code]);
  const result = useMemo(() => (decoded.ok ? scoreAttempt(bank, decoded.answers) : null), [decoded, bank]);
  const explanation = useMemo(
    () => (result ? explain(result, bank, article, picks) : null),
    [result, bank, article, picks],
  );

  // A finished attempt answers every question of its bank, so a code for this very bank that
  // lacks answers, or names ones the bank has not, was cut short or edited.
  const damaged =
    decoded.ok &&
    result !== null &&
    decoded.bankVersion === bank.version &&
    (result.ignored.length > 0 || result.answered < result.total);
  const problem = !decoded.ok
    ? PROBLEM[decoded.error]
    : damaged
      ? PROBLEM.malformed
      : result && result.answered === 0
        ? PROBLEM['no-answers']
        : null;
  if (problem || !result || !explanation || !decoded.ok) {
    return (
      <div className="shared-error">
        <PageHeading>This share link does not work</PageHeading>
        <p>{problem}</p>
        <p>Ask the person who sent it for the link again, copied in full.</p>
        <Link to={paths.intro} className="button">
          Take the quiz yourself
        </Link>
      </div>
    );
  }
  return (
    <ResultView
      result={result}
      explanation={explanation}
      whose="these"
      heading={`A shared result: ${BAND_TEXT[result.band].short}`}
    >
      <div className="note">
        <p>
          Someone shared this result with you. It is read-only and is not saved in your browser.
          {(decoded.bankVersion !== bank.version || result.ignored.length > 0) &&
            ` The questions have changed since it was taken, so it is shown from the ${result.answered} answers that still apply.`}
        </p>
        <Link to={paths.intro} className="button">
          Take the quiz yourself
        </Link>
      </div>
    </ResultView>
  );
}
