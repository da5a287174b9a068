/**
 * The embed page's entry: one section of the story, sized for its host (see
 * modes/Embed.svelte). ?lang= naming the other edition moves the frame there.
 */
import { mount } from 'svelte';
import { askedEdition, isEdition } from './lib/editions.ts';
import Embed from './modes/Embed.svelte';
import './styles/base.css';

const lang = document.documentElement.lang;
const elsewhere = askedEdition(location.href, isEdition(lang) ? lang : 'en');
if (elsewhere) location.replace(elsewhere);
else mount(Embed, { target: document.getElementById('embed')! });
