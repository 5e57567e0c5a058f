/** Whether a parsed URL is a web page's (`https:` or `http:`): the only ones fetched, and given UTM parameters. */
const isWeb = (url: URL) => url.protocol === 'https:' || url.protocol === 'http:';

/** `raw` parsed as a URL (relative to `base`, when given), or `null` when it is not one. */
function parseUrl(raw: string, base?: string): URL | null {
  try {
    return new URL(raw, base);
  } catch {
    return null;
  }
}

/**
 * Returns the absolute URL when it is a string that parses on its own with an allowed scheme (`https:`, `http:`,
 * `mailto:`), else `null`; anything else (javascript:, data:, vbscript:, relative URLs) is dropped. Parsing with
 * `URL` (not a regular expression) sees through case, whitespace and control-character tricks the same way the
 * browser will when the link is followed. Relative and protocol-relative URLs are refused: content may come from
 * another origin, so they would point somewhere its author never meant.
 */
export function toSafeUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.startsWith('//')) return null;
  const url = parseUrl(raw.trim());
  return url && (isWeb(url) || url.protocol === 'mailto:') ? url.href : null;
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
  if (!isWeb(url)) return href;
  const params = {
    utm_source: partner,
    utm_medium: 'embed',
    utm_campaign: attribution.campaign?.trim(),
    utm_content: utmContent,
  };
  for (const [key, value] of Object.entries(params)) {
    if (value && !url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  return url.href;
}

/** A content URL to fetch: absolute or relative to the page, `https:` or `http:` only; else `null`. */
export function toFetchableUrl(raw: string): URL | null {
  const url = parseUrl(raw, document.baseURI);
  return url && isWeb(url) ? url : null;
}
