// @vitest-environment node
// The layout of "Save as image", checked without a canvas: a measurer that estimates text width
// stands in for the browser's measureText.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  IMAGE,
  fit,
  imageAltText,
  imageFileName,
  resultImage,
  wrapText,
  type ImageData,
  type ImageOp,
  type Measure,
} from '../../src/components/result-image.ts';
import { headlineWords, splitText } from '../../src/words/result-words.ts';
import { scoreAttempt } from '../../src/engine/score.ts';
import { extreme, fullAnswersArb, realBank } from '../support/banks.ts';

/** About as wide as a sans-serif face: 0.55 of the font size per character. */
const measure: Measure = (text, font) => text.length * 0.55 * Number(/(\d+)px/.exec(font)?.[1] ?? 16);

const dataOf = (answers: Record<string, string>, date: string | null): ImageData => {
  const result = scoreAttempt(realBank, answers);
  return {
    siteName: 'EM or Lead Engineer?',
    headline: headlineWords(result, 'you').text,
    splitText: splitText(result, true),
    emPercent: result.emPercent,
    range: result.range,
    areas: result.dimensions,
    date,
  };
};
const texts = (ops: readonly ImageOp[]) => ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));
const rects = (ops: readonly ImageOp[], fill: string) =>
  ops.flatMap((op) => (op.kind === 'rect' && op.fill === fill ? [op] : []));

/** Where a text op's ink reaches, left to right, from its anchor and alignment. */
const span = (op: Extract<ImageOp, { kind: 'text' }>): readonly [number, number] => {
  const w = measure(op.text, op.font);
  return op.align === 'left'
    ? [op.x, op.x + w]
    : op.align === 'right'
      ? [op.x - w, op.x]
      : [op.x - w / 2, op.x + w / 2];
};

describe('the saved image', () => {
  it('says the site, the headline, the split with its range and the date', () => {
    const data = dataOf(extreme(realBank, 1), '1 December 2026');
    const all = texts(resultImage(data, measure));
    expect(all).toContain('EM or Lead Engineer?');
    expect(all).toContain('1 December 2026');
    expect(all.join(' ')).toContain(data.headline);
    expect(all).toContain(data.splitText);
    expect(data.splitText).toMatch(/^\d+% (Engineering Manager|Lead Engineer), likely \d+ to \d+$/);
  });

  it('says "Shared result" where a shared result has no date', () => {
    expect(texts(resultImage(dataOf(extreme(realBank, -1), null), measure))).toContain('Shared result');
  });

  it('draws the split to scale, the range above it, and one bar per area toward its side', () => {
    const data = dataOf(extreme(realBank, 1), 'today');
    const ops = resultImage(data, measure);
    const [emBar] = rects(ops, '#1a4f9c');
    const [leBar] = rects(ops, '#c24f00');
    expect(emBar && leBar).toBeTruthy();
    if (!emBar || !leBar) return;
    expect(emBar.width / (emBar.width + leBar.width)).toBeCloseTo(data.emPercent / 100, 5);
    // The range marker spans low to high on the same scale.
    const marker = rects(ops, '#16191c').find((r) => r.y < emBar.y && r.height === 4);
    expect(marker?.x).toBeCloseTo(emBar.x + ((emBar.width + leBar.width) * data.range.low) / 100, 5);
    expect((marker?.x ?? 0) + (marker?.width ?? 0)).toBeCloseTo(
      emBar.x + ((emBar.width + leBar.width) * data.range.high) / 100,
      5,
    );
    // Every area leans Engineering Manager here: a blue bar each, ending at the middle.
    const areaBars = rects(ops, '#1a4f9c').slice(1);
    expect(areaBars).toHaveLength(data.areas.length);
    const ends = new Set(areaBars.map((r) => Math.round(r.x + r.width)));
    expect(ends.size).toBe(1);
    for (const area of data.areas) expect(texts(ops)).toContain(area.name);
  });

  it('keeps everything inside 1200 x 630, whatever the answers and however long the date', () => {
    fc.assert(
      fc.property(fullAnswersArb(realBank), fc.option(fc.string({ minLength: 1, maxLength: 80 })), (answers, date) => {
        const ops = resultImage(dataOf(answers, date), measure);
        for (const op of ops) {
          if (op.kind === 'rect') {
            expect(op.x).toBeGreaterThanOrEqual(0);
            expect(op.y).toBeGreaterThanOrEqual(0);
            expect(op.x + op.width).toBeLessThanOrEqual(IMAGE.width + 1e-9);
            expect(op.y + op.height).toBeLessThanOrEqual(IMAGE.height + 1e-9);
          } else {
            const [from, to] = span(op);
            expect(from).toBeGreaterThanOrEqual(0);
            expect(to).toBeLessThanOrEqual(IMAGE.width);
            expect(measure(op.text, op.font)).toBeLessThanOrEqual(op.maxWidth + 1e-9);
            expect(op.y).toBeLessThanOrEqual(IMAGE.height);
          }
        }
        // The site's name and the date never overlap in the header.
        const [site, when] = ops.filter((op) => op.kind === 'text').slice(0, 2);
        if (site?.kind === 'text' && when?.kind === 'text') expect(span(site)[1]).toBeLessThan(span(when)[0]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fitting text', () => {
  it('wraps on words, and cuts a text too long for the lines with an ellipsis', () => {
    const m: Measure = (t) => t.length;
    expect(wrapText('a strong lean toward it', 12, m, '', 2)).toEqual(['a strong', 'lean toward…']);
    expect(wrapText('a strong lean toward it', 12, m, '', 3)).toEqual(['a strong', 'lean toward', 'it']);
    expect(wrapText('one two', 12, m, '', 2)).toEqual(['one two']);
    expect(fit('abcdefgh', 5, m, '')).toBe('abcd…');
    expect(fit('abc', 5, m, '')).toBe('abc');
  });
});

describe('the file name and the alt text', () => {
  it('names the file by the attempt’s date, or as a shared result', () => {
    expect(imageFileName(new Date(2026, 11, 1, 23, 30).toISOString())).toBe('career-quiz-result-2026-12-01.png');
    expect(imageFileName(null)).toBe('career-quiz-shared-result.png');
  });

  it('suggests alt text that says what the picture shows', () => {
    const data = dataOf(extreme(realBank, -1), '1 December 2026');
    const alt = imageAltText(data);
    expect(alt).toContain(data.headline);
    expect(alt).toContain(data.splitText);
    expect(alt).toContain('1 December 2026');
    for (const area of data.areas) expect(alt).toContain(`${area.name}, `);
    expect(imageAltText({ ...data, date: null })).toContain('a shared result');
  });
});
