import type { Attribution } from './links.js';
import { warn } from './log.js';

/** The event detail's fields and the attribution, in the order they are pushed, each as `showcase_<field>`. */
const FIELDS = ['kind', 'id', 'href', 'variant', 'reason', 'source', 'partner', 'campaign'];
/** `window.dataLayer` as the page left it: Tag Manager's array, or whatever else a script put there. */
type DataLayer = { push?(entry: Record<string, string>): unknown };

/**
 * Pushes a widget event into `window.dataLayer` as the flat object Google Tag Manager triggers read:
 * `{ event: 'showcase_click', showcase_kind, showcase_id, showcase_href, showcase_partner, showcase_campaign }`,
 * plus `showcase_variant` for a promo with variants, and `showcase_reason` and `showcase_source` for errors. Absent fields are left out.
 */
export function pushToDataLayer(event: Event, attribution: Attribution): void {
  const values: Record<string, unknown> = {
    ...(event as CustomEvent<Record<string, unknown>>).detail,
    partner: attribution.partner,
    campaign: attribution.campaign,
  };
  const entry: Record<string, string> = { event: event.type.replace('-', '_') };
  for (const field of FIELDS) {
    const value = values[field];
    if (typeof value === 'string' && value) entry[`showcase_${field}`] = value;
  }
  const host = window as unknown as { dataLayer?: DataLayer };
  const layer: DataLayer = (host.dataLayer ??= []);
  if (typeof layer.push === 'function') layer.push(entry);
  else warn('window.dataLayer is not an array; the event was not pushed');
}
