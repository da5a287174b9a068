/** The story island: its component and what waking it needs (./wake.ts). */
export { default } from '../story/Story.svelte';
export * from './wake.ts';
