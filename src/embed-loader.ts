/**
 * /embed.js, for partner sites: turns each `<div data-alliance-story="map">`
 * (or timeline, recognitions, hero; optional data-step) into a lazy iframe of
 * that section, and sizes each iframe from the height messages of that
 * iframe's own window, from the story's origin, and no other. It defines no
 * global and may be included twice: a placeholder is only ever filled once.
 */
import { isSection, parseEmbedSize } from './lib/embed-protocol.ts';

const TITLES: Record<string, string> = {
  timeline: 'Alliance College-Ready Public Schools: twenty years on a timeline',
  map: 'Alliance College-Ready Public Schools: campus map',
  recognitions: 'Alliance College-Ready Public Schools: recognitions',
  hero: 'Alliance College-Ready Public Schools at 20: the figures',
};

const script = document.currentScript as HTMLScriptElement | null;
const origin = new URL(script?.src || location.href).origin;
const frames: HTMLIFrameElement[] = [];

for (const placeholder of document.querySelectorAll<HTMLElement>('[data-alliance-story]')) {
  const section = placeholder.dataset.allianceStory;
  if (!isSection(section) || placeholder.querySelector('iframe')) continue;
  const url = new URL('/embed.html', origin);
  url.searchParams.set('section', section);
  url.searchParams.set('pym', `alliance-${section}-${frames.length}`);
  for (const key of ['step', 'lang'] as const) {
    const value = placeholder.dataset[key];
    if (value && /^[a-z0-9-]{1,64}$/.test(value)) url.searchParams.set(key, value);
  }
  const iframe = document.createElement('iframe');
  iframe.src = url.href;
  iframe.title = placeholder.dataset.title || TITLES[section]!;
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
