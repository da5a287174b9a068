/**
 * The story page's islands: the parts that need script. The build prerenders
 * each one apart (src/entry-server.ts) and the page hydrates each only when the
 * reader comes near it (src/main.ts), so the first screen needs no script at all.
 */
import type { Component } from 'svelte';

/** An island's module: its component, and what waking it needs (src/islands/wake.ts). */
export type IslandModule<P extends Record<string, unknown>> = {
  default: Component<P>;
} & typeof import('./islands/wake.ts');

export interface Island<P extends Record<string, unknown> = Record<string, unknown>> {
  load: () => Promise<IslandModule<P>>;
  props: P;
  /**
   * Whether it must wake while the page is still scrolling: the story's
   * graphic follows the scroll. The others show all they hold before they
   * wake, and wait until the reader is still, or reaches into them.
   */
  followsScroll: boolean;
}

function island<P extends Record<string, unknown>>(
  load: () => Promise<IslandModule<P>>,
  props: P,
  followsScroll = false,
): Island<P> {
  return { load, props, followsScroll };
}

export const ISLANDS = {
  'hero-embed': island(() => import('./islands/hero-embed.ts'), { section: 'hero' as const }),
  story: island(() => import('./islands/story.ts'), {}, true),
  explore: island(() => import('./islands/explore.ts'), {}),
  recognized: island(() => import('./islands/recognized.ts'), {}),
};

export type IslandName = keyof typeof ISLANDS;

export function islandNamed(name: string): Island | undefined {
  return Object.hasOwn(ISLANDS, name) ? (ISLANDS[name as IslandName] as Island) : undefined;
}
