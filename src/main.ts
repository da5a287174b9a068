/**
 * Page entry. The story hydrates its prerendered HTML (or mounts fresh under
 * `vite` dev); ?mode=present, ?mode=notes and ?mode=print replace it with the
 * slides, the presenter's view or the printable deck.
 */
import { hydrate, mount, type Component } from 'svelte';
import App from './App.svelte';
import { modeFromSearch } from './lib/slides.ts';
import Deck from './modes/Deck.svelte';
import Notes from './modes/Notes.svelte';
import Present from './modes/Present.svelte';
import './styles/base.css';

const target = document.getElementById('app')!;
const modes: Record<string, Component> = { present: Present, notes: Notes, print: Deck };
const mode = modeFromSearch(location.search);

if (mode === 'story') {
  const start = target.firstElementChild ? hydrate : mount;
  start(App, { target });
} else {
  target.replaceChildren();
  mount(modes[mode]!, { target });
}
