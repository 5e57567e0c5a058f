import { warnOnce } from './log.js';
import { VERSION } from '../version.js';

/** The widget's tags: a page has all three of one version, or none of this one. */
const TAGS = ['python-showcase', 'python-app-card', 'python-course-promo'];

/**
 * Whether this module should define `tag`: not when it is defined already, and none of the three when another
 * version holds any of them (a widget made of two versions would lose what one passes to the other). That case
 * gets one warning naming both versions, as the drop-in script's guard gives.
 */
export function mayDefine(tag: string): boolean {
  for (const other of TAGS) {
    const registered = (customElements.get(other) as { version?: unknown } | undefined)?.version;
    if (customElements.get(other) && registered !== VERSION) {
      warnOnce(
        'define',
        `${VERSION} not started: ${typeof registered === 'string' ? registered : 'another version'} is already on this page`,
      );
      return false;
    }
  }
  return !customElements.get(tag);
}
