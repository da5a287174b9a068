/** The explore island: its component and what waking it needs (./wake.ts). */
export { default } from '../story/Explore.svelte';
export * from './wake.ts';
