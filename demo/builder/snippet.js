// The partner snippet, written the same way by the README generator (scripts/update-readme.mjs) and by the
// embed builder (demo/builder.html): the exact-version CDN URL with its integrity hash, a style block that
// reserves the widget's height at each container width, and the tag with phrasing-only fallback content.

export const FALLBACK = '<a href="https://www.nobledesktop.com/">Apps you use every day are built with Python</a>';

/** The container widths from which each reserved height applies. */
export const BREAKPOINTS = [0, 600, 1100];

/**
 * The height the widget takes with its default content and attributes at container widths of 320, 768 and
 * 1280 px (the widths the layout-shift test checks), measured in Chromium: the README snippet's reservation.
 */
export const DEFAULT_HEIGHTS = [2441, 1245, 827];

/**
 * CSS that reserves `heights[i]` from container width `BREAKPOINTS[i]` on, until the element is defined: the
 * host becomes a size container whose ::after takes the height, overlaid with the fallback.
 */
export function reservationCss(heights) {
  const reserve = 'python-showcase:not(:defined)';
  return [
    `${reserve}{display:grid;container-type:inline-size}`,
    `${reserve}>*,${reserve}::after{grid-area:1/1}`,
    ...BREAKPOINTS.map((minWidth, i) =>
      minWidth
        ? `@container (min-width:${minWidth}px){${reserve}::after{content:"";height:${heights[i]}px}}`
        : `${reserve}::after{content:"";height:${heights[i]}px}`,
    ),
  ].join('\n');
}

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The snippet: `attributes` in order (`true` writes a boolean attribute, `false`, `''` and `undefined` leave it
 * out), `heights` the reserved heights at the BREAKPOINTS.
 */
export function partnerSnippet({ version, integrity, attributes = {}, heights }) {
  const attributeText = Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== '' && value !== undefined)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<style>
${reservationCss(heights)}
</style>
<script src="https://cdn.jsdelivr.net/npm/python-showcase@${version}/dist/python-showcase.js"
        integrity="${integrity}" crossorigin="anonymous" defer></script>
<python-showcase${attributeText}>
  ${FALLBACK}
</python-showcase>`;
}
