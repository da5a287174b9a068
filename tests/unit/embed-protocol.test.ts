/** The embed's messages: what is sent, what is taken, and everything else ignored. */
import { describe, expect, it } from 'vitest';
import {
  MAX_HEIGHT,
  heightDeduper,
  heightMessages,
  isSection,
  parseEmbedSize,
  parseNavigate,
  stepMessage,
} from '../../src/lib/embed-protocol.ts';

describe('heightMessages', () => {
  it('says the height as AMP and as pym.js do', () => {
    expect(heightMessages(812, 'alliance-map-0')).toEqual([
      { sentinel: 'amp', type: 'embed-size', height: 812 },
      'pymxPYMxalliance-map-0xPYMxheightxPYMx812',
    ]);
  });

  it('names the step, and nothing else', () => {
    expect(stepMessage('south-la')).toEqual({
      sentinel: 'alliance-story',
      type: 'step',
      step: 'south-la',
    });
  });
});

describe('parseEmbedSize', () => {
  it.each([
    {
      name: 'a well-formed message',
      data: { sentinel: 'amp', type: 'embed-size', height: 640 },
      expected: 640,
    },
    {
      name: 'a fractional height, rounded up',
      data: { sentinel: 'amp', type: 'embed-size', height: 640.2 },
      expected: 641,
    },
    {
      name: 'the largest height allowed',
      data: { sentinel: 'amp', type: 'embed-size', height: MAX_HEIGHT },
      expected: MAX_HEIGHT,
    },
    {
      name: 'an oversized height',
      data: { sentinel: 'amp', type: 'embed-size', height: MAX_HEIGHT + 1 },
      expected: null,
    },
    {
      name: 'a zero height',
      data: { sentinel: 'amp', type: 'embed-size', height: 0 },
      expected: null,
    },
    {
      name: 'a negative height',
      data: { sentinel: 'amp', type: 'embed-size', height: -40 },
      expected: null,
    },
    {
      name: 'a height as text',
      data: { sentinel: 'amp', type: 'embed-size', height: '640' },
      expected: null,
    },
    {
      name: 'an infinite height',
      data: { sentinel: 'amp', type: 'embed-size', height: Infinity },
      expected: null,
    },
    {
      name: 'NaN',
      data: { sentinel: 'amp', type: 'embed-size', height: Number.NaN },
      expected: null,
    },
    {
      name: 'a foreign sentinel',
      data: { sentinel: 'other', type: 'embed-size', height: 640 },
      expected: null,
    },
    {
      name: 'another type',
      data: { sentinel: 'amp', type: 'embed-ready', height: 640 },
      expected: null,
    },
    { name: 'a pym string', data: 'pymxPYMxidxPYMxheightxPYMx640', expected: null },
    {
      name: 'JSON text',
      data: '{"sentinel":"amp","type":"embed-size","height":640}',
      expected: null,
    },
    { name: 'an array', data: ['amp', 'embed-size', 640], expected: null },
    { name: 'null', data: null, expected: null },
    { name: 'a number', data: 640, expected: null },
  ])('$name → $expected', ({ data, expected }) => {
    expect(parseEmbedSize(data)).toBe(expected);
  });
});

describe('parseNavigate', () => {
  const steps = ['first-school', 'south-la'];

  it.each([
    {
      name: 'a known step',
      data: { sentinel: 'alliance-story', type: 'navigate', step: 'south-la' },
      expected: 'south-la',
    },
    {
      name: 'an unknown step',
      data: { sentinel: 'alliance-story', type: 'navigate', step: 'nowhere' },
      expected: null,
    },
    {
      name: 'an oversized step',
      data: { sentinel: 'alliance-story', type: 'navigate', step: 'x'.repeat(10_000) },
      expected: null,
    },
    {
      name: 'a step of the wrong type',
      data: { sentinel: 'alliance-story', type: 'navigate', step: 3 },
      expected: null,
    },
    {
      name: 'a foreign sentinel',
      data: { sentinel: 'amp', type: 'navigate', step: 'south-la' },
      expected: null,
    },
    {
      name: 'another type',
      data: { sentinel: 'alliance-story', type: 'step', step: 'south-la' },
      expected: null,
    },
    {
      name: 'a script in the step',
      data: { sentinel: 'alliance-story', type: 'navigate', step: '<img onerror=x>' },
      expected: null,
    },
    { name: 'a string', data: 'navigate:south-la', expected: null },
    { name: 'undefined', data: undefined, expected: null },
  ])('$name → $expected', ({ data, expected }) => {
    expect(parseNavigate(data, steps)).toBe(expected);
  });
});

describe('heightDeduper', () => {
  it('reports a height once, then only changes, by whole pixels', () => {
    const changed = heightDeduper();
    expect([400, 400, 400.4, 401, 401, 380, 380.9, 381].map(changed)).toEqual([
      400,
      null,
      401,
      null,
      null,
      380,
      381,
      null,
    ]);
  });

  it('never reports an impossible height', () => {
    const changed = heightDeduper();
    expect([0, -1, MAX_HEIGHT + 10, Number.NaN].map(changed)).toEqual([null, null, null, null]);
  });
});

describe('isSection', () => {
  it.each([
    ['map', true],
    ['timeline', true],
    ['recognitions', true],
    ['hero', true],
    ['story', false],
    [null, false],
    [42, false],
  ])('%s → %s', (value, expected) => {
    expect(isSection(value)).toBe(expected);
  });
});
