// The attempt in progress: raw answers only, kept in localStorage so a reload, a closed tab or a
// return next week resumes where the person left off.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import * as v from 'valibot';
import type { Bank } from '../engine/bank-schema.ts';
import { notify } from './notices.ts';
import { safeStorage, setAside } from './safe-storage.ts';
import { BankVersionSchema, readAnswers, type StoredAnswers } from './stored.ts';

export const QUIZ_KEY = 'career-quiz:attempt';
export const QUIZ_VERSIONS = { initial: 1 } as const;

export interface QuizData {
  /** The bank version the answers were given against; null before the first answer. */
  readonly bankVersion: number | null;
  readonly answers: StoredAnswers;
  /** Number keys choose an option and Enter continues; a person can switch this off (WCAG 2.1.4). */
  readonly shortcuts: boolean;
}

interface QuizState extends QuizData {
  readonly answer: (bank: Bank, questionId: string, optionId: string) => void;
  /** A fresh attempt, empty or starting from earlier answers ("Change some answers"). */
  readonly start: (answers?: StoredAnswers, bankVersion?: number) => void;
  readonly reconcile: (bank: Bank) => void;
  readonly setShortcuts: (on: boolean) => void;
}

const initial: QuizData = { bankVersion: null, answers: {}, shortcuts: true };

/** Checks a stored payload field by field, keeping whatever is still valid. Never throws. */
export function readQuizData(input: unknown): { data: QuizData; dropped: boolean } {
  if (typeof input !== 'object' || input === null)
    return { data: initial, dropped: input !== undefined && input !== null };
  const record = input as Record<string, unknown>;
  const { answers, dropped } = readAnswers(record.answers);
  const version = v.safeParse(BankVersionSchema, record.bankVersion ?? null);
  const shortcuts = typeof record.shortcuts === 'boolean' ? record.shortcuts : true;
  return {
    data: { bankVersion: version.success ? version.output : null, answers, shortcuts },
    dropped: dropped || !version.success || (record.shortcuts !== undefined && typeof record.shortcuts !== 'boolean'),
  };
}

export const useQuiz = create<QuizState>()(
  persist(
    (set, get) => ({
      ...initial,
      answer: (bank, questionId, optionId) =>
        set((s) => ({ bankVersion: bank.version, answers: { ...s.answers, [questionId]: optionId } })),
      start: (answers = {}, bankVersion) => set({ answers, bankVersion: bankVersion ?? null }),
      setShortcuts: (shortcuts) => set({ shortcuts }),
      reconcile: (bank) => {
        const { bankVersion, answers } = get();
        if (bankVersion === bank.version || Object.keys(answers).length === 0) return;
        const kept = validAnswers(bank, answers);
        set({ bankVersion: bank.version, answers: kept });
        const lost = Object.keys(answers).length - Object.keys(kept).length;
        notify(
          'bank-updated',
          lost > 0
            ? `The questions have changed since you started. ${Object.keys(kept).length} of your answers still apply and are kept; please answer the rest.`
            : 'The questions have changed since you started. All your answers still apply and are kept.',
        );
      },
    }),
    {
      name: QUIZ_KEY,
      version: QUIZ_VERSIONS.initial,
      storage: safeStorage<QuizData>(),
      partialize: ({ bankVersion, answers, shortcuts }): QuizData => ({ bankVersion, answers, shortcuts }),
      // There is only one version so far: hand anything on to `merge`, which checks it field by
      // field. The type is a formality here; `merge` receives it as unknown and trusts nothing.
      migrate: (persisted) => persisted as QuizData,
      merge: (persisted, current) => {
        const { data, dropped } = readQuizData(persisted);
        if (dropped) {
          setAside(QUIZ_KEY, JSON.stringify({ state: persisted }));
          notify('attempt-corrupted', 'Part of your saved attempt could not be read. What could be read is kept.');
        }
        return { ...current, ...data };
      },
    },
  ),
);

/** Whether the stored answer to a question is one of its options (a stale or edited one is not). */
export const isAnswered = (question: Bank['questions'][number], answers: StoredAnswers): boolean =>
  question.options.some((o) => o.id === answers[question.id]);

/** The index (0-based) of the first question without a valid answer, or -1 when all are answered. */
export const firstUnanswered = (bank: Bank, answers: StoredAnswers): number =>
  bank.questions.findIndex((q) => !isAnswered(q, answers));

/** The answers that belong to this bank, in its order. */
export const validAnswers = (bank: Bank, answers: StoredAnswers): StoredAnswers =>
  Object.fromEntries(bank.questions.flatMap((q) => (isAnswered(q, answers) ? [[q.id, answers[q.id] ?? '']] : [])));
