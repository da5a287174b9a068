import { describe, expect, it } from 'vitest';
import { fill, formatNumber, listOf } from '../../src/lib/format.ts';

describe('formatNumber', () => {
  it.each([
    { value: 12500, locale: 'en-US', expected: '12,500' },
    { value: 12500, locale: 'es-US', expected: '12,500' },
    { value: 12500, locale: 'es-ES', expected: '12.500' },
    { value: 26, locale: 'en-US', expected: '26' },
    { value: 94.3, locale: 'en-US', expected: '94.3' },
  ])('writes $value as $expected in $locale', ({ value, locale, expected }) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });
});

describe('fill', () => {
  it.each([
    { template: '{n} schools', values: { n: 26 }, expected: '26 schools' },
    { template: 'nearly {n} scholars', values: { n: 12500 }, expected: 'nearly 12,500 scholars' },
    { template: '{a}–{b}', values: { a: '2004', b: '2023-24' }, expected: '2004–2023-24' },
    { template: 'no placeholders', values: {}, expected: 'no placeholders' },
  ] as { template: string; values: Record<string, string | number>; expected: string }[])(
    'fills "$template"',
    ({ template, values, expected }) => {
      expect(fill(template, values)).toBe(expected);
    },
  );

  it('refuses a placeholder with no value instead of printing a blank', () => {
    expect(() => fill('{schools} schools', {})).toThrow('No value for placeholder {schools}');
  });
});

describe('listOf', () => {
  it('joins a list as a sentence does', () => {
    expect(listOf(['Latinx', 'Black', 'recent immigrant'])).toBe(
      'Latinx, Black, and recent immigrant',
    );
    expect(listOf(['a', 'b'], 'es')).toBe('a y b');
  });
});
