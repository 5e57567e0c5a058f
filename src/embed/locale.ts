import { isServer } from 'lit';

/**
 * The page's language for an element: `lang` on the element or its closest ancestor, looking through shadow
 * roots (a card inside the showcase takes the language of the page around the showcase). An invalid or
 * missing tag gives `en`.
 */
export function localeOf(element: Element): string {
  if (isServer) return serverLocale;
  let node: Element | null = element;
  while (node) {
    const tagged: Element | null = node.closest('[lang]');
    if (tagged) return validLocale(tagged.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}

const checked = new Map<string, string>();

/** A BCP 47 tag as Intl canonicalizes it; an invalid or missing one gives `en`. */
export function validLocale(tag: string | null): string {
  if (!tag) return 'en';
  let locale = checked.get(tag);
  if (locale === undefined) {
    try {
      locale = Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    checked.set(tag, locale);
  }
  return locale;
}

/** The page's language during a server render, which has no page to read `lang` from. */
let serverLocale = 'en';

/** @internal Sets the language of what a server renders next (`python-showcase/ssr`); an invalid tag gives `en`. */
export function setServerLocale(tag: string | undefined): void {
  serverLocale = validLocale(tag ?? null);
}
