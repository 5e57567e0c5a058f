import type { AttributeTable } from './attribute-table.js';

/** The attributes all three elements take: `<python-showcase>` hands them down to its cards and promo. */
export const SHARED_ATTRIBUTES = {
  /** `light`, `dark`, or `auto` to follow the system's colour scheme. */
  theme: { kind: 'choice', values: ['light', 'dark', 'auto'], default: 'auto' },
  /** The level of the element's heading, 1 to 6, to fit the host page's outline (default 2; 3 on a card). */
  'heading-level': { kind: 'level' },
  /** Attribution: adds `utm_source`, `utm_medium=embed` and `utm_content` to every http(s) link. */
  partner: { kind: 'text' },
  /** Attribution: adds `utm_campaign` to every http(s) link when `partner` is set. */
  campaign: { kind: 'text' },
  /** Also pushes each analytics event into `window.dataLayer` for Google Tag Manager (present means on). */
  datalayer: { kind: 'flag' },
  /**
   * Sends the impressions and clicks to the page's own analytics tool, which the widget never loads: `ga4` (`gtag`, else `dataLayer` as GA4 ecommerce), `plausible`, `umami`, `matomo`, `auto` (each of them the page has), or `none`. See docs/guides/measuring.md.
   */
  analytics: { kind: 'choice', values: ['none', 'auto', 'ga4', 'plausible', 'umami', 'matomo'], default: 'none' },
} as const satisfies AttributeTable;
