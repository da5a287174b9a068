/** Dates as the data writes them (YYYY, YYYY-MM, YYYY-MM-DD), read as local calendar days. */
import { LOCALE } from './locale.ts';

/** The first day a partial date can mean: "2009-05" → 1 May 2009, local time. */
export function startOf(partial: string): Date {
  const [year, month = 1, day = 1] = partial.split('-').map(Number);
  return new Date(year!, month - 1, day);
}

/** The school year a date falls in, as "2023-24"; a school year starts on 1 July. */
export function schoolYearOf(date: Date): string {
  const start = date.getMonth() >= 6 ? date.getFullYear() : date.getFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** "September 13, 2004", "May 2009" or "2003", as precisely as the data knows it. */
export function formatPartialDate(partial: string, locale = LOCALE): string {
  const precision = partial.split('-').length;
  const key = `${locale}:${precision}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === 3
        ? { year: 'numeric', month: 'long', day: 'numeric' }
        : precision === 2
          ? { year: 'numeric', month: 'long' }
          : { year: 'numeric' };
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format.format(startOf(partial));
}

export interface Dated {
  opened: string | null;
  closed: string | null;
}

/** Schools open on a day: opened on or before it and not yet closed. Undated schools cannot be counted. */
export function openOn<T extends Dated>(schools: readonly T[], day: Date): T[] {
  return schools.filter(
    (s) =>
      s.opened !== null &&
      startOf(s.opened) <= day &&
      (s.closed === null || startOf(s.closed) > day),
  );
}
