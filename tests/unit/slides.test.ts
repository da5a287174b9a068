/** The presentation's keys, its walk through the slides, and the slide in the URL. */
import { describe, expect, it } from 'vitest';
import {
  formatElapsed,
  isSlideMessage,
  keyAction,
  modeFromSearch,
  move,
  slideFromHash,
  slideUrl,
} from '../../src/lib/slides.ts';

describe('keyAction', () => {
  it.each([
    { key: 'ArrowRight', expected: 'next' },
    { key: 'ArrowDown', expected: 'next' },
    { key: 'PageDown', expected: 'next' },
    { key: 'Enter', expected: 'next' },
    { key: ' ', expected: 'next' },
    { key: ' ', shiftKey: true, expected: 'previous' },
    { key: 'ArrowLeft', expected: 'previous' },
    { key: 'ArrowUp', expected: 'previous' },
    { key: 'PageUp', expected: 'previous' },
    { key: 'Home', expected: 'first' },
    { key: 'End', expected: 'last' },
    { key: 'b', expected: 'blank' },
    { key: 'B', expected: 'blank' },
    { key: '.', expected: 'blank' },
    { key: 'f', expected: 'fullscreen' },
    { key: 'h', expected: 'contrast' },
    { key: 'Escape', expected: 'exit' },
    { key: 'x', expected: null },
    { key: 'Tab', expected: null },
  ])('$key (shift: $shiftKey) → $expected', ({ key, shiftKey, expected }) => {
    expect(keyAction({ key, shiftKey })).toBe(expected);
  });
});

describe('move', () => {
  const at = (index: number, blank = false) => ({ index, blank });

  it.each([
    { name: 'next moves on', from: at(3), action: 'next', expected: at(4) },
    { name: 'next stops at the last slide', from: at(9), action: 'next', expected: at(9) },
    { name: 'previous moves back', from: at(3), action: 'previous', expected: at(2) },
    { name: 'previous stops at the first slide', from: at(0), action: 'previous', expected: at(0) },
    { name: 'Home goes to the first', from: at(6), action: 'first', expected: at(0) },
    { name: 'End goes to the last', from: at(2), action: 'last', expected: at(9) },
    {
      name: 'blank covers the screen and keeps the slide',
      from: at(4),
      action: 'blank',
      expected: at(4, true),
    },
    { name: 'blank again uncovers it', from: at(4, true), action: 'blank', expected: at(4) },
    { name: 'a move uncovers a blank screen', from: at(4, true), action: 'next', expected: at(5) },
    {
      name: 'fullscreen leaves the slide alone',
      from: at(4),
      action: 'fullscreen',
      expected: at(4),
    },
  ] as const)('$name', ({ from, action, expected }) => {
    expect(move(from, action, 10)).toEqual(expected);
  });

  it('keeps to slide 0 when there are no slides', () => {
    expect(move({ index: 0, blank: false }, 'last', 0)).toEqual({ index: 0, blank: false });
  });
});

describe('the slide in the URL', () => {
  const ids = ['founding-leader', 'first-school', 'south-la'];

  it.each([
    { search: '?mode=present', expected: 'present' },
    { search: '?mode=notes&school=x', expected: 'notes' },
    { search: '?mode=print', expected: 'print' },
    { search: '?mode=other', expected: 'story' },
    { search: '', expected: 'story' },
  ])('reads the mode from "$search"', ({ search, expected }) => {
    expect(modeFromSearch(search)).toBe(expected);
  });

  it.each([
    { hash: '#south-la', expected: 2 },
    { hash: '#first-school', expected: 1 },
    { hash: '', expected: 0 },
    { hash: '#not-a-step', expected: 0 },
  ])('reads $hash as slide $expected', ({ hash, expected }) => {
    expect(slideFromHash(hash, ids)).toBe(expected);
  });

  it('writes the mode and the slide, keeping the rest of the query', () => {
    expect(slideUrl('https://x.test/?school=collins#a', 'present', 'south-la')).toBe(
      'https://x.test/?school=collins&mode=present#south-la',
    );
    expect(slideUrl('https://x.test/?mode=present#a', 'story', 'south-la')).toBe(
      'https://x.test/#south-la',
    );
  });
});

describe('the presenter view', () => {
  it.each([
    { ms: 0, expected: '0:00' },
    { ms: 59_999, expected: '0:59' },
    { ms: 61_000, expected: '1:01' },
    { ms: 3_725_000, expected: '62:05' },
    { ms: -5, expected: '0:00' },
  ])('shows $ms ms as $expected', ({ ms, expected }) => {
    expect(formatElapsed(ms)).toBe(expected);
  });

  it.each([
    { data: { type: 'slide', index: 3, blank: false }, ok: true },
    { data: { type: 'slide', index: -1, blank: false }, ok: false },
    { data: { type: 'slide', index: 1.5, blank: false }, ok: false },
    { data: { type: 'slide', index: 2 }, ok: false },
    { data: { type: 'height', index: 2, blank: false }, ok: false },
    { data: 'slide', ok: false },
    { data: null, ok: false },
  ])('takes only well-formed slide messages: $data', ({ data, ok }) => {
    expect(isSlideMessage(data)).toBe(ok);
  });
});
