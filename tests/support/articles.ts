// A small fixture article, the result picks over it and a bank that cites it, for engine tests
// that must not depend on the real content. Its ids deliberately do not look like the real
// article's: which role a passage speaks for comes from the data, never from an id. And the real
// content, validated, for tests that quote it.
import type { Article, Bank, ResultPicks } from '../../src/engine/bank-schema.ts';
import { validateArticle } from '../../src/engine/validate-bank.ts';
import { validateResultPicks } from '../../src/engine/validate-article.ts';
import articleJson from '../../data/article.json';
import picksJson from '../../data/results.json';

const items = (prefix: string, texts: readonly string[]) =>
  texts.map((text, i) => ({ id: `${prefix}-${i + 1}`, text }));

export const tinyArticle: Article = {
  title: 'Herding or Building: A Short Look',
  sections: [
    { id: 'opening', kind: 'prose', items: items('opening', ['Two ways to lead a team.']) },
    {
      id: 'why-herd',
      kind: 'list',
      title: 'Why herd',
      speaksFor: 'em',
      discriminating: true,
      items: items('why-herd', ['People grow.', 'Plans hold.', 'Budgets balance.']),
    },
    {
      id: 'why-build',
      kind: 'list',
      title: 'Why build',
      speaksFor: 'le',
      discriminating: true,
      items: items('why-build', ['Code ships.', 'Systems scale.', 'Bugs die.']),
    },
    // Named like a Lead Engineer list, marked as speaking for the manager: the mark wins.
    {
      id: 'scenarios-le',
      kind: 'list',
      title: 'Costs of building',
      speaksFor: 'em',
      items: items('scenarios-le', ['Pagers ring at night.']),
    },
    { id: 'shared', kind: 'list', title: 'Both', items: items('shared', ['Both listen.', 'Both learn.']) },
    {
      id: 'duties',
      kind: 'pairs',
      title: 'Duties',
      discriminating: true,
      pairs: [
        {
          id: 'duty-plan',
          title: 'Planning',
          em: { id: 'duty-plan-herd', text: 'Herder: plans the quarter.' },
          le: { id: 'duty-plan-build', text: 'Builder: plans the system.' },
        },
      ],
    },
    {
      id: 'questions',
      kind: 'faq',
      entries: [
        {
          id: 'switch',
          question: { id: 'switch-q', text: 'Can I switch?' },
          answer: { id: 'switch-a', text: 'Yes, both ways.' },
        },
        {
          id: 'pay',
          question: { id: 'pay-q', text: 'Which pays more?' },
          answer: { id: 'pay-a', text: 'It depends on the company.' },
        },
      ],
    },
  ],
};

const common = {
  paths: ['pay-a'],
  nextSteps: ['switch-a'],
  similarities: [{ section: 'shared' }],
  transition: ['switch-q', 'switch-a'],
} satisfies Partial<ResultPicks['em']>;

export const tinyPicks: ResultPicks = {
  em: {
    scenarios: [{ section: 'why-herd' }],
    advantages: [{ section: 'why-herd', first: 2 }],
    drawbacks: [{ section: 'why-build', first: 1 }],
    ...common,
    paths: ['pay-a', 'opening-1'],
  },
  le: {
    scenarios: [{ section: 'why-build' }],
    advantages: [{ section: 'why-build', first: 2 }],
    drawbacks: [{ section: 'why-herd', first: 1 }],
    ...common,
  },
  balanced: {
    scenarios: [
      { section: 'why-herd', first: 1 },
      { section: 'why-build', first: 1 },
    ],
    advantages: ['why-herd-3', 'why-build-3'],
    drawbacks: [{ section: 'scenarios-le' }],
    ...common,
  },
};

const agreeScale = (dim: string, sign: 1 | -1) => [
  { id: 'strongly-agree', label: 'Strongly agree', weights: { [dim]: 2 * sign } },
  { id: 'agree', label: 'Agree', weights: { [dim]: sign } },
  { id: 'not-sure', label: 'Not sure', weights: {} },
  { id: 'disagree', label: 'Disagree', weights: { [dim]: -sign } },
  { id: 'strongly-disagree', label: 'Strongly disagree', weights: { [dim]: -2 * sign } },
];

/** One dimension; a heavy scenario citing both sides of the fixture article, and two statements. */
export const quotingBank: Bank = {
  version: 1,
  dimensions: [{ id: 'lead', name: 'People vs systems', em: 'People', le: 'Systems', cites: [] }],
  questions: [
    {
      id: 'pick',
      kind: 'scenario',
      prompt: 'Herd or build?',
      // Out of order on purpose: the quotes follow the pull, not the order of the cites.
      cites: ['why-build-1', 'shared-1', 'why-herd-1', 'duty-plan-build', 'duty-plan-herd'],
      options: [
        { id: 'herd', label: 'Herd', weights: { lead: 3 } },
        { id: 'either', label: 'Either', weights: {} },
        { id: 'build', label: 'Build', weights: { lead: -3 } },
      ],
    },
    {
      id: 'nights',
      kind: 'statement',
      prompt: 'Night pages would wear me down.',
      cites: ['shared-2', 'scenarios-le-1'],
      options: agreeScale('lead', 1),
    },
    {
      id: 'production',
      kind: 'statement',
      prompt: 'Seeing my code run in production matters most to me.',
      cites: ['why-build-2'],
      options: agreeScale('lead', -1),
    },
  ],
};

/** The real article and result picks, validated as the build validates them. */
export function realContent(): { readonly article: Article; readonly picks: ResultPicks } {
  const article = validateArticle(articleJson);
  if (!article.ok) throw new Error(article.errors.join('\n'));
  const picks = validateResultPicks(picksJson, article.value);
  if (!picks.ok) throw new Error(picks.errors.join('\n'));
  return { article: article.value, picks: picks.value };
}
