import type { ShowcaseErrorDetail } from '../embed/events.js';

/** How long `src` may take to give a valid answer before the default content renders. */
export const SRC_TIMEOUT_MS = 3000;

type Parsed = { value: unknown; repaired?: boolean } | undefined;

/** JSON text's value, or `undefined` when it is not JSON. */
export function parseJson(text: string): Parsed {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/**
 * Parses JSON text from an inline `<script type="application/json">`. When strict parsing fails, it tries once
 * more after undoing what CMS editors do to pasted text: paragraph and line-break tags (WordPress's `wpautop`)
 * and typographic quotes (`wptexturize`). Returns `undefined` when the text is not JSON either way.
 */
export function parseJsonText(text: string): Parsed {
  const strict = parseJson(text);
  if (strict) return strict;
  const repaired = parseJson(
    text
      .replace(/<\/?p\b[^>]*>|<br\s*\/?>/gi, '')
      .replace(/[“”„]|&#822[01];|&quot;/g, '"')
      .replace(/[‘’]|&#821[67];/g, "'"),
  );
  return repaired && { ...repaired, repaired: true };
}

export type FetchResult =
  { value: unknown; note?: string } | { reason: ShowcaseErrorDetail['reason']; message: string };

/**
 * Fetches a content document: no cookies, any content type (with a note when it is not JSON's), failures
 * named by reason. A request the page's `connect-src` refused is told apart from other network failures by the
 * `securitypolicyviolation` event the browser fires for it. Without an answer in `SRC_TIMEOUT_MS`, `request` is
 * aborted and the result is a timeout; the caller aborts it too when a newer load replaces this one, and drops
 * the result.
 */
export async function fetchContent(url: URL, request: AbortController): Promise<FetchResult> {
  let blockedByCsp = false;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    blockedByCsp ||= url.href.startsWith(event.blockedURI);
  };
  const timeout = setTimeout(() => request.abort(), SRC_TIMEOUT_MS);
  document.addEventListener('securitypolicyviolation', onViolation);
  try {
    const response = await fetch(url, { credentials: 'omit', signal: request.signal });
    if (!response.ok) return { reason: 'http', message: `HTTP ${response.status}` };
    const type = response.headers.get('content-type');
    const parsed = parseJson(await response.text());
    if (!parsed) return { reason: 'parse', message: 'not JSON' };
    return /json/i.test(type ?? '') ? parsed : { ...parsed, note: `served as ${type}` };
  } catch {
    if (request.signal.aborted) return { reason: 'timeout', message: `no answer in ${SRC_TIMEOUT_MS} ms` };
    // The violation event is queued as a task of its own: let it arrive before deciding.
    await new Promise((resolve) => setTimeout(resolve));
    return blockedByCsp
      ? { reason: 'csp', message: 'blocked by connect-src' }
      : { reason: 'network', message: 'network error or CORS refusal' };
  } finally {
    clearTimeout(timeout);
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}
