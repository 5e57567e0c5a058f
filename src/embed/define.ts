import { warn } from './log.js';
import { VERSION } from '../version.js';

let warned = false;

/**
 * Called where a module finds its tag already registered: by another copy of this version (harmless, quiet) or
 * by another version, which keeps the page's widget; that gets one warning naming both versions, as the drop-in
 * script's guard gives.
 */
export function warnOfOtherVersion(tag: string): void {
  const registered = (customElements.get(tag) as { version?: unknown } | undefined)?.version;
  if (warned || registered === VERSION) return;
  warned = true;
  warn(`${VERSION} not started: ${typeof registered === 'string' ? registered : 'another version'} is already on this page`);
}
