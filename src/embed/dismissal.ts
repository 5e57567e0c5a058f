/** How long a closed promo stays closed. */
const REMEMBER_MS = 30 * 24 * 60 * 60 * 1000;
const KEY_PREFIX = 'python-showcase:dismissed:';

/** Promos closed in this page view, for when storage throws (sandboxed iframes, blocked storage). */
const closedThisPageView = new Set<string>();

/** Whether the promo with this id was closed in this page view or within the last 30 days on this origin. */
export function isDismissed(promoId: string): boolean {
  if (closedThisPageView.has(promoId)) return true;
  try {
    const closedAt = Number(localStorage.getItem(KEY_PREFIX + promoId));
    return closedAt > 0 && Date.now() - closedAt < REMEMBER_MS;
  } catch {
    return false;
  }
}

/** Remembers that the promo with this id was closed: for 30 days where storage works, else for this page view. */
export function rememberDismissal(promoId: string): void {
  closedThisPageView.add(promoId);
  try {
    localStorage.setItem(KEY_PREFIX + promoId, String(Date.now()));
  } catch {
    // Storage is blocked here; the promo stays closed for this page view only.
  }
}
