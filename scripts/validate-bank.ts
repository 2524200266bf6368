// `npm run validate`: checks data/article.json and data/questions.json; exits 1 with the place and
// reason of every problem. Also run by the build (through the Vite plugin) and by `npm test`.
import { loadContent } from './content.ts';

const result = loadContent();
if (!result.ok) {
  for (const e of result.errors) console.error(e);
  process.exit(1);
}
console.log(
  `data/questions.json: ${result.bank.questions.length} questions, ${result.bank.dimensions.length} dimensions, valid`,
);
