/** Number and text formatting shared by every mode (pure, locale-aware). */
import grouping from 'virtual:alliance-digits';
import { groupDigits } from './digits.ts';
import { LOCALE } from './locale.ts';

export type Qualifier = 'nearly' | 'over' | 'about' | null;

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as the locale writes it; the edition's whole numbers without Intl (src/lib/digits.ts). */
export function formatNumber(value: number, locale = LOCALE): string {
  if (grouping && locale === LOCALE && Number.isSafeInteger(value) && !Object.is(value, -0))
    return groupDigits(value, grouping);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** Fills {name} placeholders; a placeholder with no value is an error, not a blank. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`No value for placeholder {${key}} in "${template}"`);
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** "Latinx, Black and recent-immigrant" from a list. */
export function listOf(items: readonly string[], locale = LOCALE): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** 0.943 → "94%". */
export function formatPercent(fraction: number, locale = LOCALE): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    fraction,
  );
}

export interface PluralForms {
  one: string;
  other: string;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of a phrase for a count: {one: "{n} school", other: "{n} schools"}, filled with n. */
export function plural(
  n: number,
  forms: PluralForms,
  values: Record<string, string | number> = {},
  locale = LOCALE,
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const form = rules.select(n) === 'one' ? forms.one : forms.other;
  return fill(form, { n, ...values });
}
