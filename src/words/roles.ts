// The roles and the outcome bands as a person reads them: the one place their names are written.
import type { Band, Pole } from '../engine/bands.ts';

export const ROLE: Record<Pole, string> = { em: 'Engineering Manager', le: 'Lead Engineer' };

/** A role after "a"/"an": "an Engineering Manager", "a Lead Engineer". */
export const A_ROLE: Record<Pole, string> = { em: `an ${ROLE.em}`, le: `a ${ROLE.le}` };

export const otherPole = (pole: Pole): Pole => (pole === 'em' ? 'le' : 'em');

/** A band in running text: "a lean toward Engineering Manager", "balanced". */
export const BAND_WORDS: Record<Band, string> = {
  'strong-em': `a strong lean toward ${ROLE.em}`,
  'lean-em': `a lean toward ${ROLE.em}`,
  balanced: 'balanced',
  'lean-le': `a lean toward ${ROLE.le}`,
  'strong-le': `a strong lean toward ${ROLE.le}`,
};

/** A band as a label of its own, in a table or a list of attempts: "Lean toward Lead Engineer". */
export const BAND_LABEL: Record<Band, string> = {
  'strong-em': `Strong lean toward ${ROLE.em}`,
  'lean-em': `Lean toward ${ROLE.em}`,
  balanced: 'Balanced',
  'lean-le': `Lean toward ${ROLE.le}`,
  'strong-le': `Strong lean toward ${ROLE.le}`,
};
