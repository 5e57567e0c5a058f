// The partner snippet, written the same way by the README generator (scripts/update-readme.mjs) and by the
// embed builder (demo/builder.html): the exact-version CDN URL with its integrity hash, a style block that
// reserves the widget's height at each container width, and the tag with phrasing-only fallback content; and
// the builder's two other forms, the mount point and the WordPress shortcode.

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

/** Content as an inline JSON script, every `<` written as \u003c so that no text in it can end the script. */
const inlineJson = (content) =>
  `<script type="application/json">${JSON.stringify(content).replace(/</g, '\\u003c')}</script>`;

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The snippet: `attributes` in order (`true` writes a boolean attribute, `false`, `''` and `undefined` leave it
 * out), `heights` the reserved heights at the BREAKPOINTS.
 */
export function partnerSnippet({ version, integrity, attributes = {}, heights, content }) {
  return `<style>
${reservationCss(heights)}
</style>
${siteScriptTag({ version, integrity })}
<python-showcase${attributeList(attributes)}>${content ? `\n  ${inlineJson(content)}` : ''}
  ${FALLBACK}
</python-showcase>`;
}

/** `attributes` in order, as `name="value"` (or a bare name for `true`), each name prefixed with `prefix`. */
function attributeList(attributes, prefix = '', escapeValue = escapeAttribute) {
  return Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== '' && value !== undefined)
    .map(([name, value]) => (value === true ? ` ${prefix}${name}` : ` ${prefix}${name}="${escapeValue(value)}"`))
    .join('');
}

/**
 * The script tag alone, for whoever may add scripts to a whole site (an administrator, the theme, Google Tag
 * Manager), which fills every mount point on the site's pages.
 */
export function siteScriptTag({ version, integrity }) {
  return `<script src="https://cdn.jsdelivr.net/npm/python-showcase@${version}/dist/python-showcase.js"
        integrity="${integrity}" crossorigin="anonymous" defer></script>`;
}

/**
 * The mount point, for editors that strip unknown tags, scripts and styles but keep a <div> with data-
 * attributes: the data- twin of each attribute, and an inline min-height (what such an editor keeps) of the
 * smallest of `heights`, so the reservation never leaves a gap below the widget.
 */
export function mountPointSnippet({ attributes = {}, heights }) {
  return `<div data-python-showcase${attributeList(attributes, 'data-')} style="min-height: ${Math.min(...heights)}px">
  ${FALLBACK}
</div>`;
}

/**
 * The WordPress plugin's shortcode. A double quote or a square bracket would end the attribute or the
 * shortcode, so they are written as character references, which the plugin passes on as they are.
 */
export function shortcodeSnippet({ attributes = {} }) {
  const escapeValue = (value) =>
    escapeAttribute(value).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');
  return `[python_showcase${attributeList(attributes, '', escapeValue)}]`;
}
