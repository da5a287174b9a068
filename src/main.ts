/** Story page entry: hydrates the prerendered HTML, or mounts fresh under `vite` dev. */
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import './styles/base.css';

const target = document.getElementById('app')!;
const start = target.firstElementChild ? hydrate : mount;
start(App, { target });
