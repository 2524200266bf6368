// A Markdown summary of a result to bring to a one-to-one: every section of the results page in
// full, in the page's own words, with the article passages quoted and credited.
import type { Explanation, Quote } from '../engine/explain.ts';
import { ROLE } from './roles.ts';
import type { ResultWords } from './result-words.ts';
import { pointsText } from './text.ts';
import type { Result } from '../engine/score.ts';

interface Page {
  readonly result: Result;
  readonly explanation: Explanation;
  readonly words: ResultWords;
}

export function summaryMarkdown({ result, explanation: x, words: w }: Page, articleUrl: string): string {
  const lines: string[] = [];
  const quote = (q: Quote, indent = '') =>
    lines.push(`${indent}> ${q.text}`, `${indent}> — ${q.heading}, [${x.articleTitle}](${articleUrl}#${q.itemId})`, '');
  const heading = (text: string) => lines.push(`## ${text}`, '');
  const theirs = w.person === 'you' ? 'my' : 'their';

  lines.push(`# ${w.headline.text}`, '', `**${w.split}** (${w.otherShare}). ${w.headline.detail}`, '');
  if (w.crossing) lines.push(w.crossing, '');
  if (w.earlierVersion)
    lines.push('_Made with an earlier version of the quiz: shown without the likely range and the warnings._', '');
  for (const warning of w.warnings) lines.push(`**Warning:** ${warning.line}`, '');
  lines.push(w.why, '');
  if (w.opinions) lines.push(w.opinions, '');

  heading(`What moved ${theirs} result most`);
  if (x.reasons.length === 0) lines.push('No answer pulled either way: every answer was neutral.', '');
  for (const [i, r] of x.reasons.entries()) {
    lines.push(`${i + 1}. **${r.prompt}** “${r.answer}”: toward ${ROLE[r.pole]} by ${pointsText(r.points)}.`, '');
    for (const q of r.quotes) quote(q, '   ');
  }

  heading('The areas where the roles differ');
  for (const d of result.dimensions) {
    const s = Math.round(d.score);
    lines.push(`- ${d.em} vs ${d.le}: ${s === 0 ? 'even' : `${Math.abs(s)} of 100 toward ${s > 0 ? d.em : d.le}`}`);
  }
  lines.push('');
  if (w.mixed.length > 0) lines.push(`Answers pulled hard both ways in: ${w.mixed.join('; ')}.`, '');

  if (w.warnings.length > 0) {
    heading(w.warnings.length === 1 ? 'Warning' : 'Warnings');
    for (const warning of w.warnings) {
      lines.push(`**${warning.title}.** ${warning.body}`, '');
      for (const q of warning.quotes) quote(q);
    }
  }

  heading('What would change it');
  if (x.flip && w.flip) {
    lines.push(w.flip, '');
    for (const step of x.flip.steps) lines.push(`- ${step.prompt} “${step.from}” → “${step.to}”`);
    lines.push('');
  } else lines.push('No change of answers moves this result into another band.', '');

  heading('Next steps');
  for (const step of w.nextSteps) lines.push(`- ${step}`);
  lines.push('');

  heading('More from the article');
  const group = (title: string, quotes: readonly Quote[]) => {
    if (quotes.length === 0) return;
    lines.push(`### ${title}`, '');
    for (const q of quotes) quote(q);
  };
  group('Situations', x.scenarios);
  group('What the path offers', x.advantages);
  group('Drawbacks to weigh', x.drawbacks);
  group('Where the path leads', x.paths);
  group('Making the move', x.nextSteps);
  group('What both roles share', x.similarities);
  group('Moving between the roles', x.transition);

  lines.push(
    `_From the career-path quiz built on “${x.articleTitle}”. A tool for reflection, not for hiring or performance decisions._`,
    '',
  );
  return lines.join('\n');
}
