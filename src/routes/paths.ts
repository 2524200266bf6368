// Every route of the app, written once, in a layer that components, screens and the app all sit above.
export const paths = {
  intro: '/',
  questionPattern: '/quiz/:n',
  question: (n: number) => `/quiz/${n}`,
  review: '/review',
  results: '/results',
  attemptPattern: '/results/:attemptId',
  attempt: (id: string) => `/results/${id}`,
  comparePattern: '/compare/:a/:b',
  compare: (a: string, b: string) => `/compare/${a}/${b}`,
  history: '/history',
  article: '/article',
  articleItem: (id: string) => `/article#${id}`,
  about: '/about',
  shared: '/shared',
} as const;

/** The router's basename: the build's base without its trailing slash ('' at the root). */
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A full address of a path of this app, as a link to share or paste elsewhere. */
export const absoluteUrl = (path: string): string => `${window.location.origin}${BASENAME}${path}`;
