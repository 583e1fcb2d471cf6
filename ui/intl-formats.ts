// Intl's formatters, each made once per language and options. Making one is slow (the first of a
// kind loads its language's data: 12 to 26 ms on a server core, about four times that on a small
// wall), and a wall writes dozens of times and dates in each render.
import { locale } from './i18n/index.ts';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** A date and time formatter in the screen's language. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = locale();
  const key = `${tag} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** "a, b and c" in the screen's language. */
export function listFormat(): Intl.ListFormat {
  const tag = locale();
  let format = listFormats.get(tag);
  if (!format) {
    format = new Intl.ListFormat(tag, { type: 'conjunction' });
    listFormats.set(tag, format);
  }
  return format;
}
