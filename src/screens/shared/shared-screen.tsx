// `/shared#<code>`: someone's result from a share link, read-only. The code lives in the URL
// fragment, so it never reaches a server; a broken code gets a clear message, never a blank page.
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { Article, Bank, ResultPicks } from '../../engine/bank-schema.ts';
import type { Result } from '../../engine/score.ts';
import { decodeShareCode, looksLikeShareCode } from '../../engine/share-code.ts';
import { explain } from '../../engine/explain.ts';
import { madeWithEarlierVersion } from '../../engine/outcome.ts';
import { resultWords } from '../../words/result-words.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useIsClientSoon } from '../../components/is-client.ts';
import { ResultView } from '../../components/result-view.tsx';
import { SaveImage } from '../../components/save-image.tsx';
import { paths } from '../../routes/paths.ts';
import { readSharedResult, type SharedProblem } from '../../store/actions.ts';
import { useBank, useBankFor, useQuotedContent } from '../../store/content.ts';

const PROBLEM: Record<SharedProblem, string> = {
  empty: 'The link has no result in it. It may have been cut short when it was copied.',
  'too-long': 'The link is far longer than any result link, so it was not read.',
  'unknown-format': 'The link is not a result link from this quiz, or it comes from a newer version of it.',
  malformed: 'The link has been changed or cut short, so the result in it cannot be read.',
  'no-answers': 'None of the answers in the link match the current questions.',
};

export default function SharedScreen() {
  const { hash } = useLocation();
  const current = useBank();
  const { article, picks } = useQuotedContent();
  // The link's own fragment is read as it came; a later change of fragment that is no share code
  // (a jump to an anchor) leaves the result on screen.
  const [code, setCode] = useState(hash);
  if (hash !== code && looksLikeShareCode(hash)) setCode(hash);
  // A link made with an earlier version of the quiz is scored by that version's frozen bank.
  const version = useMemo(() => {
    const decoded = decodeShareCode(code);
    return decoded.ok ? decoded.bankVersion : current.version;
  }, [code, current.version]);
  const bank = useBankFor(version);
  const shared = useMemo(() => readSharedResult(code, bank), [code, bank]);
  const isClient = useIsClientSoon();
  // Prerendered as a frame, so a pasted link paints at once: the result is in the fragment,
  // which only the browser sees, and shows after hydration.
  if (!isClient) {
    return (
      <div className="shared-frame">
        <PageHeading>A shared result</PageHeading>
        <p>Someone’s result from this quiz, read from the link.</p>
        <div className="kept-space" />
      </div>
    );
  }
  if (!shared.ok) {
    return (
      <div className="shared-error">
        <PageHeading>This share link does not work</PageHeading>
        <p>{PROBLEM[shared.problem]}</p>
        <p>Ask the person who sent it for the link again, copied in full.</p>
        <Link to={paths.intro} className="button">
          Take the quiz yourself
        </Link>
      </div>
    );
  }
  return (
    <SharedResultView
      result={shared.result}
      outdated={shared.outdated}
      earlierVersion={bank.version !== current.version && madeWithEarlierVersion(bank.version)}
      bank={bank}
      article={article}
      picks={picks}
    />
  );
}

interface ViewProps {
  readonly result: Result;
  readonly outdated: boolean;
  /** Made with an earlier version of the quiz, scored by its frozen bank: shown without range and warnings. */
  readonly earlierVersion: boolean;
  readonly bank: Bank;
  readonly article: Article;
  readonly picks: ResultPicks;
}

function SharedResultView({ result, outdated, earlierVersion, bank, article, picks }: ViewProps) {
  const explanation = useMemo(() => explain(result, bank, article, picks), [result, bank, article, picks]);
  const words = useMemo(
    () => resultWords(result, explanation, article, { person: 'they', earlierVersion }),
    [result, explanation, article, earlierVersion],
  );
  return (
    <ResultView
      result={result}
      explanation={explanation}
      words={words}
      heading={`A shared result: ${words.headline.text}`}
    >
      <div className="note">
        <p>
          Someone shared this result with you. It is read-only and is not saved in your browser.
          {outdated &&
            !earlierVersion &&
            ` The questions have changed since it was taken, so it is shown from the ${result.answered} answers that still apply.`}
        </p>
        <Link to={paths.intro} className="button">
          Take the quiz yourself
        </Link>
        <SaveImage result={result} finishedAt={null} />
      </div>
    </ResultView>
  );
}
