/**
 * The slide shown, shared by the slides and the presenter's view: moves by
 * action, keeps to the slides there are, tells the other window through a
 * BroadcastChannel, writes itself into the URL, and follows the URL when a link
 * or the address bar names another slide.
 */
import {
  move,
  slideFromHash,
  slideUrl,
  type Mode,
  type SlideAction,
  type SlideState,
} from '../lib/slides.ts';
import { idFromHash } from '../lib/scroll.ts';
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
    window.addEventListener('hashchange', this.#followHash);
  }

  /** A link to another slide followed in this window, or one typed in the address bar; a name of no slide changes nothing. */
  readonly #followHash = (): void => {
    const index = this.#ids.indexOf(idFromHash(location.hash));
    if (index < 0 || (index === this.slide.index && !this.slide.blank)) return;
    this.slide = { index, blank: false };
    this.#sync.send({ type: 'slide', ...this.slide });
  };

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
    window.removeEventListener('hashchange', this.#followHash);
    this.#sync.close();
  }
}
