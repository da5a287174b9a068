/**
 * Page entry. The story hydrates its prerendered HTML (or mounts fresh under
 * `vite` dev); ?mode=present, ?mode=notes and ?mode=print replace it with the
 * slides, the presenter's view or the printable deck, each loaded only when asked for.
 */
import { hydrate, mount, type Component } from 'svelte';
import App from './App.svelte';
import { modeFromSearch } from './lib/slides.ts';
import './styles/base.css';

const target = document.getElementById('app')!;
const modes: Record<string, () => Promise<{ default: Component }>> = {
  present: () => import('./modes/Present.svelte'),
  notes: () => import('./modes/Notes.svelte'),
  print: () => import('./modes/Deck.svelte'),
};
const mode = modeFromSearch(location.search);

if (mode === 'story') {
  const start = target.firstElementChild ? hydrate : mount;
  start(App, { target });
} else {
  const { default: Mode } = await modes[mode]!();
  target.replaceChildren();
  mount(Mode, { target });
}
