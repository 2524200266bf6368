// Runtime schemas for the two content files in data/. The TypeScript types are inferred from
// them, so the shape is written down exactly once.
import * as v from 'valibot';
import { Id } from './id.ts';

const Text = v.pipe(v.string(), v.nonEmpty('expected some text'));
const Weight = v.pipe(
  v.number('expected a number'),
  v.integer('expected an integer'),
  v.minValue(-9, 'expected a small integer (-9 to 9)'),
  v.maxValue(9, 'expected a small integer (-9 to 9)'),
);

export const OptionSchema = v.strictObject({
  id: Id,
  label: Text,
  weights: v.record(Id, Weight),
});

export const QuestionSchema = v.strictObject({
  id: Id,
  kind: v.picklist(['scenario', 'statement'], 'expected "scenario" or "statement"'),
  prompt: Text,
  cites: v.pipe(v.array(Id), v.minLength(1, 'expected at least one cite')),
  options: v.pipe(v.array(OptionSchema), v.minLength(3, 'expected at least three options')),
});

export const DimensionSchema = v.strictObject({
  id: Id,
  name: Text,
  em: Text,
  le: Text,
  cites: v.array(Id),
});

/**
 * Warn `deal-breaker:<dimension>` when the result leans toward `role` while the person's appeal for
 * `role` within `dimension` (from that role's one-sided statements there) is at "Disagree" or
 * below; `cites` are the drawbacks the warning quotes. Optional in the schema (version 1 has
 * none); the validator requires them from version 2.
 */
export const DealBreakerSchema = v.strictObject({
  dimension: Id,
  role: v.picklist(['em', 'le'], 'expected "em" or "le"'),
  cites: v.pipe(v.array(Id), v.minLength(1, 'expected at least one cite')),
});

export const BankSchema = v.strictObject({
  version: v.pipe(v.number('expected a number'), v.integer('expected an integer'), v.minValue(1)),
  dimensions: v.pipe(v.array(DimensionSchema), v.minLength(1, 'expected at least one dimension')),
  questions: v.pipe(v.array(QuestionSchema), v.minLength(1, 'expected at least one question')),
  dealBreakers: v.optional(v.array(DealBreakerSchema)),
});

export type Bank = v.InferOutput<typeof BankSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type Option = v.InferOutput<typeof OptionSchema>;
export type Dimension = v.InferOutput<typeof DimensionSchema>;
export type DealBreaker = v.InferOutput<typeof DealBreakerSchema>;

const ItemSchema = v.strictObject({ id: Id, text: Text });

const SectionSchema = v.variant('kind', [
  v.strictObject({
    id: Id,
    kind: v.picklist(['prose', 'list']),
    title: v.optional(Text),
    items: v.array(ItemSchema),
  }),
  v.strictObject({
    id: Id,
    kind: v.literal('pairs'),
    title: Text,
    pairs: v.array(v.strictObject({ id: Id, title: Text, em: ItemSchema, le: ItemSchema })),
  }),
  v.strictObject({
    id: Id,
    kind: v.literal('faq'),
    entries: v.array(v.strictObject({ id: Id, question: ItemSchema, answer: ItemSchema })),
  }),
  v.strictObject({
    id: Id,
    kind: v.literal('table'),
    caption: Text,
    columns: v.tuple([Text, Text, Text]),
    rows: v.array(
      v.union([
        v.strictObject({ id: Id, criterion: Text, em: v.array(Text), le: v.array(Text) }),
        v.strictObject({ id: Id, criterion: Text, both: v.array(Text) }),
      ]),
    ),
  }),
]);

export const ArticleSchema = v.strictObject({
  title: Text,
  sections: v.array(SectionSchema),
});

export type Article = v.InferOutput<typeof ArticleSchema>;
export type ArticleSection = Article['sections'][number];
export type ArticleItem = v.InferOutput<typeof ItemSchema>;
