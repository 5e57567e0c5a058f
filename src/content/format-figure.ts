import type { AppStat } from './content-model.js';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, compactDisplay: 'short' | 'long'): Intl.NumberFormat {
  const key = `${locale}|${compactDisplay}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      notation: 'compact',
      compactDisplay,
      maximumFractionDigits: 1,
      // Rounded down, so a figure never overstates: 2,449,000,000 reads "2.4B", never "2.5B".
      roundingMode: 'floor',
    });
    formatters.set(key, format);
  }
  return format;
}

export interface FormattedFigure {
  /** What is shown, e.g. "2B+". */
  short: string;
  /** What a screen reader hears, e.g. "2 billion+". */
  long: string;
}

export function formatFigure(stat: AppStat, locale: string): FormattedFigure {
  const plus = stat.over ? '+' : '';
  return {
    short: formatter(locale, 'short').format(stat.value) + plus,
    long: formatter(locale, 'long').format(stat.value) + plus,
  };
}
