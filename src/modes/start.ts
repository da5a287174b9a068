/**
 * What the page entry loads only when it needs Svelte at once: a mode that
 * replaces the story (the slides, the presenter's view, the printable deck),
 * or the story's shell under `vite` dev, where nothing was prerendered.
 */
import { mount, type Component } from 'svelte';
import App from '../App.svelte';

const modes: Record<string, () => Promise<{ default: Component }>> = {
  present: () => import('./Present.svelte'),
  notes: () => import('./Notes.svelte'),
  print: () => import('./Deck.svelte'),
};

export async function startMode(mode: string, target: HTMLElement): Promise<void> {
  const { default: Mode } = await modes[mode]!();
  target.replaceChildren();
  mount(Mode, { target });
}

export function mountShell(target: HTMLElement): void {
  target.replaceChildren();
  mount(App, { target });
}
