import type { AppStat } from './content-model.js';

export interface FormattedFigure {
  /** What is shown, e.g. "2B+". */
  short: string;
  /** What a screen reader hears, e.g. "2 billion+". */
  long: string;
}

/** By locale: the compact formatters for what is shown and what is heard. */
const formatters = new Map<string, Intl.NumberFormat[]>();

function compactIntl(value: number, locale: string): string[] {
  let pair = formatters.get(locale);
  if (!pair) {
    pair = (['short', 'long'] as const).map(
      (compactDisplay) =>
        new Intl.NumberFormat(locale, {
          notation: 'compact',
          compactDisplay,
          maximumFractionDigits: 1,
          // Rounded down, so a figure never overstates: 2,449,000,000 reads "2.4B", never "2.5B".
          roundingMode: 'floor',
        }),
    );
    formatters.set(locale, pair);
  }
  return pair.map((format) => format.format(value));
}

/**
 * English figures are written without Intl: the first `Intl.NumberFormat` in a page costs Chromium 25-40 ms of
 * main thread (it loads ICU's number data), which was a third of the widget's start-up. The result is the same
 * as Intl's compact notation rounded down (tests compare the two in every engine); other languages, fractions
 * and figures of 1,000 trillion or more go to Intl.
 */
const ENGLISH_LOCALES = new Set(['en', 'en-US']);
/** Each scale's tenth, so that the figure keeps one decimal: 2,449,000,000 / 1e8 = 24.49, floored to 2.4B. */
const ENGLISH_SCALES: [tenth: number, short: string, long: string][] = [
  [1e11, 'T', 'trillion'],
  [1e8, 'B', 'billion'],
  [1e5, 'M', 'million'],
  [1e2, 'K', 'thousand'],
];

function compactEnglish(value: number): [short: string, long: string] | undefined {
  if (!Number.isInteger(value) || value >= 1e15) return;
  for (const [tenth, short, long] of ENGLISH_SCALES) {
    // Both are whole numbers, so the division is exact and the floor is the decimal one.
    const figure = Math.floor(value / tenth) / 10;
    if (figure >= 1) return [figure + short, `${figure} ${long}`];
  }
  return [String(value), String(value)];
}

export function formatFigure(stat: AppStat, locale: string): FormattedFigure {
  const plus = stat.over ? '+' : '';
  const [short, long] = (ENGLISH_LOCALES.has(locale) && compactEnglish(stat.value)) || compactIntl(stat.value, locale);
  return { short: short + plus, long: long + plus };
}
