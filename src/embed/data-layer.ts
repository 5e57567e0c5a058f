import type { Attribution } from './links.js';
import { warn } from './log.js';

type DataLayerEntry = Record<string, string>;
/** `window.dataLayer` as the page left it: Tag Manager's array, or whatever else a script put there. */
type DataLayer = { push?(entry: DataLayerEntry): unknown };

/**
 * Pushes a widget event into `window.dataLayer` as the flat object Google Tag Manager triggers read:
 * `{ event: 'showcase_click', showcase_kind, showcase_id, showcase_href, showcase_partner, showcase_campaign }`,
 * plus `showcase_variant` for a promo with variants, and `showcase_reason` and `showcase_source` for errors. Absent fields are left out.
 */
export function pushToDataLayer(event: Event, attribution: Attribution): void {
  const detail = ((event as CustomEvent).detail ?? {}) as Record<string, unknown>;
  const entry: DataLayerEntry = { event: event.type.replace('-', '_') };
  const fields: Record<string, unknown> = {
    showcase_kind: detail.kind,
    showcase_id: detail.id,
    showcase_href: detail.href,
    showcase_variant: detail.variant,
    showcase_reason: detail.reason,
    showcase_source: detail.source,
    showcase_partner: attribution.partner,
    showcase_campaign: attribution.campaign,
  };
  for (const [key, value] of Object.entries(fields)) if (typeof value === 'string' && value) entry[key] = value;
  const host = window as unknown as { dataLayer?: DataLayer };
  const layer: DataLayer = (host.dataLayer ??= []);
  if (typeof layer.push === 'function') layer.push(entry);
  else warn('window.dataLayer is not an array; the event was not pushed');
}
