import { warn } from './log.js';

/**
 * Returns `value` when it is one of `allowed`, else `fallback` with a warning naming the attribute, so a typo in
 * a CMS snippet (`layout="hexagon"`) still renders the widget.
 */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T, attribute: string): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  // eslint-disable-next-line @typescript-eslint/restrict-template-expressions, @typescript-eslint/no-base-to-string -- any value a page set; String() would add bytes to the drop-in
  if (value != null) warn(`${attribute}="${value}" is not ${allowed.join('|')}; using ${fallback}`);
  return fallback;
}

/** A heading level from 1 to 6; anything else falls back with a warning. */
export function headingLevel(value: unknown, fallback: number, attribute: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6) return value;
  // eslint-disable-next-line @typescript-eslint/restrict-template-expressions, @typescript-eslint/no-base-to-string -- any value a page set; String() would add bytes to the drop-in
  if (value != null) warn(`${attribute}="${value}" is not 1-6; using ${fallback}`);
  return fallback;
}
