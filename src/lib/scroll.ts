/**
 * The maths of the scroll engine (src/scrolly/Scrolly.svelte), with no DOM:
 * given where the steps are and where the trigger line is, which step is active
 * and how far through it the reader is; and how a step id travels in the URL hash.
 *
 * Coordinates are one frame of reference (the viewport's, from getBoundingClientRect):
 * y grows downwards, and a step "contains" the line from its top (inclusive) to its
 * bottom (exclusive), so exactly one step owns any boundary.
 */

/** A step's vertical extent: `top` ≤ `bottom`. */
export interface Span {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Where the reader is: `before` the first step reaches the line, `inside` the steps,
 * or `after` the last step has left it. `index` is always a valid step index
 * (0 before, the last one after) and `progress` is 0..1 through that step.
 */
export interface ScrollPosition {
  readonly index: number;
  readonly progress: number;
  readonly phase: 'before' | 'inside' | 'after';
}

/** The trigger line's y for a viewport `height`, `offset` of the way down (0.5 is the middle). */
export function triggerLine(height: number, offset = 0.5): number {
  return height * offset;
}

/** How far the line at `y` is through `span`, clamped to 0..1; a zero-height span is 0 or 1. */
export function progressThrough(span: Span, y: number): number {
  const height = span.bottom - span.top;
  if (height <= 0) return y < span.top ? 0 : 1;
  return Math.min(1, Math.max(0, (y - span.top) / height));
}

/**
 * Which step owns the line at `y`: the last step whose top has reached it. Steps are in
 * document order (tops ascending). In a gap between two steps the earlier one stays
 * active with progress 1.
 */
export function locate(spans: readonly Span[], y: number): ScrollPosition {
  const first = spans[0];
  if (first === undefined || y < first.top) return { index: 0, progress: 0, phase: 'before' };
  let index = 0;
  for (let i = spans.length - 1; i > 0; i--) {
    if ((spans[i] as Span).top <= y) {
      index = i;
      break;
    }
  }
  const span = spans[index] as Span;
  if (index === spans.length - 1 && y >= span.bottom) {
    return { index, progress: 1, phase: 'after' };
  }
  return { index, progress: progressThrough(span, y), phase: 'inside' };
}

/** The step id a URL hash names (`#intro` → `intro`), decoded; `''` for no hash. */
export function idFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A same-document URL for `history.replaceState`: path and query kept, hash set or dropped. */
export function hrefWithHash(pathname: string, search: string, id: string | null): string {
  return `${pathname}${search}${id ? `#${encodeURIComponent(id)}` : ''}`;
}
