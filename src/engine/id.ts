// The one shape of an id, wherever one is read: the bank's and the article's ids, the answers a
// share code carries and the answers stored in the browser.
import * as v from 'valibot';

export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  v.maxLength(48, 'expected an id of at most 48 characters'),
);
