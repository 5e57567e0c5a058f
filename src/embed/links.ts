/** Schemes a rendered link may use; anything else (javascript:, data:, vbscript:, relative URLs) is dropped. */
const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/**
 * Returns the absolute URL when it is a string that parses on its own with an allowed scheme, else `null`.
 * Parsing with `URL` (not a regular expression) sees through case, whitespace and control-character tricks
 * the same way the browser will when the link is followed. Relative and protocol-relative URLs are refused:
 * content may come from another origin, so they would point somewhere its author never meant.
 */
export function toSafeUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.startsWith('//')) return null;
  try {
    const url = new URL(raw.trim());
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export interface Attribution {
  partner?: string | undefined;
  campaign?: string | undefined;
}

/**
 * Adds the partner's UTM parameters to an http(s) link. Keys the link already has are kept as they are, as are
 * its other parameters and its hash; `mailto:` links are left alone.
 */
export function withAttribution(href: string, attribution: Attribution, utmContent: string): string {
  const partner = attribution.partner?.trim();
  if (!partner) return href;
  const url = new URL(href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return href;
  const params: Array<[string, string | undefined]> = [
    ['utm_source', partner],
    ['utm_medium', 'embed'],
    ['utm_campaign', attribution.campaign?.trim() || undefined],
    ['utm_content', utmContent],
  ];
  for (const [key, value] of params) {
    if (value !== undefined && !url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  return url.href;
}

/** A content URL to fetch: absolute or relative to the page, `https:` or `http:` only; else `null`. */
export function toFetchableUrl(raw: string): URL | null {
  try {
    const url = new URL(raw, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
