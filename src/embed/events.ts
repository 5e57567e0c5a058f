import { isServer } from 'lit';

/** The detail of `showcase-impression`: a card or the promo was seen (half visible for one continuous second). */
export interface ShowcaseImpressionDetail {
  kind: 'app' | 'promo';
  id: string;
  /** The variant shown, for a promo with variants. */
  variant?: string;
}

/** The detail of `showcase-click`: a card link or a promo link was activated. */
export interface ShowcaseClickDetail {
  kind: 'app' | 'promo';
  id: string;
  /** The URL as followed, with its UTM parameters. */
  href: string;
  /** The variant shown, for a promo with variants. */
  variant?: string;
}

/** The detail of `showcase-dismiss`: the promo was closed. */
export interface ShowcaseDismissDetail {
  id: string;
  /** The variant shown, for a promo with variants. */
  variant?: string;
}

/** The detail of `showcase-error`: a content source failed or had invalid parts. */
export interface ShowcaseErrorDetail {
  reason: 'network' | 'http' | 'timeout' | 'parse' | 'schema' | 'csp';
  source: 'property' | 'inline' | 'src' | 'default';
}

export interface ShowcaseEventMap {
  'showcase-impression': CustomEvent<ShowcaseImpressionDetail>;
  'showcase-click': CustomEvent<ShowcaseClickDetail>;
  'showcase-dismiss': CustomEvent<ShowcaseDismissDetail>;
  'showcase-error': CustomEvent<ShowcaseErrorDetail>;
}

/** The widget's public events, in the order of the contract. */
export const SHOWCASE_EVENTS = ['showcase-impression', 'showcase-click', 'showcase-dismiss', 'showcase-error'] as const;

/**
 * Fires one of the widget's public events: bubbling and composed, so the host page hears it from any depth.
 * A server render has no page to hear them: the browser fires its own when it takes over.
 */
export function emit<K extends keyof ShowcaseEventMap>(
  target: EventTarget,
  name: K,
  detail: ShowcaseEventMap[K]['detail'],
): void {
  if (isServer) return;
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap extends ShowcaseEventMap {}
}
