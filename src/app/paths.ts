// Every route of the app, written once.
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

/** Prerendered at build time; every other path gets the bare shell. */
export const PRERENDERED = [paths.intro, paths.article] as const;
