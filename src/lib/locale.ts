/** The locale of the edition being built ("en-US" or "es"): every number, date and list is written in it. */
import meta from 'virtual:alliance-copy/meta';

export const LOCALE: string = meta.locale;
