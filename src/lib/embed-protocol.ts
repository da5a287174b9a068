/**
 * The messages between an embedded section and the page that hosts it, defined
 * once for both the embed page and the partners' loader (/embed.js). The embed
 * sends only its height (as AMP's embed-size and as pym.js's height message)
 * and the step it shows; it takes only a well-formed `navigate`. Anything else
 * is ignored.
 */

export const SECTIONS = ['timeline', 'map', 'recognitions', 'hero'] as const;
export type Section = (typeof SECTIONS)[number];

export function isSection(value: unknown): value is Section {
  return typeof value === 'string' && (SECTIONS as readonly string[]).includes(value);
}

/** No real section is taller; a larger figure is a mistake or an attack. */
export const MAX_HEIGHT = 20_000;
const SENTINEL = 'alliance-story';
const PYM = 'xPYMx';

export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** The two height messages: AMP's object, and pym.js's string for pym-compatible hosts. */
export function heightMessages(height: number, pymId: string): [AmpEmbedSize, string] {
  return [
    { sentinel: 'amp', type: 'embed-size', height },
    `pym${PYM}${pymId}${PYM}height${PYM}${height}`,
  ];
}

export function stepMessage(step: string): {
  sentinel: typeof SENTINEL;
  type: 'step';
  step: string;
} {
  return { sentinel: SENTINEL, type: 'step', step };
}

function isHeight(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_HEIGHT;
}

/** The height in an AMP embed-size message, or null for anything else. */
export function parseEmbedSize(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (m.sentinel !== 'amp' || m.type !== 'embed-size' || !isHeight(m.height)) return null;
  return Math.ceil(m.height);
}

/** The step a host asks for with `{ sentinel: 'alliance-story', type: 'navigate', step }`, if it is a known one. */
export function parseNavigate(data: unknown, steps: readonly string[]): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (
    m.sentinel !== SENTINEL ||
    m.type !== 'navigate' ||
    typeof m.step !== 'string' ||
    m.step.length > 64
  )
    return null;
  return steps.includes(m.step) ? m.step : null;
}

/** Reports a height only when it changed (by a whole pixel). */
export function heightDeduper(): (height: number) => number | null {
  let last = -1;
  return (height) => {
    const rounded = Math.ceil(height);
    if (!isHeight(rounded) || rounded === last) return null;
    last = rounded;
    return rounded;
  };
}
