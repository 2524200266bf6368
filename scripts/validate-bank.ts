// `npm run validate`: checks data/article.json, data/questions.json and the frozen
// data/questions-v1.json (each bank by the rules of its version); exits 1 with the place and reason
// of every problem. Also run by the build (through the Vite plugin) and by `npm test`.
import { BANK_FILES, loadContent } from './content.ts';

const result = loadContent();
if (!result.ok) {
  for (const e of result.errors) console.error(e);
  process.exit(1);
}
for (const [file, bank] of [
  [BANK_FILES.current, result.bank],
  [BANK_FILES.v1, result.v1],
] as const) {
  console.log(
    `${file}: version ${bank.version}, ${bank.questions.length} questions, ${bank.dimensions.length} dimensions, valid`,
  );
}
