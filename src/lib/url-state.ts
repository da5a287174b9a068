/**
 * What a reader would want to share lives in the URL's query: here, the school
 * they chose. Reading is pure; writing replaces the current entry (no history
 * spam) and keeps the rest of the query and the hash.
 */

const SCHOOL = 'school';

/** The school id named in a query string, if it is one of `known`. */
export function schoolFromSearch(search: string, known: ReadonlySet<string>): string | null {
  const id = new URLSearchParams(search).get(SCHOOL);
  return id !== null && known.has(id) ? id : null;
}

/** The same URL with the school set (or removed when null). */
export function withSchool(href: string, id: string | null): string {
  const url = new URL(href);
  if (id === null) url.searchParams.delete(SCHOOL);
  else url.searchParams.set(SCHOOL, id);
  return url.toString();
}
