/** The embed page's entry: one section of the story, sized for its host (see modes/Embed.svelte). */
import { mount } from 'svelte';
import Embed from './modes/Embed.svelte';
import './styles/base.css';

mount(Embed, { target: document.getElementById('embed')! });
