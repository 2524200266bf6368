// The picture of a result that "Save as image" draws: 1200 x 630 (the size social sites and chat
// apps show), laid out here as a list of rectangles and texts so the layout is tested without a
// canvas; save-image.tsx paints the list. Always light, whatever the page's theme: it is a picture
// to keep and send.
import { ROLE } from '../words/roles.ts';

export const IMAGE = { width: 1200, height: 630 } as const;

const MARGIN = 60;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
export const COLOURS = {
  background: '#ffffff',
  header: '#1d4f91',
  headerText: '#ffffff',
  text: '#16191c',
  muted: '#4f565d',
  track: '#eef1f3',
  em: '#1a4f9c',
  le: '#c24f00',
  line: '#16191c',
} as const;

export interface ImageArea {
  readonly name: string;
  readonly em: string;
  readonly le: string;
  /** -100 (Lead Engineer) to +100 (Engineering Manager). */
  readonly score: number;
}

export interface ImageData {
  readonly siteName: string;
  readonly headline: string;
  /** "62% Engineering Manager, likely 55 to 69". */
  readonly splitText: string;
  readonly emPercent: number;
  readonly range: { readonly low: number; readonly high: number };
  readonly areas: readonly ImageArea[];
  /** The attempt's date as the reader writes it, or null for a shared result (it has none). */
  readonly date: string | null;
}

export type ImageOp =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly fill: string;
    }
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly font: string;
      readonly fill: string;
      readonly align: 'left' | 'right' | 'center';
      /** The widest it may be: the text was fitted to it with `measure`. */
      readonly maxWidth: number;
    };

/** How wide a text is in a font: the canvas's measureText in the browser, an estimate in tests. */
export type Measure = (text: string, font: string) => number;

const font = (size: number, weight: 400 | 700 = 400) => `${weight} ${size}px ${FONT}`;

/** Words on lines no wider than `width`, at most `max` lines; a cut last line ends in an ellipsis. */
export function wrapText(text: string, width: number, measure: Measure, f: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line === '' ? word : `${line} ${word}`;
    if (measure(tried, f) <= width || line === '') line = tried;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= max) return lines.map((l) => fit(l, width, measure, f));
  const kept = lines.slice(0, max);
  kept[max - 1] = fit(`${kept[max - 1] ?? ''} ${lines.slice(max).join(' ')}`, width, measure, f, true);
  return kept;
}

/** The text, cut with an ellipsis if it is wider than `width` (or always marked as cut). */
export function fit(text: string, width: number, measure: Measure, f: string, cut = false): string {
  if (!cut && measure(text, f) <= width) return text;
  let kept = text;
  while (kept.length > 0 && measure(`${kept}…`, f) > width) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}…`;
}

/** The picture: a header with the site's name and the date, the headline, the split with its range, the areas. */
export function resultImage(data: ImageData, measure: Measure): ImageOp[] {
  const ops: ImageOp[] = [];
  const inner = IMAGE.width - 2 * MARGIN;
  const rect = (x: number, y: number, width: number, height: number, fill: string) =>
    ops.push({ kind: 'rect', x, y, width, height, fill });
  const text = (
    x: number,
    y: number,
    t: string,
    f: string,
    fill: string,
    maxWidth: number,
    align: 'left' | 'right' | 'center' = 'left',
  ) => ops.push({ kind: 'text', x, y, text: fit(t, maxWidth, measure, f), font: f, fill, align, maxWidth });

  rect(0, 0, IMAGE.width, IMAGE.height, COLOURS.background);
  rect(0, 0, IMAGE.width, 84, COLOURS.header);
  const dateText = data.date ?? 'Shared result';
  const dateFont = font(26);
  const dateWidth = Math.min(measure(dateText, dateFont), inner / 2);
  text(MARGIN, 54, data.siteName, font(30, 700), COLOURS.headerText, inner - dateWidth - 40);
  text(IMAGE.width - MARGIN, 54, dateText, dateFont, COLOURS.headerText, inner / 2, 'right');

  // The headline, on one line or two.
  const headlineFont = font(50, 700);
  const headline = wrapText(data.headline, inner, measure, headlineFont, 2);
  let y = 84 + 72;
  for (const line of headline) {
    text(MARGIN, y, line, headlineFont, COLOURS.text, inner);
    y += 60;
  }

  // The split, then the bar with the range marked above it.
  text(MARGIN, y + 4, data.splitText, font(30), COLOURS.text, inner);
  const barY = y + 44;
  const barHeight = 26;
  const share = Math.min(100, Math.max(0, data.emPercent));
  const emWidth = (inner * share) / 100;
  rect(MARGIN, barY, emWidth, barHeight, COLOURS.em);
  rect(MARGIN + emWidth, barY, inner - emWidth, barHeight, COLOURS.le);
  const low = MARGIN + (inner * Math.max(0, data.range.low)) / 100;
  const high = MARGIN + (inner * Math.min(100, data.range.high)) / 100;
  rect(low, barY - 12, Math.max(3, high - low), 4, COLOURS.line);
  rect(low, barY - 12, 3, 12, COLOURS.line);
  rect(Math.max(low, high - 3), barY - 12, 3, 12, COLOURS.line);
  text(MARGIN, barY + barHeight + 28, ROLE.em, font(22), COLOURS.em, inner / 2);
  text(IMAGE.width - MARGIN, barY + barHeight + 28, ROLE.le, font(22), COLOURS.le, inner / 2, 'right');

  // The areas, as bars from the middle: Engineering Manager to the left, Lead Engineer to the right.
  const top = barY + barHeight + 60;
  const bottom = IMAGE.height - 24;
  const rowHeight = data.areas.length === 0 ? 0 : Math.min(40, (bottom - top) / data.areas.length);
  const labelWidth = 440;
  const trackX = MARGIN + labelWidth + 20;
  const trackWidth = IMAGE.width - MARGIN - trackX;
  const middle = trackX + trackWidth / 2;
  const areaFont = font(Math.max(14, Math.min(22, Math.floor(rowHeight * 0.55))));
  data.areas.forEach((area, i) => {
    const rowY = top + i * rowHeight;
    const barH = Math.max(6, Math.round(rowHeight * 0.45));
    const barTop = rowY + (rowHeight - barH) / 2;
    text(MARGIN, barTop + barH / 2 + 7, area.name, areaFont, COLOURS.text, labelWidth);
    rect(trackX, barTop, trackWidth, barH, COLOURS.track);
    const length = ((Math.min(100, Math.abs(area.score)) / 100) * trackWidth) / 2;
    if (area.score > 0) rect(middle - length, barTop, length, barH, COLOURS.em);
    else if (area.score < 0) rect(middle, barTop, length, barH, COLOURS.le);
    rect(middle - 1, barTop - 3, 2, barH + 6, COLOURS.line);
  });
  return ops;
}

/** A file name with the attempt's date (in the reader's time zone), or one for a shared result. */
export function imageFileName(finishedAt: string | null): string {
  if (finishedAt === null) return 'career-quiz-shared-result.png';
  const d = new Date(finishedAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `career-quiz-result-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.png`;
}

/** Alt text for the picture, for the person to paste where they post it. */
export function imageAltText(data: ImageData): string {
  const areas = data.areas
    .map((a) => {
      const s = Math.round(a.score);
      return `${a.name}, ${s === 0 ? 'even' : `${Math.abs(s)} of 100 toward ${s > 0 ? a.em : a.le}`}`;
    })
    .join('; ');
  const when = data.date === null ? 'a shared result' : data.date;
  return `${data.siteName} quiz result (${when}): ${data.headline}. ${data.splitText}.${areas ? ` By area: ${areas}.` : ''}`;
}
