// Runtime schemas for what the stores read back from localStorage (untrusted: another version of
// the app, another tab, a person editing it by hand). Parsing keeps every part that is valid.
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(48));

export const AnswersSchema = v.record(Id, Id);
export type StoredAnswers = v.InferOutput<typeof AnswersSchema>;

/** The valid answer pairs of an unknown value, and whether anything had to be dropped. */
export function readAnswers(input: unknown): { answers: StoredAnswers; dropped: boolean } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { answers: {}, dropped: input !== undefined };
  }
  const answers: Record<string, string> = {};
  let dropped = false;
  for (const [key, value] of Object.entries(input)) {
    if (v.is(Id, key) && v.is(Id, value)) answers[key] = value;
    else dropped = true;
  }
  return { answers, dropped };
}

export const AttemptSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]{6,16}$/)),
  finishedAt: v.pipe(v.string(), v.isoTimestamp()),
  bankVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  answers: AnswersSchema,
});
export type Attempt = v.InferOutput<typeof AttemptSchema>;

export const BankVersionSchema = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1)));
