// The one route table: each address with the screen that renders it, the content its first render
// reads, what the next step needs, and how the build writes it. The router, the boot's preloading,
// the entry's early fetch and the prerendered pages are all derived from it (src/app/), so adding a
// screen is one entry here plus its folder, src/screens/<screen>/<screen>-screen.tsx.
import { paths } from './paths.ts';

/**
 * Content a first render reads, loaded before it (src/app/boot.tsx): today's `bank`, the `article`,
 * the `quoted` content of a results page (the article and what each outcome quotes), the banks of
 * the `stored` attempts and the bank of the `shared` link in the address, each prepared for scoring.
 */
export type ContentName = 'bank' | 'article' | 'quoted' | 'stored' | 'shared';

interface Entry<Screen extends string> {
  /** The router's pattern. */
  readonly path: string;
  /** A folder of src/screens/, whose `<screen>-screen.tsx` exports the screen as default. */
  readonly screen: Screen;
  /** Everything its first render reads, so it never suspends (hydrating, or over the frame). */
  readonly loads: readonly ContentName[];
  /** A page of the quiz itself: from it, the service worker keeps the whole app on the device. */
  readonly quiz?: true;
  /** What the next step of the journey needs, fetched once the person starts using this page. */
  readonly next?: { readonly screen: Screen; readonly loads: readonly ContentName[] };
  /** Fetched by the entry together with the app, for a page whose content comes after start. */
  readonly early?: readonly ContentName[];
  /**
   * How the build writes it: a page of its own (`file`, with the page's `title`), one page per
   * question of the bank, or only the frame (404.html, which hosts serve for any other address).
   */
  readonly prerender: { readonly file: string; readonly title: string } | 'each-question' | 'frame';
}

const TABLE = [
  { path: paths.intro, screen: 'intro', loads: [], prerender: { file: 'index.html', title: 'A career-path quiz' } },
  {
    path: paths.questionPattern,
    screen: 'question',
    loads: ['bank'],
    quiz: true,
    next: { screen: 'review', loads: [] },
    prerender: 'each-question',
  },
  {
    path: paths.review,
    screen: 'review',
    loads: ['bank'],
    quiz: true,
    next: { screen: 'results', loads: ['quoted'] },
    prerender: { file: 'review.html', title: 'Check your answers' },
  },
  {
    path: paths.results,
    screen: 'results',
    loads: ['bank', 'quoted', 'stored'],
    early: ['quoted'],
    prerender: 'frame',
  },
  {
    path: paths.attemptPattern,
    screen: 'results',
    loads: ['bank', 'quoted', 'stored'],
    early: ['quoted'],
    prerender: 'frame',
  },
  { path: paths.comparePattern, screen: 'compare', loads: ['stored'], early: ['bank'], prerender: 'frame' },
  {
    path: paths.history,
    screen: 'history',
    loads: ['stored'],
    prerender: { file: 'history.html', title: 'Your attempts' },
  },
  // The article loads no bank, so it stays at the first-paint floor.
  {
    path: paths.article,
    screen: 'article',
    loads: ['article'],
    prerender: { file: 'article.html', title: 'The article' },
  },
  {
    path: paths.about,
    screen: 'about',
    loads: ['bank'],
    prerender: { file: 'about.html', title: 'How scoring works' },
  },
  {
    path: paths.shared,
    screen: 'shared',
    loads: ['bank', 'quoted', 'shared'],
    early: ['quoted'],
    prerender: { file: 'shared.html', title: 'A shared result' },
  },
  { path: '*', screen: 'not-found', loads: [], prerender: 'frame' },
] as const satisfies readonly Entry<string>[];

/** The screens the table names: written once, in the table. */
export type ScreenName = (typeof TABLE)[number]['screen'];
export type RouteEntry = Entry<ScreenName>;
/** The table, each `next` checked to name one of its screens. */
export const ROUTES: readonly RouteEntry[] = TABLE;

/** A question page's title, as its prerendered page and the screen both give it. */
export const questionTitle = (n: number, total: number): string => `Question ${n} of ${total}`;

/** Whether a path fits a pattern of the table: `:name` stands for one segment, `*` for anything. */
const fits = (pattern: string, path: string): boolean =>
  pattern === '*' || new RegExp(`^${pattern.replace(/:[^/]+/g, '[^/]+')}/?$`).test(path);

/** The route at a path (from the app's base): the table's first entry that fits, as the router picks. */
export const routeAt = (path: string): RouteEntry | undefined => ROUTES.find((r) => fits(r.path, path));
