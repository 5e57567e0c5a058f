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
} as const satisfies AttributeTable;
