// Runtime schemas for what the stores read back from localStorage (untrusted: another version of
// the app, another tab, a person editing it by hand). Reading keeps every part that is valid.
import * as v from 'valibot';
import { Id } from '../engine/id.ts';

export const AnswersSchema = v.record(Id, Id);
export type StoredAnswers = v.InferOutput<typeof AnswersSchema>;

/** A plain object of unknown fields (an array is a list, not a record of answers). */
export const FieldsSchema = v.pipe(
  v.record(v.string(), v.unknown()),
  v.check((fields) => !Array.isArray(fields)),
);

/** The valid answer pairs of an unknown value, and how many pairs had to be set aside. */
export function salvageAnswers(input: unknown): { answers: StoredAnswers; dropped: number } {
  if (input === undefined) return { answers: {}, dropped: 0 };
  const fields = v.safeParse(FieldsSchema, input);
  if (!fields.success) return { answers: {}, dropped: 1 };
  const answers: Record<string, string> = {};
  let dropped = 0;
  for (const [key, value] of Object.entries(fields.output)) {
    if (v.is(Id, key) && v.is(Id, value)) answers[key] = value;
    else dropped++;
  }
  return { answers, dropped };
}

const attemptFields = {
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]{6,16}$/)),
  finishedAt: v.pipe(v.string(), v.isoTimestamp()),
  bankVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  answers: AnswersSchema,
};

/** An attempt's permanent number: 1 for the first, never given twice until "Clear all". */
export const AttemptNumberSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER));

/** A finished attempt as history version 2 keeps it. */
export const AttemptSchema = v.strictObject({ ...attemptFields, number: AttemptNumberSchema });
export type Attempt = v.InferOutput<typeof AttemptSchema>;

/** A finished attempt as history version 1 kept it: no number (the list numbered by position). */
export const AttemptV1Schema = v.strictObject(attemptFields);
export type AttemptV1 = v.InferOutput<typeof AttemptV1Schema>;

export const BankVersionSchema = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1)));
