/**
 * What hydrating an island needs besides its component. Each island's module
 * re-exports it, so the browser fetches and runs all of it as one module
 * graph, in the task that hydrates: imported apart, Svelte's runtime ran in a
 * task of its own (15–30 ms at 4× CPU slowdown), one more slow frame of the
 * reader's first scroll.
 */
export { hydrate, mount } from 'svelte';
export { selection } from '../story/selection.svelte.ts';
