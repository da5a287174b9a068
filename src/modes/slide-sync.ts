/**
 * Keeps the audience window and the presenter's notes window on the same
 * slide through a BroadcastChannel, in both directions. Only well-formed
 * slide messages are taken; nothing else is sent.
 */
import { CHANNEL, isSlideMessage, type SlideMessage } from '../lib/slides.ts';

export function slideSync(onmessage: (message: SlideMessage) => void): {
  send(message: SlideMessage): void;
  close(): void;
} {
  if (typeof BroadcastChannel === 'undefined') return { send() {}, close() {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (isSlideMessage(event.data)) onmessage(event.data);
  };
  return {
    send: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
