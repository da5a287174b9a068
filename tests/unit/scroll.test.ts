/**
 * The scroll engine's maths (src/lib/scroll.ts), table by table. Not covered here: the
 * DOM side (IntersectionObserver, scroll and resize listeners, the deep-link jump), which
 * lives in src/scrolly/Scrolly.svelte and is exercised in a real browser.
 */
import { describe, expect, it } from 'vitest';
import {
  hrefWithHash,
  idFromHash,
  locate,
  progressThrough,
  triggerLine,
  type ScrollPosition,
  type Span,
} from '../../src/lib/scroll.ts';

/** Three contiguous 100px steps, as the component lays them out: 100–200, 200–300, 300–400. */
const contiguous: Span[] = [
  { top: 100, bottom: 200 },
  { top: 200, bottom: 300 },
  { top: 300, bottom: 400 },
];

/** Steps with gaps between them: 0–100, 150–250, 300–400. */
const gapped: Span[] = [
  { top: 0, bottom: 100 },
  { top: 150, bottom: 250 },
  { top: 300, bottom: 400 },
];

/** A zero-height step in the middle (100) and another at the end (200). */
const zeroHeight: Span[] = [
  { top: 0, bottom: 100 },
  { top: 100, bottom: 100 },
  { top: 100, bottom: 200 },
  { top: 200, bottom: 200 },
];

describe('triggerLine', () => {
  it.each([
    { height: 800, offset: undefined, expected: 400 },
    { height: 844, offset: 0.5, expected: 422 },
    { height: 1000, offset: 0.25, expected: 250 },
    { height: 0, offset: 0.5, expected: 0 },
  ])('puts the line at $expected in a $height-high viewport (offset $offset)', (row) => {
    expect(triggerLine(row.height, row.offset)).toBe(row.expected);
  });
});

describe('progressThrough', () => {
  it.each([
    { span: { top: 100, bottom: 200 }, y: 50, expected: 0 },
    { span: { top: 100, bottom: 200 }, y: 100, expected: 0 },
    { span: { top: 100, bottom: 200 }, y: 125, expected: 0.25 },
    { span: { top: 100, bottom: 200 }, y: 200, expected: 1 },
    { span: { top: 100, bottom: 200 }, y: 900, expected: 1 },
    { span: { top: -300, bottom: -100 }, y: -200, expected: 0.5 },
    { span: { top: 100, bottom: 100 }, y: 99, expected: 0 },
    { span: { top: 100, bottom: 100 }, y: 100, expected: 1 },
    { span: { top: 100, bottom: 100 }, y: 101, expected: 1 },
  ])('is $expected at y=$y through $span.top–$span.bottom', ({ span, y, expected }) => {
    expect(progressThrough(span, y)).toBe(expected);
  });
});

describe('locate', () => {
  it.each<{ name: string; spans: Span[]; y: number; expected: ScrollPosition }>([
    {
      name: 'before the first step: the first index, no progress',
      spans: contiguous,
      y: 40,
      expected: { index: 0, progress: 0, phase: 'before' },
    },
    {
      name: 'just before the first step',
      spans: contiguous,
      y: 99.5,
      expected: { index: 0, progress: 0, phase: 'before' },
    },
    {
      name: 'exactly on the first step’s top',
      spans: contiguous,
      y: 100,
      expected: { index: 0, progress: 0, phase: 'inside' },
    },
    {
      name: 'a quarter through the first step',
      spans: contiguous,
      y: 125,
      expected: { index: 0, progress: 0.25, phase: 'inside' },
    },
    {
      name: 'exactly on a boundary: the later step owns it',
      spans: contiguous,
      y: 200,
      expected: { index: 1, progress: 0, phase: 'inside' },
    },
    {
      name: 'just before a boundary: still the earlier step',
      spans: contiguous,
      y: 199.75,
      expected: { index: 0, progress: 0.9975, phase: 'inside' },
    },
    {
      name: 'half-way through the last step',
      spans: contiguous,
      y: 350,
      expected: { index: 2, progress: 0.5, phase: 'inside' },
    },
    {
      name: 'exactly on the last step’s bottom: after',
      spans: contiguous,
      y: 400,
      expected: { index: 2, progress: 1, phase: 'after' },
    },
    {
      name: 'after the last step: the last index, full progress',
      spans: contiguous,
      y: 5000,
      expected: { index: 2, progress: 1, phase: 'after' },
    },
    {
      name: 'in a gap: the earlier step, finished',
      spans: gapped,
      y: 120,
      expected: { index: 0, progress: 1, phase: 'inside' },
    },
    {
      name: 'in the next gap',
      spans: gapped,
      y: 275,
      expected: { index: 1, progress: 1, phase: 'inside' },
    },
    {
      name: 'negative coordinates (steps scrolled above the viewport)',
      spans: [
        { top: -900, bottom: -500 },
        { top: -500, bottom: 300 },
      ],
      y: -100,
      expected: { index: 1, progress: 0.5, phase: 'inside' },
    },
    {
      name: 'a zero-height step sharing its top with the next: the next one wins',
      spans: zeroHeight,
      y: 100,
      expected: { index: 2, progress: 0, phase: 'inside' },
    },
    {
      name: 'a zero-height last step on the line: after',
      spans: zeroHeight,
      y: 200,
      expected: { index: 3, progress: 1, phase: 'after' },
    },
    {
      name: 'a single zero-height step, line above it',
      spans: [{ top: 50, bottom: 50 }],
      y: 49,
      expected: { index: 0, progress: 0, phase: 'before' },
    },
    {
      name: 'a single zero-height step, line on it',
      spans: [{ top: 50, bottom: 50 }],
      y: 50,
      expected: { index: 0, progress: 1, phase: 'after' },
    },
    {
      name: 'no steps at all',
      spans: [],
      y: 100,
      expected: { index: 0, progress: 0, phase: 'before' },
    },
  ])('$name', ({ spans, y, expected }) => {
    expect(locate(spans, y)).toEqual(expected);
  });
});

describe('idFromHash', () => {
  it.each([
    { hash: '', expected: '' },
    { hash: '#', expected: '' },
    { hash: '#growth-2004', expected: 'growth-2004' },
    { hash: 'growth-2004', expected: 'growth-2004' },
    { hash: '#caf%C3%A9', expected: 'café' },
    { hash: '#bad%E0%A4%A', expected: 'bad%E0%A4%A' },
  ])('reads "$hash" as "$expected"', ({ hash, expected }) => {
    expect(idFromHash(hash)).toBe(expected);
  });
});

describe('hrefWithHash', () => {
  it.each([
    { pathname: '/', search: '', id: 'map-intro', expected: '/#map-intro' },
    {
      pathname: '/',
      search: '?mode=story&lang=en',
      id: 'map-intro',
      expected: '/?mode=story&lang=en#map-intro',
    },
    { pathname: '/story/', search: '?lang=es', id: null, expected: '/story/?lang=es' },
    { pathname: '/', search: '', id: '', expected: '/' },
    { pathname: '/', search: '', id: 'café', expected: '/#caf%C3%A9' },
  ])('builds $expected', ({ pathname, search, id, expected }) => {
    expect(hrefWithHash(pathname, search, id)).toBe(expected);
  });
});
