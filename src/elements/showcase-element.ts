import { LitElement, adoptStyles, isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ShowcaseStrings } from '../content/content-model.js';
import { defaultContent } from '../content/default-content.js';
import { headingLevel } from '../embed/attribute-values.js';
import { sendToTools, type AnalyticsSetting, type Shown } from '../embed/analytics.js';
import { pushToDataLayer } from '../embed/data-layer.js';
import { describeProblems } from '../content/read-content.js';
import { SHOWCASE_EVENTS, emit, type ShowcaseErrorDetail, type ShowcaseImpressionDetail } from '../embed/events.js';
import { warn } from '../embed/log.js';
import { unwatchImpressions, watchImpressions } from '../embed/impressions.js';
import { VERSION } from '../version.js';
import { applyDefaults, reactiveProperties, validChoice, type AttributeProperties } from './attribute-table.js';
import type { PROMO_ATTRIBUTES } from './python-course-promo/python-course-promo.attributes.js';
import { SHARED_ATTRIBUTES } from './showcase-element.attributes.js';

export type ShowcaseTheme = (typeof SHARED_ATTRIBUTES.theme.values)[number];

/** The promo's own attributes as properties, which `<python-showcase>` hands its promo. */
export type PromoSettings = AttributeProperties<typeof PROMO_ATTRIBUTES>;

/** What `<python-showcase>` hands each of its cards and its promo (with its promo settings), in one property. */
export interface ForwardedSettings extends Partial<PromoSettings> {
  theme: ShowcaseTheme;
  headingLevel: number;
  partner: string | undefined;
  campaign: string | undefined;
  strings: ShowcaseStrings;
  attributePrefix: string;
}

/** A new settings object counts as a change only when one of its values differs, so cards re-render only then. */
const settingsChanged = (next?: ForwardedSettings, previous?: ForwardedSettings) =>
  !next ||
  !previous ||
  (Object.keys(next) as Array<keyof ForwardedSettings>).some((key) => next[key] !== previous[key]);

// The attribute table's properties, typed from the table itself (the class declares no copy of them), and two
// getters a card and the promo define, which the class reads: declared here, they cost the class no code of its own.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ShowcaseElement extends AttributeProperties<typeof SHARED_ATTRIBUTES> {
  /** @internal The name this element shows (an app's, the promo's title), for the page's analytics tools. */
  readonly shownName?: string;
  /**
   * @internal What the element shows, as its `showcase-impression` detail (kind, id, and the variant where there
   * is one); `undefined` while it shows nothing, and on the showcase itself.
   */
  readonly impressionTarget?: ShowcaseImpressionDetail;
}

/**
 * What the three elements share: theme, heading level, attribution and the `dataLayer` bridge.
 *
 * @cssprop [--python-showcase-font-family=system-ui, …] - The font stack.
 * @cssprop [--python-showcase-font-size=16px] - The base text size; everything else scales from it.
 * @cssprop [--python-showcase-radius=14px] - The corner radius of the widget, cards and promo.
 * @cssprop [--python-showcase-focus] - The focus ring colour (theme default).
 * @cssprop [--python-showcase-link] - The link colour (theme default).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ShowcaseElement extends LitElement {
  /** The package version, for support questions: `customElements.get('python-showcase').version`. */
  static readonly version = VERSION;

  // Declared without decorators: Lit's decorator helpers cost the drop-in script about 0.6 KB gzip.
  static override properties: PropertyDeclarations = {
    ...reactiveProperties(SHARED_ATTRIBUTES),
    strings: { attribute: false },
    forwarded: { attribute: false, hasChanged: settingsChanged },
  };

  /** The heading level when `heading-level` is absent or invalid. */
  protected static defaultHeadingLevel = 2;

  /** Interface text; set by `<python-showcase>` from its content. */
  strings: ShowcaseStrings = defaultContent.strings;

  /**
   * @internal The showcase's theme, heading level, attribution and strings, for a card or promo inside it: the
   * one place they are passed down.
   */
  forwarded?: ForwardedSettings;

  /**
   * @internal How the page wrote this element's attributes: `data-` for one a mount point made, so that a
   * warning names the attribute as its author wrote it (`data-layout`).
   */
  attributePrefix = '';

  /**
   * @internal `theme` and `heading-level`, validated. Set by the first update and no copy of a default here:
   * `applyDefaults` makes the table's theme a change of that update, and the level's default is
   * `defaultHeadingLevel`.
   */
  protected validTheme!: ShowcaseTheme;
  /** @internal */
  protected validLevel!: number;
  /** @internal `analytics`, validated. */
  protected validAnalytics!: AnalyticsSetting;

  /**
   * @internal What the page's analytics tools get about `source` (this element, or a card or promo inside it)
   * besides its event's detail: its name and, from the showcase that places it, its slot or index.
   */
  protected describe(source: ShowcaseElement): Shown {
    return { name: source.shownName };
  }

  constructor() {
    super();
    applyDefaults(this, SHARED_ATTRIBUTES);
    if (isServer) return;
    // Events from inside (a card in the showcase) reach the host too: the outermost element with `datalayer` pushes.
    for (const name of SHOWCASE_EVENTS) {
      this.addEventListener(name, (event) => {
        if (this.datalayer) pushToDataLayer(event, this);
        const source = event.composedPath()[0] as ShowcaseElement;
        if (this.validAnalytics != 'none') sendToTools(this.validAnalytics, event, this.describe(source), this);
      });
    }
  }

  /** @internal `defer-hydration` too: a server-rendered widget inside another starts when its host removes it. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'defer-hydration'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'defer-hydration') return super.attributeChangedCallback(name, old, value);
    if (value === null && this.isConnected) this.connectedCallback();
  }

  override connectedCallback(): void {
    // Rendered by a server inside another element's declarative shadow root: it starts when that host removes
    // the attribute. (Inside a showcase, the showcase renders its own cards in their place as it starts.)
    if (this.hasAttribute('defer-hydration')) return;
    super.connectedCallback();
    this.#trackImpressions();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchImpressions(this);
  }

  /**
   * @internal A root a server rendered (declarative shadow DOM) is kept, with its styles adopted, until the first
   * update, which empties it and fills it again in the same task, before the browser paints: the page shows no
   * change, and the events, impressions and state the browser alone knows start from there. Lit would otherwise
   * render in front of the server's copy, and a page that loads Lit's hydration support would try to hydrate this
   * copy of Lit's elements: neither is wanted. (A lazy showcase's first update waits: the server's markup stays.)
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (!root) return super.createRenderRoot();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  protected override update(changed: PropertyValues): void {
    // What was there before the first render: a server's markup, or a lazy showcase's waiting box.
    if (!this.hasUpdated) this.renderRoot.replaceChildren();
    super.update(changed);
  }

  protected override updated(_changed: PropertyValues): void {
    this.#trackImpressions();
  }

  #trackImpressions(): void {
    const target = this.impressionTarget;
    if (target && this.isConnected) watchImpressions(this, target);
    else unwatchImpressions(this);
  }

  /**
   * @internal One warning naming the first few problems of a content reading, and one `showcase-error`; nothing
   * when there were none. `label` names the input in the warning (`data` for a property set on a card or promo).
   */
  protected reportProblems(problems: string[], source: ShowcaseErrorDetail['source'], label: string = source): void {
    if (!problems.length) return;
    warn(describeProblems(problems, label));
    emit(this, 'showcase-error', { reason: 'schema', source });
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Set during the update, these count as changes of this same update.
    if (changed.has('forwarded') && this.forwarded) Object.assign(this, this.forwarded);
    if (changed.has('theme')) this.validTheme = validChoice(this, SHARED_ATTRIBUTES, 'theme');
    if (changed.has('analytics')) this.validAnalytics = validChoice(this, SHARED_ATTRIBUTES, 'analytics');
    if (!this.hasUpdated || changed.has('headingLevel')) {
      this.validLevel = headingLevel(
        this.headingLevel,
        (this.constructor as typeof ShowcaseElement).defaultHeadingLevel,
        `${this.attributePrefix}heading-level`,
      );
    }
  }
}
