/** Every console message of the widget starts with this, so a partner can filter for it. */
const PREFIX = '[python-showcase]';

export function warn(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}

/** The keys already warned of in this page view. */
const warnedOf = new Set<string>();

/**
 * Warns once per page view for `key`: a problem that would otherwise repeat (a tool that throws at every
 * impression, a consent reading at every write) gives one warning.
 */
export function warnOnce(key: string, message: string): void {
  if (!warnedOf.has(key)) warn(message);
  warnedOf.add(key);
}
