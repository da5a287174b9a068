/**
 * Page entry. The story's HTML is prerendered; its islands (src/islands.ts)
 * hydrate one by one as the reader nears them, so nothing runs before the
 * first scroll but this file. Under `vite` dev, with no prerender, the shell
 * mounts first and the islands mount into it the same way. ?mode=present,
 * ?mode=notes and ?mode=print replace the story with the slides, the
 * presenter's view or the printable deck.
 */
import { askedEdition, editionUrl, isEdition } from './lib/editions.ts';
import { islandNamed, type IslandModule } from './islands.ts';
import { afterQuiet } from './lib/quiet.ts';
import { modeFromSearch, slideUrl } from './lib/slides.ts';
import './styles/base.css';

const target = document.getElementById('app')!;
const mode = modeFromSearch(location.search);
const edition = isEdition(document.documentElement.lang) ? document.documentElement.lang : 'en';
const elsewhere = askedEdition(location.href, edition);

if (elsewhere) {
  location.replace(elsewhere);
} else if (mode !== 'story') {
  const { startMode } = await import('./modes/start.ts');
  await startMode(mode, target);
} else {
  if (!target.querySelector('[data-island]')) {
    const { mountShell } = await import('./modes/start.ts');
    mountShell(target);
  }
  wakeNear([...target.querySelectorAll<HTMLElement>('[data-island]')]);
  window.addEventListener('keydown', presentKey);
  keepPlaceAcrossEditions(target);
}

/** The language switch opens the other edition at the step being read. */
function keepPlaceAcrossEditions(root: HTMLElement) {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-edition]');
    const to = link?.dataset.edition;
    if (link && isEdition(to)) link.href = editionUrl(location.href, edition, to);
  });
}

/**
 * The story wakes when it comes into view, and once the reader scrolls, its
 * code loads a screen ahead, so it is there by the time they arrive. The
 * other islands show all they hold before they wake: a screen ahead or in
 * view, they load and hydrate as soon as the reader pauses, since loading
 * and hydrating each run long tasks, felt as a stutter mid-scroll. Focus or a
 * pointer reaching into an island wakes it at once. Nothing loads before the
 * first scroll.
 */
function wakeNear(elements: HTMLElement[]) {
  const woken = new Set<HTMLElement>();
  const observers: IntersectionObserver[] = [];
  const followsScroll = (element: HTMLElement) =>
    islandNamed(element.dataset.island ?? '')?.followsScroll ?? false;
  const wake = (element: HTMLElement, ahead: boolean) => {
    if (ahead) {
      if (followsScroll(element)) void loadIsland(element);
      whenPaused(() => wake(element, false));
      return;
    }
    if (woken.has(element)) return;
    woken.add(element);
    for (const observer of observers) observer.unobserve(element);
    void hydrateIsland(element);
  };
  const watch = (rootMargin: string, ahead: (element: HTMLElement) => boolean) => {
    const observer = new IntersectionObserver(
      (entries) =>
        entries
          .filter((e) => e.isIntersecting)
          .forEach((e) => {
            observer.unobserve(e.target);
            wake(e.target as HTMLElement, ahead(e.target as HTMLElement));
          }),
      { rootMargin },
    );
    observers.push(observer);
    for (const element of elements) if (!woken.has(element)) observer.observe(element);
  };
  watch('0px', (element) => !followsScroll(element));
  window.addEventListener('scroll', () => watch('0px 0px 100% 0px', () => true), {
    once: true,
    passive: true,
  });
  for (const element of elements)
    for (const type of ['focusin', 'pointerdown'])
      element.addEventListener(type, () => wake(element, false), { once: true, capture: true });
}

/** How long the page must go without scrolling before an island ahead hydrates, in ms. */
const PAUSE = 200;

/** How long, at most, a paused page waits for the browser to be idle, in ms. */
const IDLE_WAIT = 500;

/**
 * Runs `task` once the reader has not scrolled for a moment and the browser is
 * idle, or soon after in any case: a busy page (a slow phone drawing the land)
 * may not idle for seconds, and the reader has stopped to use what is there.
 */
function whenPaused(task: () => void) {
  const pause = afterQuiet(PAUSE, () => {
    window.removeEventListener('scroll', pause.poke);
    if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: IDLE_WAIT });
    else task();
  });
  window.addEventListener('scroll', pause.poke, { passive: true });
  pause.poke();
}

const loads = new Map<HTMLElement, Promise<IslandModule<Record<string, unknown>> | null>>();

/** An island's code, fetched once however many times it is asked for. */
function loadIsland(element: HTMLElement) {
  let load = loads.get(element);
  if (!load) {
    load = islandNamed(element.dataset.island ?? '')?.load() ?? Promise.resolve(null);
    loads.set(element, load);
  }
  return load;
}

async function hydrateIsland(element: HTMLElement) {
  const { props } = islandNamed(element.dataset.island ?? '') ?? {};
  const code = await loadIsland(element);
  if (!code || !props) return;
  const start = element.firstChild ? code.hydrate : code.mount;
  code.selection.hydrating(() => start(code.default, { target: element, props }));
  element.dataset.ready = '';
}

/** P opens the slides at the step being read; not while typing or choosing in a form. */
function presentKey(event: KeyboardEvent) {
  if (event.key !== 'p' && event.key !== 'P') return;
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  if ((event.target as HTMLElement).closest('input, select, textarea, [contenteditable]')) return;
  location.assign(slideUrl(location.href, 'present', location.hash.slice(1)));
}
