// Answer sets for the results page tests, read from the real bank (never by question id or count).
import { extreme, realBank } from './banks.ts';

/** Leans hard toward the first deal-breaker's role while strongly rejecting that role's statements in its area. */
export function dealBreakerAnswers(): Record<string, string> {
  const rule = realBank.dealBreakers?.[0];
  if (!rule) throw new Error('the bank names no deal-breakers');
  const answers = extreme(realBank, rule.role === 'em' ? 1 : -1);
  for (const q of realBank.questions) {
    if (q.kind !== 'statement') continue;
    const pull = q.options.find((o) => o.id === 'strongly-agree')?.weights[rule.dimension] ?? 0;
    if (rule.role === 'em' ? pull > 0 : pull < 0) answers[q.id] = 'strongly-disagree';
  }
  return answers;
}

/** Every statement answered "Strongly disagree", every scenario with no preference: drawn to neither role. */
export function neitherAnswers(): Record<string, string> {
  return Object.fromEntries(
    realBank.questions.map((q) => {
      const neutral = q.options.find((o) => Object.keys(o.weights).length === 0);
      return [q.id, q.kind === 'statement' ? 'strongly-disagree' : (neutral?.id ?? '')];
    }),
  );
}
