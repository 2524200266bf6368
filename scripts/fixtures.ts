// `npm run fixtures`: writes tests/fixtures/prepared-figures.json, the figures bank preparation
// gives for every shipped bank, which tests/engine/prepare.test.ts holds the code to bit for bit.
// Run it after a deliberate change to the answer model or a new bank, and read the diff: a speed-up
// of preparation must leave it unchanged.
import { writeFileSync } from 'node:fs';
import { BANK_FILES, figuresOf } from '../tests/support/prepared-figures.ts';

const FILE = 'tests/fixtures/prepared-figures.json';
const figures = Object.fromEntries(BANK_FILES.map((file) => [file, figuresOf(file)]));
writeFileSync(
  FILE,
  `${JSON.stringify({ note: 'Written by `npm run fixtures` (scripts/fixtures.ts): what prepareBank gives for each shipped bank: the retake spread, and per question [levelNoise, pointsNoise, per option [level, retakeVariance, points]].', ...figures })}\n`,
);
console.log(`${FILE}: ${BANK_FILES.join(', ')}`);
