// `/history`: every finished attempt, newest first, to open, compare, delete or clear, with a
// chart of the attempts over time and Retake the quiz, as on the results page.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { BAND_LABEL, ROLE } from '../../words/roles.ts';
import { scoreAttempt, type Result } from '../../engine/score.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { RetakeButton } from '../../components/retake-button.tsx';
import { useIsClientSoon } from '../../components/is-client.ts';
import { useStatus } from '../../components/use-status.ts';
import { formatWhen } from '../../words/dates.ts';
import { paths } from '../../routes/paths.ts';
import { useBanksFor } from '../../store/content.ts';
import { useHistory } from '../../store/history.ts';
import type { Attempt } from '../../store/stored.ts';
import { AttemptsOverTime } from './attempts-over-time.tsx';

const when = (a: Attempt) => formatWhen(a.finishedAt);

export default function HistoryScreen() {
  const attempts = useHistory((s) => s.attempts);
  // Each attempt is scored by the bank it was made with (a frozen one for an earlier version).
  const banks = useBanksFor(attempts.map((a) => a.bankVersion));
  const remove = useHistory((s) => s.remove);
  const clear = useHistory((s) => s.clear);
  // Prerendered as a frame (the attempts are only in this browser): the list comes after
  // hydration, in the space kept for it, in a transition render that scores the attempts (one
  // short task: the boot prepared their banks). Right after hydrating, React renders this screen
  // again at once, in one blocking task, because the stored attempts differ from the prerendered
  // page's; that render scores nothing.
  const isClient = useIsClientSoon();
  const rows = useMemo(
    () =>
      isClient
        ? attempts.flatMap((a) => {
            const bank = banks.get(a.bankVersion);
            return bank ? [{ attempt: a, result: scoreAttempt(bank, a.answers) }] : [];
          })
        : [],
    [isClient, attempts, banks],
  );
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useStatus();
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // Focus follows the conversation: to the question when it is asked, back to the button after Cancel.
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    else if (asked.current) clearButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  /** A deleted row takes its button, and the focus, with it: focus goes to the page's heading and the live status line says what happened. */
  const announce = (text: string) => {
    setStatus(text);
    document.querySelector<HTMLElement>('main h1')?.focus();
  };

  return (
    <div className="history">
      <PageHeading>Your attempts</PageHeading>
      <p>
        Every finished attempt is kept in this browser (at most 100), so you can compare how your answers change over
        time.
      </p>
      {rows.length > 0 && (
        <div className="actions">
          <RetakeButton />
        </div>
      )}
      <output className="small status">{status}</output>
      {!isClient ? (
        <div className="kept-space" />
      ) : rows.length === 0 ? (
        <>
          <p>You have not finished an attempt yet.</p>
          <Link to={paths.question(1)} className="button">
            Take the quiz
          </Link>
        </>
      ) : (
        <>
          {rows.length >= 2 && <AttemptsOverTime rows={rows} />}
          {rows.length >= 2 && <ComparePicker rows={rows} />}
          <ol className="history__list">
            {rows.map(({ attempt, result }) => (
              <li key={attempt.id} className="history__item">
                <h2 className="history__title">
                  <Link to={paths.attempt(attempt.id)}>
                    {BAND_LABEL[result.band]}
                    <span className="visually-hidden">{`: attempt ${attempt.number}, ${when(attempt)}`}</span>
                  </Link>
                </h2>
                <p className="small">
                  Attempt {attempt.number} · <time dateTime={attempt.finishedAt}>{when(attempt)}</time> ·{' '}
                  {result.emPercent}% {ROLE.em}, {100 - result.emPercent}% {ROLE.le}
                </p>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    remove(attempt.id);
                    announce(`Deleted the attempt of ${when(attempt)}.`);
                  }}
                >
                  Delete{' '}
                  <span className="visually-hidden">{`the attempt of ${when(attempt)} (attempt ${attempt.number})`}</span>
                </button>
              </li>
            ))}
          </ol>
          {confirming ? (
            <div className="confirm">
              <h2 id="confirm-clear" tabIndex={-1} ref={confirmHeading}>
                {rows.length === 1 ? 'Delete your one attempt?' : `Delete all ${rows.length} attempts?`}
              </h2>
              <p>They are removed from this browser and cannot be brought back.</p>
              <div className="button-group">
                <button
                  type="button"
                  className="button button--warning"
                  onClick={() => {
                    clear();
                    asked.current = false;
                    setConfirming(false);
                    announce('All attempts deleted.');
                  }}
                >
                  Yes, delete all
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              ref={clearButton}
              onClick={() => setConfirming(true)}
            >
              Clear all attempts
            </button>
          )}
        </>
      )}
    </div>
  );
}

function ComparePicker({ rows }: { readonly rows: readonly { readonly attempt: Attempt; readonly result: Result }[] }) {
  const id = useId();
  const navigate = useNavigate();
  const [pickedA, setA] = useState(rows[1]?.attempt.id ?? '');
  const [pickedB, setB] = useState(rows[0]?.attempt.id ?? '');
  const [error, setError] = useState('');
  // A picked attempt deleted since falls back to the default, so Compare never names a missing one.
  const kept = (picked: string, fallback: number) =>
    rows.some((r) => r.attempt.id === picked) ? picked : (rows[fallback]?.attempt.id ?? '');
  const b = kept(pickedB, 0);
  const keptA = kept(pickedA, 1);
  // Never the same attempt twice by default: the earlier list moves to another one.
  const a = keptA === b && pickedA !== pickedB ? (rows.find((r) => r.attempt.id !== b)?.attempt.id ?? keptA) : keptA;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (a === b) return setError('Choose two different attempts to compare');
    // Earlier and later by when they finished, whichever way round they were picked.
    const finished = (x: string) => rows.find((r) => r.attempt.id === x)?.attempt.finishedAt ?? '';
    navigate(finished(a) <= finished(b) ? paths.compare(a, b) : paths.compare(b, a));
  };
  // By number, with its result, so two attempts of the same minute differ.
  const options = rows.map(({ attempt, result }) => (
    <option key={attempt.id} value={attempt.id}>
      {`Attempt ${attempt.number} – ${BAND_LABEL[result.band]} – ${when(attempt)}`}
    </option>
  ));
  return (
    <form className="compare-picker" onSubmit={submit} noValidate>
      <h2>Compare two attempts</h2>
      {error && (
        <p className="error-message" id={`${id}-error`} role="alert">
          <span className="visually-hidden">Error:</span> {error}
        </p>
      )}
      <div className="compare-picker__fields">
        {(
          [
            ['a', 'Earlier attempt', a, setA],
            ['b', 'Later attempt', b, setB],
          ] as const
        ).map(([key, label, value, pick]) => (
          <div key={key}>
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <select
              id={`${id}-${key}`}
              value={value}
              aria-invalid={error !== ''}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => {
                pick(e.target.value);
                setError('');
              }}
            >
              {options}
            </select>
          </div>
        ))}
      </div>
      <button type="submit" className="button button--secondary">
        Compare
      </button>
    </form>
  );
}
