import type { ShowcaseClickDetail, ShowcaseImpressionDetail } from './events.js';
import { deepFreeze } from '../content/read-content.js';
import type { SHARED_ATTRIBUTES } from '../elements/showcase-element.attributes.js';
import type { Attribution } from './links.js';
import { warnOnce } from './log.js';

/**
 * The names a host's reports, goals and conversions key on: GA4's recommended ecommerce events and parameters
 * (Plausible, Umami and Matomo get the same names). Frozen, because renaming one silently breaks a host's
 * conversions: tests/node/analytics-names.test.mjs fails when any of them changes.
 */
export const ANALYTICS_NAMES = deepFreeze({
  /** Event names by the detail's `kind`: [on an impression, on a click]. */
  promo: ['view_promotion', 'select_promotion'],
  app: ['view_item_list', 'select_item'],
  /** A promo's parameters: its id, its title, its variant's id (or `default`), its slot (`top` or `bottom`). */
  promotion: ['promotion_id', 'promotion_name', 'creative_name', 'creative_slot'],
  /** An entry of `items`: a card's app id, name and place among the cards (a promo's id and title). */
  item: ['item_id', 'item_name', 'index'],
  /** The cards' list parameter and its id, the items' parameter, and `creative_name` without variants. */
  list: ['item_list_id', 'python-showcase', 'items', 'default'],
  /** On every event, when set. */
  attribution: ['partner', 'campaign'],
  /** Matomo's call and event category. */
  matomo: ['trackEvent', 'python-showcase'],
} as const);

/** The `analytics` attribute's values, from its table. */
export type AnalyticsSetting = (typeof SHARED_ATTRIBUTES.analytics.values)[number];

/** What a card or promo tells the tools besides its event's detail: the name shown, and where it sits. */
export interface Shown {
  name?: string | undefined;
  slot?: string | undefined;
  index?: number | undefined;
}

/** The page's tools, as their own snippets define them. */
interface Tools {
  gtag?: (...args: unknown[]) => void;
  dataLayer?: unknown[];
  plausible?: (name: string, options: object) => void;
  umami?: { track(name: string, data: object): void };
  _paq?: unknown[][];
}

/** `names` paired with `values`, leaving out absent ones. */
function zip(names: readonly string[], values: unknown[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  // An index of 0 is a value; an empty `partner` is not.
  names.forEach((name, i) => {
    if (values[i] || values[i] === 0) params[name] = values[i];
  });
  return params;
}

/**
 * Sends an impression or a click through the page's own tools (nothing else): GA4 through `gtag`, or without it
 * (`ga4` only) as `{ ecommerce: null }` then `{ event, ecommerce }` in `dataLayer`; Plausible, Umami and Matomo
 * by their documented calls, with the same parameters flattened. A missing tool gets nothing; a tool that throws
 * is skipped with one warning, and the others still get the event.
 */
export function sendToTools(setting: AnalyticsSetting, event: Event, shown: Shown, attribution: Attribution): void {
  const { kind, id, variant } = (event as CustomEvent<ShowcaseClickDetail | ShowcaseImpressionDetail>).detail;
  const names = ANALYTICS_NAMES;
  const promo = kind == 'promo';
  // Dismissals and errors have no `kind`: they are not sent.
  const name = names[kind]?.[+(event.type == 'showcase-click')];
  if (!name) return;
  const [listParam, listId, itemsParam, noVariant] = names.list;
  const item = zip(names.item, [id, shown.name, shown.index]);
  const base = promo
    ? zip(names.promotion, [id, shown.name, variant || noVariant, shown.slot])
    : { [listParam]: listId };
  const extra = zip(names.attribution, [attribution.partner, attribution.campaign]);
  const flat = { ...base, ...(!promo && item), ...extra };
  const ga4 = { ...base, [itemsParam]: [item], ...extra };
  const tools = window as unknown as Tools;
  const sends: Record<string, [unknown, () => void]> = {
    ga4: [
      tools.gtag,
      () => {
        if (tools.gtag) return tools.gtag('event', name, ga4);
        // As Google documents GA4 ecommerce in Tag Manager: clear the previous ecommerce object, then push.
        const layer = (tools.dataLayer ??= []);
        layer.push({ ecommerce: null });
        layer.push({ event: name, ecommerce: ga4 });
      },
    ],
    plausible: [tools.plausible, () => tools.plausible!(name, { props: flat })],
    umami: [tools.umami, () => tools.umami!.track(name, flat)],
    matomo: [tools._paq, () => tools._paq!.push([...names.matomo, name, id])],
  };
  for (const tool in sends) {
    const [present, send] = sends[tool]!;
    // `auto`: each tool the page has; one named: that tool, and for GA4 without gtag, `dataLayer`.
    if (setting == 'auto' ? present : setting == tool && (present || tool == 'ga4')) {
      try {
        send();
      } catch (error) {
        // Once per tool and page view: a broken tool would otherwise warn at every impression.
        warnOnce(tool, `analytics: ${tool} threw (${String(error)})`);
      }
    }
  }
}
