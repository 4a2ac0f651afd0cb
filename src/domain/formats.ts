/**
 * Intl formatters, built once per locale and options and kept: building one costs far more than
 * using it (a calendar card says some forty dates), and a process needs only a handful of them.
 */
const kept = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function keep<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(kind: string, locale: string, options: object, build: () => F): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let format = kept.get(key) as F | undefined;
  if (!format) kept.set(key, (format = build()));
  return format;
}

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => keep('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => keep('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions): Intl.ListFormat => keep('list', locale, options, () => new Intl.ListFormat(locale, options));
