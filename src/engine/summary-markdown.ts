// A Markdown summary of a result to bring to a one-to-one: the split, the main reasons and the
// article passages behind them, quoted and credited.
import type { Explanation } from './explain.ts';
import { ROLE } from './explain.ts';

export function summaryMarkdown(explanation: Explanation, articleUrl: string): string {
  const title = explanation.articleTitle;
  const lines = [
    `# ${explanation.headline}`,
    '',
    `**${explanation.emPercent}% Engineering Manager, ${explanation.lePercent}% Lead Engineer.** ${explanation.strength}`,
    '',
    '## What moved the result most',
    '',
  ];
  for (const reason of explanation.reasons) {
    lines.push(`- **${reason.prompt}** I answered “${reason.answer}” (toward ${ROLE[reason.pole]}).`);
    for (const q of reason.quotes)
      lines.push(`  > ${q.text}`, `  > — ${q.heading}, [${title}](${articleUrl}#${q.itemId})`);
  }
  if (explanation.flip) {
    lines.push('', '## What would change it', '');
    for (const step of explanation.flip.steps) lines.push(`- ${step.prompt} “${step.from}” → “${step.to}”`);
  }
  if (explanation.tensions.length > 0) {
    lines.push('', '## Where my answers pulled both ways', '');
    for (const t of explanation.tensions) lines.push(`- ${t.name}`);
  }
  lines.push(
    '',
    `_From the career-path quiz built on “${title}”. A tool for reflection, not for hiring or performance decisions._`,
    '',
  );
  return lines.join('\n');
}
