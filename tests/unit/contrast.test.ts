/**
 * The colour tokens meet WCAG 2.2 AA on the page background: 4.5:1 for text
 * colours, 3:1 for the rule (non-text) colour is not required and not tested.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

function token(name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!match) throw new Error(`no colour token --${name} in tokens.css`);
  return match[1]!;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('text colours on the page background', () => {
  it.each([
    'color-ink',
    'color-ink-muted',
    'color-accent',
    'color-accent-strong',
    'color-highlight',
  ])('--%s reaches 4.5:1 on --color-bg and --color-surface', (name) => {
    expect(contrast(token(name), token('color-bg'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token(name), token('color-surface'))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['color-map-border', 'color-map-region', 'color-high', 'color-middle', 'color-complex'])(
    'map stroke or marker --%s reaches 3:1 on the land, tinted or not',
    (name) => {
      expect(contrast(token(name), token('color-map-land'))).toBeGreaterThanOrEqual(3);
      expect(contrast(token(name), token('color-map-host'))).toBeGreaterThanOrEqual(3);
      expect(contrast(token(name), token('color-map-focus'))).toBeGreaterThanOrEqual(3);
    },
  );

  it('the timeline bars reach 3:1 against the page and the era bands', () => {
    for (const ground of ['color-bg', 'color-era', 'color-era-active']) {
      expect(contrast(token('color-bar'), token(ground))).toBeGreaterThanOrEqual(3);
    }
  });

  it('the focus ring reaches 3:1 against the background', () => {
    expect(contrast(token('color-focus'), token('color-bg'))).toBeGreaterThanOrEqual(3);
  });
});
