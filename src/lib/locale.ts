/** The locale of the edition being built ("en-US" or "es"): every number, date and list is written in it. */
import copy from 'virtual:alliance-copy';

export const LOCALE: string = copy.meta.locale;
