// The partner snippet, written the same way by the README generator (scripts/update-readme.mjs) and by the
// embed builder (demo/builder.html): the exact-version CDN URL with its integrity hash, a style block that
// reserves the widget's height at each container width, and the tag with phrasing-only fallback content; and
// the builder's other forms: the mount point, the WordPress shortcode and block, a React component, a Vue component
// and a Google Tag Manager Custom HTML tag. Pure functions: `npm run build` also bundles this module for Node
// (dist/builder/snippets.js), where the README generator and the Node tests use it.
import { propertyName } from '../../src/elements/attribute-table.js';
import { blockCommentJson, escapeAttribute, inlineJsonScript, scriptSafeJson } from '../../src/embed/html-escaping.js';
import { SHOWCASE_TABLE } from './option-fields.js';

/**
 * The attributes a snippet writes, by name, in order: `true` writes a boolean attribute; `false`, `''` and
 * `undefined` leave it out.
 */
export type Attributes = Record<string, string | boolean | undefined>;

/** What every form is written from: the published script's version and integrity, the options and the content. */
export interface SnippetInput {
  version: string;
  integrity: string;
  attributes?: Attributes;
  /** The reserved heights, one per breakpoint (BREAKPOINTS). */
  heights: readonly number[];
  /** The content document, for the forms that carry it; undefined for the default content. */
  content?: unknown;
}

export const FALLBACK = '<a href="https://www.nobledesktop.com/">Apps you use every day are built with Python</a>';

/** The container widths from which each reserved height applies. */
export const BREAKPOINTS = [0, 600, 1100] as const;

/**
 * The height the widget takes with its default content and attributes at container widths of 320, 768 and
 * 1280 px (the widths the layout-shift test checks), measured in Chromium: the README snippet's reservation.
 */
export const DEFAULT_HEIGHTS = [2441, 1245, 827] as const;

/**
 * CSS that reserves `heights[i]` from container width `BREAKPOINTS[i]` on, until the element is defined: the
 * host becomes a size container whose ::after takes the height, overlaid with the fallback. `reserve` selects what
 * is waiting: the tag by default; the WordPress plugin's mount points are
 * `[data-python-showcase]:not(:has(>python-showcase:defined))` (python_showcase_reservation_css, which wraps the
 * same rules in its feature queries).
 */
export function reservationCss(heights: readonly number[], reserve = 'python-showcase:not(:defined)'): string {
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

/** The attributes a snippet writes, as [name, value]: `false`, `''` and `undefined` are left out. */
const writtenAttributes = (attributes: Attributes) =>
  Object.entries(attributes).filter(
    (entry): entry is [string, string | true] => entry[1] !== false && entry[1] !== '' && entry[1] !== undefined,
  );

/** `attributes` in order, as `name="value"` (or a bare name for `true`), each name prefixed with `prefix`. */
function attributeList(attributes: Attributes, prefix = '', escapeValue = escapeAttribute): string {
  return writtenAttributes(attributes)
    .map(([name, value]) => (value === true ? ` ${prefix}${name}` : ` ${prefix}${name}="${escapeValue(value)}"`))
    .join('');
}

/**
 * The script tag alone, for whoever may add scripts to a whole site (an administrator, the theme, Google Tag
 * Manager), which fills every mount point on the site's pages. `defer` unless told otherwise.
 */
export function siteScriptTag({
  version,
  integrity,
  defer = true,
}: Pick<SnippetInput, 'version' | 'integrity'> & { defer?: boolean }): string {
  return `<script src="https://cdn.jsdelivr.net/npm/python-showcase@${version}/dist/python-showcase.js"
        integrity="${integrity}" crossorigin="anonymous"${defer ? ' defer' : ''}></script>`;
}

/** The snippet: `attributes` in order, `heights` the reserved heights at the BREAKPOINTS. */
export function partnerSnippet({ version, integrity, attributes = {}, heights, content }: SnippetInput): string {
  return `<style>
${reservationCss(heights)}
</style>
${siteScriptTag({ version, integrity })}
<python-showcase${attributeList(attributes)}>${content ? `\n  ${inlineJsonScript(content)}` : ''}
  ${FALLBACK}
</python-showcase>`;
}

/**
 * The mount point, for editors that strip unknown tags, scripts and styles but keep a <div> with data-
 * attributes: the data- twin of each attribute, and an inline min-height (what such an editor keeps) of the
 * smallest of `heights`, so the reservation never leaves a gap below the widget.
 */
export function mountPointSnippet({ attributes = {}, heights }: Pick<SnippetInput, 'attributes' | 'heights'>): string {
  return `<div data-python-showcase${attributeList(attributes, 'data-')} style="min-height: ${Math.min(...heights)}px">
  ${FALLBACK}
</div>`;
}

/**
 * The WordPress plugin's shortcode. A double quote or a square bracket would end the attribute or the
 * shortcode, so they are written as character references, which the plugin passes on as they are.
 */
export function shortcodeSnippet({ attributes = {} }: Pick<SnippetInput, 'attributes'>): string {
  const escapeValue = (value: string) => escapeAttribute(value).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');
  return `[python_showcase${attributeList(attributes, '', escapeValue)}]`;
}

/** The WordPress plugin's block (wordpress/python-showcase/block/block.json). */
export const BLOCK_NAME = 'python-showcase/showcase';

/**
 * The WordPress plugin's block as WordPress's serializer writes it, which the block editor's Code editor shows and
 * takes: a comment holding the block's attributes as JSON. Each option is its attribute in camelCase, in the
 * contract's order (the attribute tables', which block.json's follows): a flag as `true`, the heading level as a
 * number, the rest as text; an option not set, or not the widget's, is left out, as WordPress leaves it out.
 */
export function blockSnippet({ attributes = {} }: Pick<SnippetInput, 'attributes'>): string {
  const written = new Map(writtenAttributes(attributes));
  const block: Record<string, string | number | true> = {};
  for (const [name, spec] of Object.entries(SHOWCASE_TABLE)) {
    const value = written.get(name);
    if (value === undefined) continue;
    block[propertyName(name)] = spec.kind === 'flag' ? true : spec.kind === 'level' ? Number(value) : value;
  }
  return `<!-- wp:${BLOCK_NAME} ${Object.keys(block).length ? `${blockCommentJson(block)} ` : ''}/-->`;
}

/** Content as a JavaScript object literal in a script, its lines indented by `indent`. */
const scriptJson = (content: unknown, indent: string) => scriptSafeJson(content, 2).replace(/\n/g, `\n${indent}`);

/**
 * A JSX attribute value: a plain string where it has neither `"` (which would end it) nor `&` (which JSX reads
 * as a character reference), else a JavaScript string in braces.
 */
const jsxValue = (value: string) => (/["&]/.test(value) ? `{${scriptSafeJson(value)}}` : `"${value}"`);

/**
 * A React 19 component for an app that installs the package: React sets `content` (an object) and the widget's
 * other properties as properties, since the import defines the element before React renders.
 */
export function reactSnippet({
  version,
  attributes = {},
  content,
}: Pick<SnippetInput, 'version' | 'attributes' | 'content'>): string {
  const props = writtenAttributes(attributes).map(([name, value]) =>
    value === true ? name : `${name}=${jsxValue(value)}`,
  );
  if (content) props.unshift('content={content}');
  return `// npm install python-showcase@${version}
import 'python-showcase';
${content ? `\nconst content = ${scriptJson(content, '')};\n` : ''}
export default function Showcase() {
  return (
    <python-showcase${props.map((prop) => `\n      ${prop}`).join('')}${props.length ? '\n    ' : ' '}/>
  );
}
`;
}

/**
 * A Vue 3 single-file component: content bound with `.prop` (a property, never an attribute), booleans bound as
 * `true` so Vue sets the property rather than an empty string.
 */
export function vueSnippet({
  version,
  attributes = {},
  content,
}: Pick<SnippetInput, 'version' | 'attributes' | 'content'>): string {
  const bindings = writtenAttributes(attributes).map(([name, value]) =>
    value === true ? `:${name}="true"` : `${name}="${escapeAttribute(value)}"`,
  );
  if (content) bindings.unshift(':content.prop="content"');
  return `<script setup>
// npm install python-showcase@${version}
import 'python-showcase';
${content ? `\nconst content = ${scriptJson(content, '')};\n` : ''}</script>

<template>
  <python-showcase${bindings.map((binding) => `\n    ${binding}`).join('')}${bindings.length ? '\n  ' : ''}></python-showcase>
</template>
`;
}

/** What the package's tags start with, which Vue's compiler is told are custom elements. */
export const CUSTOM_ELEMENT_PREFIX = 'python-';

/** What Vue's compiler needs to know, once for the app: the tags are custom elements (vite.config.js). */
export const VUE_COMPILER_OPTIONS = `// vite.config.js
import vue from '@vitejs/plugin-vue';

export default {
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('${CUSTOM_ELEMENT_PREFIX}') } } })],
};`;

/** The id of the element Google Tag Manager's Custom HTML tag moves the widget into. */
export const TAG_MANAGER_SPOT = 'python-showcase-spot';

/**
 * The spot for a Google Tag Manager widget, on the page where it should appear: the only part the page's editor
 * adds, with the smallest of `heights` reserved (the widget arrives after the page has loaded).
 */
export function tagManagerSpot({ heights }: Pick<SnippetInput, 'heights'>): string {
  return `<div id="${TAG_MANAGER_SPOT}" style="min-height: ${Math.min(...heights)}px"></div>`;
}

/**
 * A Google Tag Manager Custom HTML tag: Tag Manager adds it at the end of <body>, so its script moves the widget
 * into the page's spot, and sets the content as a property (Tag Manager may move inline <script> elements out of
 * the tag). ES5 only, which every version of Tag Manager's Custom HTML accepts.
 */
export function tagManagerSnippet({
  version,
  integrity,
  attributes = {},
  content,
}: Pick<SnippetInput, 'version' | 'integrity' | 'attributes' | 'content'>): string {
  // Tag Manager reads `{{Name}}` in a Custom HTML tag as one of its variables: a brace is written as a character
  // reference in attributes and as \u007b in the script, which the browser reads back as a brace.
  const attributeValue = (value: string) => escapeAttribute(value).replace(/\{/g, '&#123;');
  const json = content ? scriptJson(content, '    ').replace(/\{\{/g, '{\\u007b') : '';
  // Not deferred: Tag Manager adds the tag after the page has loaded, and runs its scripts in order.
  return `${siteScriptTag({ version, integrity, defer: false })}
<python-showcase id="python-showcase-from-gtm"${attributeList(attributes, '', attributeValue)}>
  ${FALLBACK}
</python-showcase>
<script>
  (function () {
    var widget = document.getElementById('python-showcase-from-gtm');
    var spot = document.getElementById('${TAG_MANAGER_SPOT}');
    if (!widget || !spot) return;${json ? `\n    widget.content = ${json};` : ''}
    spot.appendChild(widget);
  })();
</script>`;
}
