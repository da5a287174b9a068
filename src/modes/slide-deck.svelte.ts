/**
 * The slide shown, shared by the slides and the presenter's view: moves by
 * action, keeps to the slides there are, tells the other window through a
 * BroadcastChannel, and writes itself into the URL.
 */
import {
  move,
  slideFromHash,
  slideUrl,
  type Mode,
  type SlideAction,
  type SlideState,
} from '../lib/slides.ts';
import { slideSync } from './slide-sync.ts';

export class SlideDeck {
  slide = $state<SlideState>({ index: 0, blank: false });
  readonly #ids: readonly string[];
  readonly #mode: Mode;
  readonly #sync;

  constructor(ids: readonly string[], mode: Mode) {
    this.#ids = ids;
    this.#mode = mode;
    this.slide = { index: slideFromHash(location.hash, ids), blank: false };
    this.#sync = slideSync((message) => {
      this.slide = { index: Math.min(message.index, ids.length - 1), blank: message.blank };
    });
  }

  get id(): string {
    return this.#ids[this.slide.index]!;
  }

  act(action: SlideAction): void {
    const next = move(this.slide, action, this.#ids.length);
    if (next.index === this.slide.index && next.blank === this.slide.blank) return;
    this.slide = next;
    this.#sync.send({ type: 'slide', ...next });
  }

  /** The URL names the slide, so a link (or a reload) opens it; call from an effect. */
  writeUrl(): void {
    history.replaceState(history.state, '', slideUrl(location.href, this.#mode, this.id));
  }

  close(): void {
    this.#sync.close();
  }
}
