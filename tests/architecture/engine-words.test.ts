// @vitest-environment node
// The engine decides and src/words/ says it: no text a person reads on a page (a sentence, a
// plural, a role's name) is written in src/engine. What may stay there: the messages the bank's
// editors read when the build refuses a bank (the validators and the schemas), and errors thrown
// for programmers.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENGINE = fileURLToPath(new URL('../../src/engine/', import.meta.url));
/** Files whose words are for the bank's editors: what the build prints when it refuses a bank. */
const FOR_EDITORS = /^(validate-.*|bank-schema|id)\.ts$/;

/** Words in running text: two or more words, or a role's name. */
const WORDS = /[A-Za-z]+(,? )+[A-Za-z]+|Engineering Manager|Lead Engineer/;

/** A string's text, with each placeholder of a template read as a word: `${n} points` is "X points". */
const textOf = (node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): string =>
  ts.isTemplateExpression(node)
    ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('X')
    : node.text;

/** Every string or template in `source` that reads as words, except inside `new Error(…)`. */
export function wordsIn(file: string, source: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node, inError: boolean): void => {
    const isError = ts.isNewExpression(node) && node.expression.getText().endsWith('Error');
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (
      !inError &&
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) &&
      WORDS.test(textOf(node))
    )
      found.push(node.getText());
    ts.forEachChild(node, (child) => visit(child, inError || isError));
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true), false);
  return found;
}

describe('src/engine', () => {
  const files = readdirSync(ENGINE).filter((f) => f.endsWith('.ts') && !FOR_EDITORS.test(f));

  it('writes no words a person reads (they live in src/words/)', () => {
    const found = files.flatMap((f) => wordsIn(f, readFileSync(`${ENGINE}${f}`, 'utf8')).map((w) => `${f}: ${w}`));
    expect(found).toEqual([]);
  });

  it('is checked: a sentence, a plural or a role name is found, an error thrown is not', () => {
    expect(wordsIn('x.ts', "const a = 'A lean toward';")).toEqual(["'A lean toward'"]);
    expect(wordsIn('x.ts', 'const b = (n: number) => `${n} points`;')).toEqual(['`${n} points`']);
    expect(wordsIn('x.ts', "const c = { em: 'Engineering Manager' };")).toHaveLength(1);
    expect(wordsIn('x.ts', "const d = 'strong-em';")).toEqual([]);
    expect(wordsIn('x.ts', 'throw new Error(`question ${id} has no options`);')).toEqual([]);
    expect(wordsIn('x.ts', "throw new TooLargeError('the weights are too varied');")).toEqual([]);
  });
});
