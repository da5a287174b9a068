/**
 * The presentation's keys and its walk through the slides (pure, no DOM):
 * which key does what, where a move lands, and the slide in the URL.
 */

export type SlideAction =
  'next' | 'previous' | 'first' | 'last' | 'blank' | 'fullscreen' | 'contrast' | 'exit';

/**
 * Clickers send PageDown/PageUp; keyboards add arrows, Space, Enter, Home/End.
 * `F` fullscreen, `B` or `.` blank, `H` high contrast, Escape leaves.
 */
export function keyAction(event: { key: string; shiftKey?: boolean }): SlideAction | null {
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'Enter':
      return 'next';
    case ' ':
    case 'Spacebar':
      return event.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'h':
    case 'H':
      return 'contrast';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

export interface SlideState {
  index: number;
  blank: boolean;
}

/** Where a move lands: never past either end; any move uncovers a blanked screen. */
export function move(state: SlideState, action: SlideAction, count: number): SlideState {
  const last = Math.max(count - 1, 0);
  switch (action) {
    case 'next':
      return { index: Math.min(state.index + 1, last), blank: false };
    case 'previous':
      return { index: Math.max(state.index - 1, 0), blank: false };
    case 'first':
      return { index: 0, blank: false };
    case 'last':
      return { index: last, blank: false };
    case 'blank':
      return { ...state, blank: !state.blank };
    default:
      return state;
  }
}

export type Mode = 'story' | 'present' | 'notes' | 'print';

export function modeFromSearch(search: string): Mode {
  const mode = new URLSearchParams(search).get('mode');
  return mode === 'present' || mode === 'notes' || mode === 'print' ? mode : 'story';
}

/** The slide a URL fragment names; the first when it names none. */
export function slideFromHash(hash: string, ids: readonly string[]): number {
  const index = ids.indexOf(decodeURIComponent(hash.replace(/^#/, '')));
  return index < 0 ? 0 : index;
}

/** The same URL in a mode, on a slide (mode 'story' drops the parameter). */
export function slideUrl(href: string, mode: Mode, id: string): string {
  const url = new URL(href);
  if (mode === 'story') url.searchParams.delete('mode');
  else url.searchParams.set('mode', mode);
  url.hash = id;
  return url.toString();
}

/** "12:05" from milliseconds. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(Math.floor(ms / 1000), 0);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The messages the audience and presenter windows exchange. */
export interface SlideMessage {
  type: 'slide';
  index: number;
  blank: boolean;
}

export function isSlideMessage(data: unknown): data is SlideMessage {
  const m = data as Partial<SlideMessage> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'slide' &&
    Number.isInteger(m.index) &&
    (m.index as number) >= 0 &&
    typeof m.blank === 'boolean'
  );
}

export const CHANNEL = 'alliance-at-20-slides';
