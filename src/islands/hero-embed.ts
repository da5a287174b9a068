/** The hero-embed island: its component and what waking it needs (./wake.ts). */
export { default } from '../story/EmbedSnippet.svelte';
export * from './wake.ts';
