// The app's actions: flows that touch more than one store or decide a rule, in one place below the
// screens, so they are tested without rendering. Screens call them and render.
import type { Bank } from '../engine/bank-schema.ts';
import { scoreAttempt, type Result } from '../engine/score.ts';
import { decodeShareCode, type ShareError } from '../engine/share-code.ts';
import { useHistory } from './history.ts';
import { notify } from './notices.ts';
import { firstUnanswered, useQuiz, validAnswers } from './quiz.ts';
import type { Attempt } from './stored.ts';

/** Files the attempt in progress with the finished ones and clears it for the next. Only a complete
 * attempt is filed, with only the answers that belong to this bank; null (and nothing changed) otherwise. */
export function finishAttempt(bank: Bank): Attempt | null {
  const { answers, start } = useQuiz.getState();
  if (firstUnanswered(bank, answers) !== -1) return null;
  const attempt = useHistory.getState().add(validAnswers(bank, answers), bank.version);
  start();
  return attempt;
}

/** A new attempt in progress that starts from a finished one's answers that still apply to this bank. */
export function startFromAttempt(bank: Bank, attempt: Attempt): void {
  useQuiz.getState().start(validAnswers(bank, attempt.answers), bank.version);
}

/** Answers given against another version of the bank: keeps the ones that still apply, and says so. */
export function reconcileAnswers(bank: Bank): void {
  const { bankVersion, answers, start } = useQuiz.getState();
  const given = Object.keys(answers).length;
  if (bankVersion === bank.version || given === 0) return;
  const kept = validAnswers(bank, answers);
  const still = Object.keys(kept).length;
  start(kept, bank.version);
  notify(
    'bank-updated',
    still < given
      ? `The questions have changed since you started. ${still} of your answers still apply and are kept; please answer the rest.`
      : 'The questions have changed since you started. All your answers still apply and are kept.',
  );
}

export type SharedProblem = ShareError | 'no-answers';

export type SharedResult =
  | {
      readonly ok: true;
      readonly result: Result;
      /** Taken with another version of the questions: scored from the answers that still apply. */
      readonly outdated: boolean;
    }
  | { readonly ok: false; readonly problem: SharedProblem };

/** A share link's fragment read against this bank: the result to show, or why there is none. */
export function readSharedResult(fragment: string, bank: Bank): SharedResult {
  const decoded = decodeShareCode(fragment);
  if (!decoded.ok) return { ok: false, problem: decoded.error };
  const result = scoreAttempt(bank, decoded.answers);
  const sameBank = decoded.bankVersion === bank.version;
  // A finished attempt answers every question of its bank, so a code for this very bank that lacks
  // answers, or names ones the bank has not, was cut short or edited.
  if (sameBank && (result.ignored.length > 0 || result.answered < result.total))
    return { ok: false, problem: 'malformed' };
  if (result.answered === 0) return { ok: false, problem: 'no-answers' };
  return { ok: true, result, outdated: !sameBank };
}
