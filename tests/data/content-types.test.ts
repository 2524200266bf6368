// @vitest-environment node
// The app reads the content files as the types their schemas give them, without parsing them in
// the browser (src/store/content.ts). That holds because the build validates each file and because
// a parse returns each file exactly as it is: nothing transformed, nothing filled in.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, BankSchema, ResultPicksSchema } from '../../src/engine/bank-schema.ts';
import { loadContent } from '../../scripts/content.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('the content files the app reads without parsing', () => {
  it('pass the validation the build runs, every rule beyond the schemas included', () => {
    const content = loadContent();
    expect(content.ok ? [] : content.errors).toEqual([]);
  });

  it.each([
    ['data/questions.json', BankSchema],
    ['data/questions-v1.json', BankSchema],
    ['data/article.json', ArticleSchema],
    ['data/results.json', ResultPicksSchema],
  ] as const)('%s parses to exactly what the file holds', (file, schema) => {
    const json = read(file);
    expect(v.parse(schema, json)).toStrictEqual(json);
  });

  it('would show a schema that changed a value (the check above can fail)', () => {
    const Defaulted = v.object({ title: v.optional(v.string(), 'untitled') });
    const json = {};
    expect(v.parse(Defaulted, json)).not.toStrictEqual(json);
  });
});
