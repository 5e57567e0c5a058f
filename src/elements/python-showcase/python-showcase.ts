import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ShowcaseApp, ShowcaseContent, ShowcaseContentInput } from '../../content/content-model.js';
import { defaultContent } from '../../content/default-content.js';
import { fetchContent, parseJsonText } from '../../content/content-sources.js';
import { readContent } from '../../content/read-content.js';
import { mayDefine } from '../../embed/define.js';
import { emit, type ShowcaseErrorDetail } from '../../embed/events.js';
import { toFetchableUrl } from '../../embed/links.js';
import { warn } from '../../embed/log.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import {
  applyDefaults,
  propertyName,
  reactiveProperties,
  validChoice,
  type AttributeProperties,
} from '../attribute-table.js';
import { PROMO_ATTRIBUTES } from '../python-course-promo/python-course-promo.attributes.js';
import { ShowcaseElement, type ForwardedSettings, type PromoSettings } from '../showcase-element.js';
import { heading } from '../heading.js';
import type { PythonAppCard } from '../python-app-card/python-app-card.js';
import '../python-app-card/python-app-card.js';
import '../python-course-promo/python-course-promo.js';
import { SHOWCASE_ATTRIBUTES } from './python-showcase.attributes.js';
import { showcaseStyles } from './python-showcase.styles.js';

export const LAYOUTS = SHOWCASE_ATTRIBUTES.layout.values;
export type ShowcaseLayout = (typeof LAYOUTS)[number];
export const PROMO_PLACEMENTS = SHOWCASE_ATTRIBUTES.promo.values;
export type PromoPlacement = (typeof PROMO_PLACEMENTS)[number];

/** The promo's own properties (`dismissible`, `storage`, …), which a showcase hands its promo at each render. */
const PROMO_PROPERTIES = Object.keys(PROMO_ATTRIBUTES).map(
  (attribute) => propertyName(attribute) as keyof PromoSettings,
);

// The attribute table's properties (apps, layout, …), typed from the table itself.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface PythonShowcase extends AttributeProperties<typeof SHOWCASE_ATTRIBUTES> {}

/**
 * @summary The whole widget: heading, intro, the app cards, the course promo, and (opt-in) key takeaways.
 *
 * The light-DOM children are the fallback that readers and crawlers see before or without JavaScript; once the
 * widget renders they are hidden, never removed.
 *
 * @slot - Fallback content, shown until the widget renders and while a `src` document loads (phrasing content:
 * links and text). A `<script type="application/json">` child holds inline content.
 *
 * @fires {CustomEvent<ShowcaseImpressionDetail>} showcase-impression - A card or the promo was at least half visible for one continuous second while the page was visible; once per element and content id.
 * @fires {CustomEvent<ShowcaseClickDetail>} showcase-click - A card link or a promo link was activated.
 * @fires {CustomEvent<ShowcaseDismissDetail>} showcase-dismiss - The promo was closed (with `dismissible`); focus moves to the heading.
 * @fires {CustomEvent<ShowcaseErrorDetail>} showcase-error - A content source failed or had invalid parts.
 *
 * @csspart base - The widget's box (background, padding, radius).
 * @csspart heading - The widget's heading.
 * @csspart intro - The sentence under the heading.
 * @csspart apps - The list of cards.
 * @csspart takeaways - The key takeaways box.
 *
 * @cssprop [--python-showcase-background] - The widget's background (theme default).
 * @cssprop [--python-showcase-padding=24px] - The space inside the widget's box.
 * @cssprop [--python-showcase-gap=16px] - The space between cards.
 * @cssprop [--python-showcase-text] - The text colour (theme default).
 * @cssprop [--python-showcase-muted] - The colour of secondary text (theme default).
 * @cssprop [--python-showcase-border] - The colour of card borders (theme default).
 * @cssprop [--python-showcase-card-background] - The card background (theme default).
 * @cssprop [--python-showcase-promo-background=#1f4e79] - The promo's base colour (its text stays white: keep it dark).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class PythonShowcase extends ShowcaseElement {
  static override styles = [sharedStyles, showcaseStyles];

  static override properties: PropertyDeclarations = {
    ...reactiveProperties(SHOWCASE_ATTRIBUTES),
    content: { attribute: false },
  };

  /** Content to show instead of the default, in the public JSON shape; fields left out take the default's value. */
  content?: ShowcaseContentInput;

  /** The content shown, validated; `undefined` while a source is loading (the light-DOM fallback shows meanwhile). */
  #validContent?: ShowcaseContent | undefined;
  /** The cards to show: the validated content's apps, chosen and ordered by `apps`. */
  #validApps: ShowcaseApp[] = [];
  /**
   * `layout`, validated. Set by the first update, as is `#validPromoPlacement`: `applyDefaults` makes the table's
   * defaults changes of that update, so no copy of them is needed here.
   */
  #validLayout!: ShowcaseLayout;
  /** `promo` (where the promo goes), validated. */
  #validPromoPlacement!: PromoPlacement;
  /** Each content load gets a number; an answer for an older load is dropped. */
  #loadNumber = 0;
  #pendingRequest?: AbortController;
  /** Settles once the content being waited for (a `src` document, or inline JSON the parser has yet to reach) is in. */
  #pendingLoad?: Promise<void>;

  /** With `loading="lazy"`, settles once the widget is within one viewport of the screen; its first update waits. */
  #near?: Promise<void>;
  /** With `loading="lazy"`, what the shadow root shows until then: the fallback, in the box reserved for the widget. */
  #waitingBox?: HTMLElement;

  constructor() {
    super();
    applyDefaults(this, SHOWCASE_ATTRIBUTES);
    if (isServer) return;
    // A closed promo hides itself; the reader's focus goes to the widget's heading.
    this.addEventListener('showcase-dismiss', () => this.renderRoot?.querySelector<HTMLElement>('#heading')?.focus());
    // A lazy widget is defined long before it renders, so a reservation keyed on `python-showcase:not(:defined)`
    // (the README's snippet, the builder's) stops applying while the widget still shows nothing. Only during
    // an upgrade, here in the constructor, does the element still match `:not(:defined)`: its height now is the
    // height the page reserved, read once (one layout, lazy widgets only) and kept by the waiting box. An element
    // made after the definition has no reservation to read (0 here); a mount point reads its own (mount-points.ts).
    if (this.getAttribute('loading') === 'lazy') this.reserve(this.getBoundingClientRect().height);
  }

  /**
   * @internal Keeps `height` pixels (the height the page reserved for the widget) until a lazy widget renders.
   * The waiting box is styled through the CSSOM: a strict style CSP blocks style attributes, not this.
   */
  reserve(height: number): void {
    (this.#waitingBox ??= document.createElement('div')).style.minHeight = `${height}px`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Without IntersectionObserver (an old webview, a DOM without layout) a lazy widget renders at once.
    if (this.hasUpdated || this.#near || this.loading !== 'lazy' || !this.renderRoot || !window.IntersectionObserver) {
      return;
    }
    this.#near = new Promise((resolve) => {
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) resolve(observer.disconnect());
        },
        // One viewport's height (and width) around the screen: the widget is ready before it is scrolled to.
        { rootMargin: '100%' },
      );
      observer.observe(this);
    });
    // Meanwhile the shadow root shows the light-DOM fallback in the reserved box, as the page did before the
    // element was defined. A root a server rendered keeps the server's markup instead: it is already the widget,
    // and the browser defers only its own work (reading the content again, re-rendering, events, impressions).
    if (!this.renderRoot.childNodes.length) {
      const box = (this.#waitingBox ??= document.createElement('div'));
      box.append(document.createElement('slot'));
      this.renderRoot.append(box);
    }
  }

  /** A lazy widget's first update waits until it is near the screen; property changes meanwhile gather for it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#near && !this.hasUpdated ? this.#near.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Only for its warning: `loading` acts when the element is connected (connectedCallback), where an invalid
    // value is not `lazy`, so it renders at once.
    if (changed.has('loading')) validChoice(this, SHOWCASE_ATTRIBUTES, 'loading');
    if (!this.hasUpdated || changed.has('content') || changed.has('src')) this.#loadContent();
    else if (changed.has('apps')) this.#validApps = this.#chooseApps();
    if (changed.has('layout')) {
      this.#validLayout = validChoice(this, SHOWCASE_ATTRIBUTES, 'layout');
    }
    if (changed.has('promo')) {
      this.#validPromoPlacement = validChoice(this, SHOWCASE_ATTRIBUTES, 'promo');
    }
  }

  /**
   * Finds the content by the contract's order, first valid source wins: the `content` property, an inline
   * `<script type="application/json">` child, the `src` URL, the embedded default. A source that is not a JSON
   * object is skipped with a warning and a `showcase-error`.
   */
  #loadContent(): void {
    const load = ++this.#loadNumber;
    // A request still under way is for an older load (aborting a finished one does nothing).
    this.#pendingRequest?.abort();
    this.#validContent = undefined;

    if (this.content !== undefined && this.#show(this.content, 'property')) return;
    // A server renders the property or the default: inline JSON is the server's own output of the property, and
    // a `src` document is the visitor's browser's to fetch.
    if (isServer) return void this.#show(defaultContent, 'default');

    if (!this.#parserIsDone()) {
      // The script ran while the parser was still inside this element: its inline JSON may not be there yet.
      this.#pendingLoad = new Promise((resolve) =>
        document.addEventListener(
          'DOMContentLoaded',
          () => {
            if (load === this.#loadNumber) {
              this.#loadContent();
              this.requestUpdate();
            }
            resolve();
          },
          { once: true },
        ),
      );
      return;
    }
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) {
      const parsed = parseJsonText(inline.textContent ?? '');
      if (parsed?.repaired) warn('content (inline): JSON repaired (CMS quotes, <p> or <br>)');
      if (parsed && this.#show(parsed.value, 'inline')) return;
      if (!parsed) this.#fail('inline', 'parse', 'not JSON');
    }

    const src = this.src?.trim();
    if (src) {
      const url = toFetchableUrl(src);
      if (url) return void (this.#pendingLoad = this.#loadSrc(url, load));
      this.#fail('src', 'network', `${src} is not http(s)`);
    }
    this.#show(defaultContent, 'default');
  }

  async #loadSrc(url: URL, load: number): Promise<void> {
    const result = await fetchContent(url, (this.#pendingRequest = new AbortController()));
    // A newer load replaced this one (aborting its request): its answer is dropped.
    if (load !== this.#loadNumber) return;
    if ('value' in result) {
      if (result.note) warn(`content (src): ${url.href} ${result.note}, read as JSON`);
    } else this.#fail('src', result.reason, `${url.href}: ${result.message}`);
    // A failed request, or a document that is not a content object: the default shows.
    if (!('value' in result && this.#show(result.value, 'src'))) this.#show(defaultContent, 'default');
    this.requestUpdate();
  }

  /**
   * `await showcase.updateComplete` resolves once the widget shows its content: the content source has answered
   * (or timed out), and the cards and promo have rendered too. It is the signal to wait for before measuring or
   * reading the widget; it resolves to `false` only when another update was requested meanwhile, as Lit's does.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    // A newer load may start while one is awaited: wait until none is pending.
    for (let pending = this.#pendingLoad; pending; pending = this.#pendingLoad) {
      await pending;
      if (pending === this.#pendingLoad) this.#pendingLoad = undefined;
      settled = await super.getUpdateComplete();
    }
    // Only connected cards and promo: in a widget taken off the page, new ones never update, as Lit updates an
    // element once it has been connected.
    const children = [...this.renderRoot.querySelectorAll<ShowcaseElement>('python-app-card, python-course-promo')];
    const rendered = await Promise.all(
      children.filter((child) => child.isConnected).map((child) => child.updateComplete),
    );
    return settled && rendered.every(Boolean);
  }

  /** Whether the HTML parser has finished this element's children: it has, once it has moved past the element. */
  #parserIsDone(): boolean {
    if (document.readyState !== 'loading') return true;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- a cursor walking up from this element, not a saved `this`
    for (let node: Node | null = this; node; node = node.parentNode) if (node.nextSibling) return true;
    return false;
  }

  /** Shows `value` when it is a content object (with one warning and one error for its invalid parts). */
  #show(value: unknown, source: ShowcaseErrorDetail['source']): boolean {
    // The embedded default is valid by construction, and marked so: it is not read again at every start.
    const reading = readContent(value, defaultContent);
    if (!reading) {
      this.#fail(source, 'parse', 'not a JSON object');
      return false;
    }
    this.reportProblems(reading.problems, source);
    this.#validContent = reading.content;
    this.#validApps = this.#chooseApps();
    return true;
  }

  #fail(source: ShowcaseErrorDetail['source'], reason: ShowcaseErrorDetail['reason'], message: string): void {
    warn(`content (${source}): ${message}; skipped`);
    emit(this, 'showcase-error', { reason, source });
  }

  /** The cards to show: the `apps` attribute's ids in its order, else all of the content's apps. */
  #chooseApps(): ShowcaseApp[] {
    const all = this.#validContent?.apps ?? [];
    if (!this.apps?.trim()) return all;
    const chosen: ShowcaseApp[] = [];
    const skipped: string[] = [];
    for (const entry of this.apps.split(',')) {
      const id = entry.trim().toLowerCase();
      const app = all.find((candidate) => candidate.id === id);
      if (app && !chosen.includes(app)) chosen.push(app);
      else skipped.push(`"${entry.trim()}"`);
    }
    if (skipped.length) warn(`${this.attributePrefix}apps: ${skipped.join(', ')} skipped (unknown, empty or repeated)`);
    return chosen.length ? chosen : all;
  }

  /** @internal A card's place among the cards, or the promo's slot, for the page's analytics tools. */
  protected override describe(source: ShowcaseElement) {
    return {
      ...super.describe(source),
      ...(source.localName == 'python-course-promo'
        ? { slot: this.#validPromoPlacement }
        : { index: this.#validApps.indexOf((source as PythonAppCard).data!) }),
    };
  }

  /**
   * The promo's own attributes (`dismissible`, `storage`, …), which the showcase takes for its promo, handed
   * down by the promo's attribute table, so a new one reaches the promo without another line here.
   */
  #promoSettings(): Partial<PromoSettings> {
    return Object.fromEntries(PROMO_PROPERTIES.map((property) => [property, this[property]]));
  }

  protected override render() {
    const content = this.#validContent;
    // While a content source loads, the light-DOM fallback shows through the slot.
    if (!content) return html`<slot></slot>`;
    const childLevel = Math.min(this.validLevel + 1, 6);
    const forwarded: ForwardedSettings = {
      theme: this.validTheme,
      headingLevel: childLevel,
      partner: this.partner,
      campaign: this.campaign,
      strings: content.strings,
      attributePrefix: this.attributePrefix,
    };
    const promo =
      content.promo && this.#validPromoPlacement !== 'none'
        ? html`<python-course-promo
            class="promo-${this.#validPromoPlacement}"
            .data=${content.promo}
            .forwarded=${{ ...forwarded, ...this.#promoSettings() }}
          ></python-course-promo>`
        : nothing;
    return html`<section
      class="root theme ${this.validTheme} ${this.#validLayout}"
      part="base"
      aria-labelledby="heading"
    >
      <div class="header">
        ${heading(
          this.validLevel,
          { class: 'heading', id: 'heading', part: 'heading', focusTarget: true },
          this.heading?.trim() || content.heading,
        )}
        ${content.intro ? html`<p class="intro" part="intro">${content.intro}</p>` : nothing}
      </div>
      ${this.#validPromoPlacement === 'top' ? promo : nothing}
      <ul class="apps" part="apps" role="list">
        ${this.#validApps.map(
          (app) => html`<li><python-app-card .data=${app} .forwarded=${forwarded}></python-app-card></li>`,
        )}
      </ul>
      ${
        this.takeaways && content.takeaways.length
          ? html`<div class="takeaways" part="takeaways">
              ${heading(childLevel, { class: 'takeaways-heading' }, content.strings.takeaways)}
              <ol>
                ${content.takeaways.map((line) => html`<li>${line}</li>`)}
              </ol>
            </div>`
          : nothing
      }
      ${this.#validPromoPlacement === 'bottom' ? promo : nothing}
    </section>`;
  }
}

if (mayDefine('python-showcase')) customElements.define('python-showcase', PythonShowcase);

declare global {
  interface HTMLElementTagNameMap {
    'python-showcase': PythonShowcase;
  }
}
