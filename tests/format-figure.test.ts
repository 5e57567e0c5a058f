import { expect } from '@open-wc/testing';
import { formatFigure } from '../src/content/format-figure.js';

// English figures are written without Intl (its first use costs a page tens of milliseconds); what a reader sees
// and hears must still be exactly what Intl's compact notation, rounded down, gives in this browser.
const intl = (locale: string, compactDisplay: 'short' | 'long') =>
  new Intl.NumberFormat(locale, {
    notation: 'compact',
    compactDisplay,
    maximumFractionDigits: 1,
    roundingMode: 'floor',
  });

/** Boundaries of each scale, the default content's figures, and a spread of other whole numbers. */
function figures(): number[] {
  const values = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 1099, 1100, 1999, 9999, 10_000, 99_999, 100_000, 999_999];
  for (const scale of [1e6, 1e9, 1e12])
    values.push(scale - 1, scale, scale + 1, 1.05 * scale, 2.449 * scale, 999.99 * scale);
  values.push(2e9, 8.5e9, 5e8, 2.5e8, 7e8, 999_999_999_999_999, 1e15, 3.7e16, Number.MAX_SAFE_INTEGER);
  let seed = 7;
  for (let i = 0; i < 300; i++) {
    seed = (seed * 48_271) % 2_147_483_647;
    values.push(Math.floor((seed / 2_147_483_647) * 10 ** (1 + (i % 15))));
  }
  return values;
}

describe('figures', () => {
  for (const locale of ['en', 'en-US']) {
    it(`read and sound as Intl's compact notation, rounded down, in ${locale}`, () => {
      const short = intl(locale, 'short');
      const long = intl(locale, 'long');
      for (const value of figures()) {
        expect(formatFigure({ value }, locale), String(value)).to.deep.equal({
          short: short.format(value),
          long: long.format(value),
        });
      }
    });
  }

  it('carry a "+" when the figure is a lower bound', () => {
    expect(formatFigure({ value: 2e9, over: true }, 'en')).to.deep.equal({ short: '2B+', long: '2 billion+' });
    expect(formatFigure({ value: 2_449_000_000, over: true }, 'en')).to.deep.equal({
      short: '2.4B+',
      long: '2.4 billion+',
    });
  });

  it('use Intl for other languages and for fractions', () => {
    expect(formatFigure({ value: 2e9 }, 'de')).to.deep.equal({
      short: intl('de', 'short').format(2e9),
      long: intl('de', 'long').format(2e9),
    });
    expect(formatFigure({ value: 999.99 }, 'en').short).to.equal(intl('en', 'short').format(999.99));
  });
});
