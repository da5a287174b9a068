import type { Attachment } from 'svelte/attachments';

/**
 * An element's inner size (clientWidth, clientHeight), reported once the
 * changes under way are made, then whenever it changes (a ResizeObserver).
 * Svelte's bind:clientWidth reads the size as the element mounts, in the
 * middle of the page's changes, which makes the browser lay the page out then
 * and there: the story, waking, was laid out seven times over (150–200 ms at
 * 4× CPU slowdown). Read a microtask later, the sizes of every chart mounting
 * together cost one layout.
 */
export function observeSize(
  report: (width: number, height: number) => void,
): Attachment<HTMLElement> {
  return (element) => {
    let attached = true;
    const read = () => {
      if (attached) report(element.clientWidth, element.clientHeight);
    };
    queueMicrotask(read);
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => {
      attached = false;
      observer.disconnect();
    };
  };
}
