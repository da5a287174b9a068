/**
 * Whole numbers are written without Intl at run time (src/lib/digits.ts), by a
 * rule read from Intl at build time; the rule must write them exactly as Intl
 * does, in both editions' locales.
 */
import grouping from 'virtual:alliance-digits';
import { describe, expect, it } from 'vitest';
import { digitGrouping, groupDigits } from '../../src/lib/digits.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { LOCALE } from '../../src/lib/locale.ts';

const wholeNumbers = [
  ...Array.from({ length: 3000 }, (_, i) => i * 7),
  ...Array.from({ length: 200 }, (_, i) => 10 ** (i % 16) + i),
  -1,
  -999,
  -1000,
  -12500,
  Number.MAX_SAFE_INTEGER,
];

describe.each(['en-US', 'es'])('whole numbers in %s', (locale) => {
  const rule = digitGrouping(locale);

  it('are grouped as Intl groups them', () => {
    expect(rule).not.toBeNull();
    const intl = new Intl.NumberFormat(locale);
    for (const n of wholeNumbers) expect(groupDigits(n, rule!), String(n)).toBe(intl.format(n));
  });
});

describe('a locale that groups otherwise', () => {
  it.each(['hi-IN', 'ar-EG'])('%s keeps Intl at run time', (locale) => {
    expect(digitGrouping(locale)).toBeNull();
  });
});

describe('the edition being built', () => {
  it('has its rule from the build', () => {
    expect(grouping).toEqual(digitGrouping(LOCALE));
    expect(formatNumber(12500)).toBe('12,500');
  });

  it('writes every number as Intl does, fractions and negative zero included', () => {
    const intl = new Intl.NumberFormat(LOCALE);
    for (const n of [...wholeNumbers, 0.5, 1234.5, -0, 2.25e21, NaN])
      expect(formatNumber(n), String(n)).toBe(intl.format(n));
  });
});
