// `/quiz/:n`: one question per page, after GOV.UK's question pages. The legend is the h1, the
// answers are native radios, Continue with nothing chosen shows an error summary.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { Bank, Question } from '../../engine/bank-schema.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useIsClient } from '../../components/is-client.ts';
import { paths } from '../../routes/paths.ts';
import { questionTitle } from '../../routes/routes.ts';
import { useBank } from '../../store/content.ts';
import { reconcileAnswers } from '../../store/actions.ts';
import { firstUnanswered, useQuiz } from '../../store/quiz.ts';

const ERROR = 'Select an answer to continue';
/** The shortcuts switch as a first visit finds it, which is how the page is prerendered. */
const SHORTCUTS_AT_FIRST = useQuiz.getInitialState().shortcuts;

/** Where a requested question number should go instead, or null when it can be shown. */
export function redirectFor(
  raw: string | undefined,
  bank: Bank,
  answers: Readonly<Record<string, string>>,
): string | null {
  const total = bank.questions.length;
  const open = firstUnanswered(bank, answers);
  const firstOpen = open === -1 ? null : open + 1;
  const n = raw !== undefined && /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isNaN(n)) return paths.question(firstOpen ?? 1);
  if (n < 1) return paths.question(1);
  if (n > total) return firstOpen === null ? paths.review : paths.question(firstOpen);
  if (firstOpen !== null && n > firstOpen) return paths.question(firstOpen);
  return null;
}

/** Enter continues from anywhere in the form (the heading after a page change, a radio) but not from a link or button, which Enter activates. */
const enterContinues = (target: HTMLElement, form: HTMLFormElement | null): boolean =>
  form !== null && form.contains(target) && !target.closest('a, button, textarea, select, input:not([type=radio])');

export default function QuestionScreen() {
  const bank = useBank();
  const { n } = useParams();
  const answers = useQuiz((s) => s.answers);
  // Each question page is prerendered without the answers, which only this browser has: the
  // guard decides once hydration is done (until then the page shows as prerendered).
  const isClient = useIsClient();
  useEffect(() => reconcileAnswers(bank), [bank]);

  const redirect = isClient ? redirectFor(n, bank, answers) : null;
  if (redirect) return <Navigate to={redirect} replace />;
  const index = Number(n) - 1;
  const question = bank.questions[index];
  if (!question) return <Navigate to={paths.intro} replace />;
  // The page's error boundary is keyed by path (layout.tsx), so each question mounts a fresh form
  // that starts from its saved answer and no error.
  return <QuestionForm bank={bank} question={question} index={index} />;
}

interface FormProps {
  readonly bank: Bank;
  readonly question: Question;
  readonly index: number;
}

function QuestionForm({ bank, question, index }: FormProps) {
  const id = useId();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  // What comes from this browser (the query, the saved answer, the shortcuts switch) shows once
  // hydration is done, so the prerendered markup matches the first render.
  const isClient = useIsClient();
  const returnToReview = isClient && search.get('return') === 'review';
  const saved = useQuiz((s) => s.answers[question.id]);
  const answer = useQuiz((s) => s.answer);
  const storedShortcuts = useQuiz((s) => s.shortcuts);
  const shortcuts = isClient ? storedShortcuts : SHORTCUTS_AT_FIRST;
  const setShortcuts = useQuiz((s) => s.setShortcuts);
  // The person's choice on this visit; until they make one, the saved answer.
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const selected = chosen ?? (isClient ? saved : undefined);
  const [error, setError] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // Enter can reach both the shortcut and the form: only the first submission on this visit to
  // the page counts. Keyed by the history entry, so coming Back to a question submits again.
  const { key: visit } = useLocation();
  const submitted = useRef<string | null>(null);
  const total = bank.questions.length;
  const number = index + 1;

  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);

  // A new visit (Continue, Back, Forward, a Change link) may submit once again.
  useEffect(() => {
    if (submitted.current !== visit) submitted.current = null;
  }, [visit]);

  useEffect(() => {
    if (!shortcuts) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // Only from the page itself or the form: a key pressed on a link, the checkbox or anything else keeps its own meaning.
      if (target && target !== document.body && !form.current?.contains(target)) return;
      if (target?.closest('textarea, input:not([type=radio]), select, [contenteditable]')) return;
      const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : 0;
      const option = question.options[digit - 1];
      if (option) {
        event.preventDefault();
        setChosen(option.id);
        document.getElementById(`${id}-${option.id}`)?.focus();
      } else if (
        event.key === 'Enter' &&
        (!target || target === document.body || enterContinues(target, form.current))
      ) {
        event.preventDefault();
        form.current?.requestSubmit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcuts, question, id]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (submitted.current === visit) return;
    if (!selected) {
      setError(true);
      summary.current?.focus();
      return;
    }
    submitted.current = visit;
    answer(bank, question.id, selected);
    navigate(returnToReview || number === total ? paths.review : paths.question(number + 1));
  };

  const back = returnToReview ? paths.review : number === 1 ? paths.intro : paths.question(number - 1);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const firstOption = question.options[0];

  return (
    <div className="question">
      <Link to={back} className="back-link">
        Back
      </Link>
      {error && (
        <div className="error-summary" role="alert" aria-labelledby={`${id}-summary`} tabIndex={-1} ref={summary}>
          <h2 id={`${id}-summary`} className="error-summary__title">
            There is a problem
          </h2>
          <ul className="error-summary__list">
            <li>
              <a
                href={`#${id}-${firstOption?.id ?? ''}`}
                onClick={(event) => {
                  // As GOV.UK's error summary: focus the first answer, without a new history entry.
                  event.preventDefault();
                  document.getElementById(`${id}-${firstOption?.id ?? ''}`)?.focus();
                }}
              >
                {ERROR}
              </a>
            </li>
          </ul>
        </div>
      )}
      <form ref={form} onSubmit={onSubmit} noValidate>
        <div className={error ? 'form-group form-group--error' : 'form-group'}>
          <fieldset className="fieldset" aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}>
            <legend className="fieldset__legend">
              <span className="caption" id={`${id}-caption`}>
                Question {number} of {total}
              </span>
              <PageHeading
                title={`${error ? 'Error: ' : ''}${questionTitle(number, total)}`}
                className="fieldset__heading"
              >
                {question.prompt}
              </PageHeading>
            </legend>
            {/* The caption already says where the person is; the bar is for the eye. */}
            <progress className="progress" max={total} value={number} aria-hidden="true" />
            <p className="hint" id={hintId}>
              {question.kind === 'statement' ? 'How much do you agree?' : 'Choose the one closest to you.'}
            </p>
            {error && (
              <p className="error-message" id={errorId}>
                <span className="visually-hidden">Error:</span> {ERROR}
              </p>
            )}
            <div className="radios">
              {question.options.map((option) => (
                <div className="radios__item" key={option.id}>
                  <input
                    className="radios__input"
                    id={`${id}-${option.id}`}
                    type="radio"
                    name="answer"
                    value={option.id}
                    checked={selected === option.id}
                    onChange={() => setChosen(option.id)}
                  />
                  <label className="radios__label" htmlFor={`${id}-${option.id}`}>
                    {option.label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="button">
          Continue
        </button>
      </form>
      <div className="shortcuts">
        <input
          id={`${id}-shortcuts`}
          type="checkbox"
          className="shortcuts__input"
          checked={shortcuts}
          onChange={(e) => setShortcuts(e.target.checked)}
        />
        <label htmlFor={`${id}-shortcuts`}>
          Keyboard shortcuts: press 1 to {question.options.length} to choose an answer and Enter to continue
        </label>
      </div>
    </div>
  );
}
