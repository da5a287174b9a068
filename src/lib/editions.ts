/**
 * The story's editions and where each lives: English at /, Spanish at /es/.
 * A page moves to the other edition at the same page, mode and place (the
 * hash), from ?lang= or from the language switch.
 */
export const EDITIONS = { en: '/', es: '/es/' } as const;
export type Edition = keyof typeof EDITIONS;

export function isEdition(value: unknown): value is Edition {
  return typeof value === 'string' && Object.hasOwn(EDITIONS, value);
}

/** The same page, query (less ?lang) and hash in edition `to`, from a page of edition `from`. */
export function editionUrl(href: string, from: Edition, to: Edition): string {
  const url = new URL(href);
  url.searchParams.delete('lang');
  const root = EDITIONS[from];
  const page = url.pathname.startsWith(root) ? url.pathname.slice(root.length) : '';
  url.pathname = EDITIONS[to] + page;
  return url.href;
}

/** Where ?lang= asks to go, when it names an edition other than this page's; otherwise null. */
export function askedEdition(href: string, current: Edition): string | null {
  const asked = new URL(href).searchParams.get('lang');
  return isEdition(asked) && asked !== current ? editionUrl(href, current, asked) : null;
}
