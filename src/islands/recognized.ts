/** The recognized island: its component and what waking it needs (./wake.ts). */
export { default } from '../story/Recognized.svelte';
export * from './wake.ts';
