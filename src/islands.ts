/**
 * The story page's islands: the parts that need script. The build prerenders
 * each one apart (src/entry-server.ts) and the page hydrates each only when the
 * reader comes near it (src/main.ts), so the first screen needs no script at all.
 */
import type { Component } from 'svelte';

export interface Island<P extends Record<string, unknown> = Record<string, unknown>> {
  load: () => Promise<{ default: Component<P> }>;
  props: P;
}

function island<P extends Record<string, unknown>>(
  load: () => Promise<{ default: Component<P> }>,
  props: P,
): Island<P> {
  return { load, props };
}

export const ISLANDS = {
  'hero-embed': island(() => import('./story/EmbedSnippet.svelte'), { section: 'hero' as const }),
  story: island(() => import('./story/Story.svelte'), {}),
  explore: island(() => import('./story/Explore.svelte'), {}),
  recognized: island(() => import('./story/Recognized.svelte'), {}),
};

export type IslandName = keyof typeof ISLANDS;

export function islandNamed(name: string): Island | undefined {
  return Object.hasOwn(ISLANDS, name) ? (ISLANDS[name as IslandName] as Island) : undefined;
}
