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

/**
 * The deal-breaker answers with every third answer of each other area turned to the opposite end of
 * its scale: still a lean toward the deal-breaker's role, now contradictory enough to be flagged too.
 */
export function dealBreakerAndInconsistentAnswers(): Record<string, string> {
  const rule = realBank.dealBreakers?.[0];
  const answers = dealBreakerAnswers();
  const seen = new Map<string, number>();
  for (const q of realBank.questions) {
    const area = Object.keys(q.options.find((o) => Object.keys(o.weights).length > 0)?.weights ?? {})[0] ?? '';
    if (area === rule?.dimension) continue;
    const n = (seen.get(area) ?? 0) + 1;
    seen.set(area, n);
    const [first, last] = [q.options[0]?.id, q.options.at(-1)?.id];
    if (n % 3 === 0 && first && last) answers[q.id] = answers[q.id] === first ? last : first;
  }
  return answers;
}
