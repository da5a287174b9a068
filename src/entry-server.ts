/** Server entry for the prerender (scripts/build.js): the story page as HTML. */
import { render } from 'svelte/server';
import App from './App.svelte';

export function renderPage(): { head: string; body: string } {
  return render(App);
}
