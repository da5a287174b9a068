/**
 * /embed.js, for partner sites: turns each `<div data-alliance-story="map">`
 * (or timeline, recognitions, hero; optional data-step) into a lazy iframe of
 * that section, and sizes each iframe from the height messages of that
 * iframe's own window, from the story's origin, and no other. It defines no
 * global and may be included twice: a placeholder is only ever filled once.
 */
import { embed as en } from '../data/copy/en.json';
import { embed as es } from '../data/copy/es.json';
import { isSection, parseEmbedSize } from './lib/embed-protocol.ts';
import { EDITIONS, isEdition } from './lib/editions.ts';

/** Each frame's title, in its edition's language. */
const TITLES = { en: en.frameTitles, es: es.frameTitles };

const script = document.currentScript as HTMLScriptElement | null;
const origin = new URL(script?.src || location.href).origin;
const frames: HTMLIFrameElement[] = [];

for (const placeholder of document.querySelectorAll<HTMLElement>('[data-alliance-story]')) {
  const section = placeholder.dataset.allianceStory;
  if (!isSection(section) || placeholder.querySelector('iframe')) continue;
  const lang = isEdition(placeholder.dataset.lang) ? placeholder.dataset.lang : 'en';
  const url = new URL(`${EDITIONS[lang]}embed.html`, origin);
  url.searchParams.set('section', section);
  url.searchParams.set('pym', `alliance-${section}-${frames.length}`);
  const step = placeholder.dataset.step;
  if (step && /^[a-z0-9-]{1,64}$/.test(step)) url.searchParams.set('step', step);
  const iframe = document.createElement('iframe');
  iframe.src = url.href;
  iframe.title = placeholder.dataset.title || TITLES[lang][section];
  iframe.loading = 'lazy';
  // Its own origin, scripts, and links that open in a new tab; nothing else.
  iframe.setAttribute(
    'sandbox',
    'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
  );
  iframe.setAttribute('scrolling', 'no');
  iframe.style.cssText = 'display:block;width:100%;height:320px;border:0;overflow:hidden';
  placeholder.replaceChildren(iframe);
  frames.push(iframe);
}

if (frames.length > 0) {
  window.addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const frame = frames.find((f) => f.contentWindow === event.source);
    const height = frame ? parseEmbedSize(event.data) : null;
    if (frame && height !== null) frame.style.height = `${height}px`;
  });
}
