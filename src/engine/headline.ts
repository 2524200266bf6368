// What the results page says first: a headline from the band and, for a balanced lean, from each
// role's appeal ("both", "neither" or no clear pull), and words for the range that admit a retake
// landing in another band. Pure functions of a scored result.
import { BANDS, bandOf, poleOf, type Band, type Pole } from './bands.ts';
import type { Appeal } from './appeal.ts';
import type { Range } from './range.ts';

export type HeadlineKind = 'both' | 'neither' | 'no-clear-pull' | 'lean' | 'strong';

export interface Headline {
  readonly kind: HeadlineKind;
  readonly pole: Pole | null;
  readonly text: string;
  /** One sentence on what the headline rests on, or what to look at next. */
  readonly detail: string;
}

/** A balanced lean reads as "both" when each role's appeal is this or more... */
export const BOTH_FROM = 60;
/** ...and as "neither" when each is this or less. */
export const NEITHER_UP_TO = 40;

const ROLE_NAME: Record<Pole, string> = { em: 'Engineering Manager', le: 'Lead Engineer' };

export function headlineOf(result: { readonly band: Band; readonly appeal: Appeal }): Headline {
  const { band, appeal } = result;
  const pole = poleOf(band);
  if (pole) {
    const strong = band === 'strong-em' || band === 'strong-le';
    return {
      kind: strong ? 'strong' : 'lean',
      pole,
      text: `${strong ? 'A strong lean' : 'A lean'} toward ${ROLE_NAME[pole]}`,
      detail: strong
        ? 'Most of your answers pull the same way.'
        : 'A clear but moderate lean: some of your answers pull the other way.',
    };
  }
  if (appeal.em >= BOTH_FROM && appeal.le >= BOTH_FROM) {
    return {
      kind: 'both',
      pole: null,
      text: 'Both paths fit you',
      detail: 'You agreed with what each role offers, and neither side outweighs the other.',
    };
  }
  if (appeal.em <= NEITHER_UP_TO && appeal.le <= NEITHER_UP_TO) {
    return {
      kind: 'neither',
      pole: null,
      text: 'Neither role pulls you much',
      detail:
        'You disagreed with much of what each role offers. Before choosing either, look at what you want to keep and what you want to leave in your work today, and at what the two roles share.',
    };
  }
  return {
    kind: 'no-clear-pull',
    pole: null,
    text: 'No clear pull toward either role',
    detail: 'Your answers pull both ways about equally.',
  };
}

/** The bands a retake within the range can land in, from Lead Engineer to Engineering Manager. */
export function bandsWithin(range: Range): readonly Band[] {
  const from = BANDS.indexOf(bandOf(range.low - 50, 1));
  const to = BANDS.indexOf(bandOf(range.high - 50, 1));
  return BANDS.slice(from, to + 1);
}

const BAND_NAME: Record<Band, string> = {
  'strong-em': 'a strong lean toward Engineering Manager',
  'lean-em': 'a lean toward Engineering Manager',
  balanced: 'balanced',
  'lean-le': 'a lean toward Lead Engineer',
  'strong-le': 'a strong lean toward Lead Engineer',
};

/**
 * The split with its range, from the side the result leans to: "62% Engineering Manager, likely
 * 55 to 69". A balanced result is told from the Engineering Manager side.
 */
export function rangeSentence(result: {
  readonly band: Band;
  readonly emPercent: number;
  readonly range: Range;
}): string {
  const { emPercent, range } = result;
  return poleOf(result.band) === 'le'
    ? `${100 - emPercent}% Lead Engineer, likely ${100 - range.high} to ${100 - range.low}`
    : `${emPercent}% Engineering Manager, likely ${range.low} to ${range.high}`;
}

/** When the range crosses a band boundary, says so: null when every likely retake keeps the band. */
export function crossingNote(result: { readonly band: Band; readonly range: Range }): string | null {
  const others = bandsWithin(result.range).filter((b) => b !== result.band);
  if (others.length === 0) return null;
  const names = others.map((b) => BAND_NAME[b]);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
  return `Your likely range crosses a boundary: a retake could read as ${list}.`;
}
