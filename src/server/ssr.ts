/**
 * `python-showcase/ssr`: renders the widget to HTML on a server, as declarative shadow DOM, for sites that build
 * their pages (Eleventy, Next.js, a CMS plugin). Built on `@lit-labs/ssr`, which `npm run build` bundles into
 * this module (see scripts/build-server.mjs); the elements and Lit are the package's own.
 */
import { createHash } from 'node:crypto';
import { html as serverHtml, render, LitElementRenderer } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { PythonAppCard, PythonCoursePromo, PythonShowcase, defaultContent } from '../index.js';
import type { ShowcaseContentInput } from '../content/content-model.js';
import { readContent } from '../content/read-content.js';
import type { AttributeTable } from '../elements/attribute-table.js';
import { SHOWCASE_ATTRIBUTES as SHOWCASE_TABLE } from '../elements/python-showcase/python-showcase.attributes.js';
import { SHARED_ATTRIBUTES } from '../elements/showcase-element.attributes.js';
import { escapeAttribute, inlineJsonScript } from '../embed/html-escaping.js';
import { setServerLocale, validLocale } from '../embed/locale.js';
import { warn } from '../embed/log.js';

/** An attribute's value as a server writes it: text, a number, or for a boolean attribute `true` (present). */
export type AttributeValue = string | number | boolean | null | undefined;

/** The names of `<python-showcase>`'s attributes, its own and those it shares: `apps`, `heading-level`, … */
export type ShowcaseAttributeName = keyof typeof SHOWCASE_TABLE | keyof typeof SHARED_ATTRIBUTES;

export interface RenderShowcaseOptions {
  /**
   * `<python-showcase>`'s attributes by their names (`apps`, `heading-level`, …); `false`, `null` leave one out.
   * A name that is not one fails to compile; from JavaScript, it is ignored with a warning.
   */
  attributes?: Partial<Record<ShowcaseAttributeName, AttributeValue>>;
  /** Content in the public JSON shape; left out, the default. Also written into the output as inline JSON. */
  content?: ShowcaseContentInput;
  /** The page's language, for figures; default `en`. */
  lang?: string;
}

/** `<python-showcase>`'s attributes, its own and those it shares with the cards and promo: its attribute tables. */
const TABLE: AttributeTable = { ...SHOWCASE_TABLE, ...SHARED_ATTRIBUTES };
/** The attributes that are on when present, as the command's flags without a value. */
export const BOOLEAN_ATTRIBUTES = Object.keys(TABLE).filter((name) => TABLE[name]!.kind === 'flag');
/** Every attribute `renderShowcase` writes, by name. */
export const SHOWCASE_ATTRIBUTES = (Object.keys(TABLE) as ShowcaseAttributeName[]).sort();

/**
 * The opening tag as a Lit template, made once from the tables (Lit knows a template by its strings array):
 * `<python-showcase apps=${…} … ?takeaways=${…}>`. A template strings array needs its `raw`, as one written
 * in the source has; Lit's own `static-html` makes them the same way.
 */
/** The order a server writes them in: the tables' order, the boolean ones last. */
const TEMPLATE_ORDER = Object.keys(TABLE).sort(
  (a, b) => +BOOLEAN_ATTRIBUTES.includes(a) - +BOOLEAN_ATTRIBUTES.includes(b),
);
const SHOWCASE_TEMPLATE_STRINGS: TemplateStringsArray = (() => {
  // One line: whitespace between the bindings would stay inside the opening tag.
  const names = TEMPLATE_ORDER.map((name) => `${BOOLEAN_ATTRIBUTES.includes(name) ? '?' : ''}${name}=`);
  const strings = [`<python-showcase ${names[0]}`, ...names.slice(1).map((name) => ` ${name}`), '></python-showcase>'];
  return Object.assign(strings, { raw: strings });
})();

const END_TAG = '</python-showcase>';

/**
 * Renders `<python-showcase>` to an HTML string: the element with `attributes`, its shadow roots (its own,
 * each card's and the promo's) declarative and open with their styles, the given content as inline JSON (so
 * the browser renders the same content when the drop-in script takes over), and a fallback link as light DOM.
 * An invalid attribute value warns and renders the default, as on the page.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- a promise by contract: failures reach callers as rejections
export async function renderShowcase(options: RenderShowcaseOptions = {}): Promise<string> {
  const { lang = 'en' } = options;
  // By any name: a JavaScript caller's may be any.
  const attributes: Record<string, AttributeValue> = options.attributes ?? {};
  // What the browser will read back from the inline JSON: a Date, a toJSON or an undefined field become here what
  // they become there.
  const content =
    options.content === undefined ? undefined : (JSON.parse(JSON.stringify(options.content)) as ShowcaseContentInput);
  if (typeof attributes.src === 'string' && attributes.src.trim()) {
    warn(
      'render: src is fetched by the browser, which shows the fallback link while it loads; pass its document as content to render it here',
    );
  }
  const text = (name: string) => {
    const value = attributes[name];
    return value === undefined || value === null || value === false ? nothing : String(value);
  };
  const on = (name: string) => {
    const value = attributes[name];
    return value !== undefined && value !== null && value !== false;
  };
  for (const name of Object.keys(attributes)) {
    if (!(SHOWCASE_ATTRIBUTES as string[]).includes(name))
      warn(`render: "${name}" is not an attribute of <python-showcase>; ignored`);
  }

  // The content reaches the element as the `content` property, as a page's script would set it.
  class ContentRenderer extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      if (content !== undefined && this.tagName === 'python-showcase')
        (this.element as PythonShowcase).content = content;
    }
  }

  // Rendering is synchronous (nothing in the widget's templates waits), so the language set here is the one
  // every element of this call reads, and no other call's.
  setServerLocale(lang);
  let element: string;
  try {
    element = collectResultSync(
      render(
        serverHtml(
          SHOWCASE_TEMPLATE_STRINGS,
          ...TEMPLATE_ORDER.map((name) => (BOOLEAN_ATTRIBUTES.includes(name) ? on(name) : text(name))),
        ),
        { elementRenderers: [ContentRenderer] },
      ),
    );
  } finally {
    setServerLocale('en');
  }
  if (!element.endsWith(END_TAG)) throw new Error('python-showcase/ssr: unexpected output from @lit-labs/ssr');
  // Lit leaves the template's spaces around the attributes it writes at the start of the tag.
  element = element
    .replace(/^<python-showcase +/, '<python-showcase ')
    .replace(/^<python-showcase >/, '<python-showcase>');

  const shown = readContent(content ?? {}, defaultContent)?.content ?? defaultContent;
  const heading =
    typeof attributes.heading === 'string' && attributes.heading.trim() ? attributes.heading.trim() : shown.heading;
  const fallbackHref = [shown.promo ?? []].flat()[0]?.cta?.href;
  const fallback = collectResultSync(
    render(fallbackHref ? serverHtml`<a href=${fallbackHref}>${heading}</a>` : serverHtml`<span>${heading}</span>`),
  );
  // The language it was rendered in goes with it, so the browser writes figures the same way when it takes over.
  const withLang = element.replace(
    /^<python-showcase/,
    `<python-showcase lang="${escapeAttribute(validLocale(lang))}"`,
  );
  return `${withLang.slice(0, -END_TAG.length)}${inlineJson(content)}${fallback}${END_TAG}`;
}

/**
 * The content as an inline `<script type="application/json">`, written here rather than by Lit, which escapes
 * text for HTML (a script's text is never entity-decoded); nothing for content that is not a JSON object.
 */
function inlineJson(content: unknown): string {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) return '';
  return inlineJsonScript(content);
}

/**
 * The hash sources (`'sha256-…'`) of the `<style>` elements a server render writes, one per element: a page
 * whose Content Security Policy has a `style-src` without `'unsafe-inline'` adds them to it.
 */
export const styleHashes: string[] = [PythonShowcase, PythonAppCard, PythonCoursePromo].map((element) => {
  const text = element.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('');
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
});
