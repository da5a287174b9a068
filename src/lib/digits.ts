/**
 * Whole numbers written without Intl at run time. A page's first Intl format
 * loads the locale's data: 50–100 ms at 4× CPU slowdown, which the story paid
 * as it woke mid-scroll. So the build reads how the edition groups digits from
 * Intl once (scripts/data-plugin.ts), and the page applies that rule itself.
 */

/** How a locale groups a whole number's digits: in threes, by `separator`, from `minimumDigits` digits on. */
export interface DigitGrouping {
  separator: string;
  minimumDigits: number;
}

/** Numbers whose writing the rule must reproduce exactly, or it is not used. */
const PROBES = [0, 7, 42, 999, 1000, 4321, 9999, 10000, 12500, 654321, 1234567, -5000, -12500];

/**
 * The locale's rule, read from Intl (at build time), or `null` when the locale
 * writes whole numbers some other way (other digits, groups of two…): Intl then
 * writes them at run time.
 */
export function digitGrouping(locale: string): DigitGrouping | null {
  const intl = new Intl.NumberFormat(locale);
  const separator = intl.formatToParts(1234567).find((part) => part.type === 'group')?.value ?? '';
  const minimumDigits = intl.format(1000) === '1000' ? 5 : 4;
  const rule = { separator, minimumDigits };
  return PROBES.every((n) => groupDigits(n, rule) === intl.format(n)) ? rule : null;
}

/** 12500 → "12,500" (en-US) or "12.500" (es); a whole number, by a rule from `digitGrouping`. */
export function groupDigits(n: number, { separator, minimumDigits }: DigitGrouping): string {
  const digits = String(Math.abs(n));
  const grouped =
    digits.length < minimumDigits ? digits : digits.replace(/\B(?=(\d{3})+$)/g, separator);
  return n < 0 ? `-${grouped}` : grouped;
}
