import type { AttributeTable } from '../attribute-table.js';

/** The attributes of `<python-course-promo>`; `<python-showcase>` takes them too, for its promo. */
export const PROMO_ATTRIBUTES = {
  /** Gives the promo a close button; once closed it stays closed for 30 days on this site (present means on). */
  dismissible: { kind: 'flag' },
  /**
   * Where the widget may remember anything about the visitor (the promo's visitor id, views, closed and converted marks): `local` (`localStorage`), `none` (nothing written; each page view stands alone), or `consent` (as `none` until the page's consent tool allows functional storage, through Google Consent Mode, the WordPress Consent API or IAB TCF; then as `local`, and the record is deleted when consent is withdrawn). A change takes effect at once.
   */
  storage: { kind: 'choice', values: ['local', 'none', 'consent'], default: 'local' },
  /** A promo variant's id, shown instead of the visitor's own, for review; the visitor's assignment is not changed. */
  variant: { kind: 'text' },
  /** An instant to show the promo as at, for review (ISO 8601 with an offset): schedules and deadline lines follow it, and nothing is remembered. */
  'preview-at': { kind: 'text' },
} as const satisfies AttributeTable;
