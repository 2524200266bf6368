// The attempt in progress: raw answers only, kept in localStorage so a reload, a closed tab or a
// return next week resumes where the person left off.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import * as v from 'valibot';
import type { Bank } from '../engine/bank-schema.ts';
import { notify } from './notices.ts';
import { keepOnFailure, safeStorage, type Salvaged } from './safe-storage.ts';
import { BankVersionSchema, FieldsSchema, salvageAnswers, type StoredAnswers } from './stored.ts';

export const QUIZ_KEY = 'career-quiz:attempt';
export const QUIZ_VERSIONS = { initial: 1 } as const;

export interface QuizData {
  /** The bank version the answers were given against; null before the first answer. */
  readonly bankVersion: v.InferOutput<typeof BankVersionSchema>;
  readonly answers: StoredAnswers;
  /** Number keys choose an option and Enter continues; a person can switch this off (WCAG 2.1.4). */
  readonly shortcuts: boolean;
}

interface QuizState extends QuizData {
  readonly answer: (bank: Bank, questionId: string, optionId: string) => void;
  /** A fresh attempt, empty or starting from earlier answers ("Change some answers"). */
  readonly start: (answers?: StoredAnswers, bankVersion?: number) => void;
  readonly setShortcuts: (on: boolean) => void;
}

const initial: QuizData = { bankVersion: null, answers: {}, shortcuts: true };

// Missing fields take their first-visit value; a field that is there must be valid.
const StoredBankVersion = v.optional(BankVersionSchema, null);
const StoredShortcuts = v.optional(v.boolean(), true);

/**
 * Reads a stored attempt field by field and answer by answer, keeping whatever is still valid;
 * `dropped` counts the parts left out. Never throws. Every version so far (1) has this shape.
 */
export function readQuizData(input: unknown): Salvaged<QuizData> {
  if (input === undefined || input === null) return { state: initial, dropped: 0 };
  const fields = v.safeParse(FieldsSchema, input);
  if (!fields.success) return { state: initial, dropped: 1 };
  const { answers, dropped } = salvageAnswers(fields.output.answers);
  const bankVersion = v.safeParse(StoredBankVersion, fields.output.bankVersion);
  const shortcuts = v.safeParse(StoredShortcuts, fields.output.shortcuts);
  return {
    state: {
      bankVersion: bankVersion.success ? bankVersion.output : initial.bankVersion,
      answers,
      shortcuts: shortcuts.success ? shortcuts.output : initial.shortcuts,
    },
    dropped: dropped + (bankVersion.success ? 0 : 1) + (shortcuts.success ? 0 : 1),
  };
}

export const useQuiz = create<QuizState>()(
  persist(
    (set) => ({
      ...initial,
      answer: (bank, questionId, optionId) =>
        set((s) => ({ bankVersion: bank.version, answers: { ...s.answers, [questionId]: optionId } })),
      start: (answers = {}, bankVersion) => set({ answers, bankVersion: bankVersion ?? null }),
      setShortcuts: (shortcuts) => set({ shortcuts }),
    }),
    {
      name: QUIZ_KEY,
      version: QUIZ_VERSIONS.initial,
      storage: safeStorage<QuizData>({
        version: QUIZ_VERSIONS.initial,
        read: readQuizData,
        onDropped: () =>
          notify('attempt-corrupted', 'Part of your saved attempt could not be read. What could be read is kept.'),
      }),
      partialize: ({ bankVersion, answers, shortcuts }): QuizData => ({ bankVersion, answers, shortcuts }),
      // The storage hands over a parsed QuizData (zustand's default `merge` lays it over the
      // initial state); this keeps the payload when anything after that fails.
      onRehydrateStorage: keepOnFailure<QuizState>(QUIZ_KEY),
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
