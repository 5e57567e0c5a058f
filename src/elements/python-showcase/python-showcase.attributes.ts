import type { AttributeTable } from '../attribute-table.js';
import { PROMO_ATTRIBUTES } from '../python-course-promo/python-course-promo.attributes.js';

/** The attributes of `<python-showcase>` besides the shared ones; the promo's are handed to its promo. */
export const SHOWCASE_ATTRIBUTES = {
  /** Comma list of app ids choosing and ordering the cards, e.g. `spotify, netflix`; case and spaces are ignored. */
  apps: { kind: 'text' },
  /** `grid`, `list`, or `carousel` (a row that scrolls sideways; it never moves by itself). */
  layout: { kind: 'choice', values: ['grid', 'list', 'carousel'], default: 'grid' },
  /** The widget's heading; the content's heading when absent. */
  heading: { kind: 'text' },
  /** Where the course promo goes: `top`, `bottom`, or `none`. */
  promo: { kind: 'choice', values: ['top', 'bottom', 'none'], default: 'bottom' },
  /** Shows the key takeaways (present means on, whatever its value). */
  takeaways: { kind: 'flag' },
  /** URL of a content JSON document (http or https, CORS-enabled when on another origin); see docs/content.md. */
  src: { kind: 'text' },
  /**
   * `eager`, or `lazy`: no rendering work (no content read or fetched, no cards, no promo) until the widget is
   * within one viewport of the screen; the height reserved for it holds meanwhile. Read when it is first connected.
   */
  loading: { kind: 'choice', values: ['eager', 'lazy'], default: 'eager' },
  ...PROMO_ATTRIBUTES,
} as const satisfies AttributeTable;
