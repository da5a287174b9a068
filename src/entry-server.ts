/**
 * Server entry for the prerender (scripts/site-build.js): the story page as
 * HTML. The shell leaves an empty place for each island and each island is
 * rendered on its own into its place, so the browser can hydrate one island
 * without the others.
 */
import { render } from 'svelte/server';
import App from './App.svelte';
import { ISLANDS, islandNamed } from './islands.ts';

export async function renderPage(): Promise<{ head: string; body: string }> {
  let { head, body } = render(App);
  for (const name of Object.keys(ISLANDS)) {
    const { load, props } = islandNamed(name)!;
    const island = render((await load()).default, { props });
    const place = `<div data-island="${name}"></div>`;
    if (!body.includes(place)) throw new Error(`The page has no place for the island "${name}"`);
    body = body.replace(place, () => `<div data-island="${name}">${island.body}</div>`);
    head += island.head;
  }
  return { head, body };
}
