/** Every console message of the widget starts with this, so a partner can filter for it. */
const PREFIX = '[python-showcase]';

export function warn(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}
