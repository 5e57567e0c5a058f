import { WidgetElement, type PropertyDeclarations, type PropertyValues } from './widget-element.js';
import type { ShowcaseStrings } from '../content/content-model.js';
import { defaultContent } from '../content/default-content.js';
import { THEMES, headingLevel, oneOf, type ShowcaseTheme } from '../embed/attribute-values.js';
import { pushToDataLayer } from '../embed/data-layer.js';
import { SHOWCASE_EVENTS } from '../embed/events.js';
import { unwatchImpressions, watchImpressions } from '../embed/impressions.js';

/**
 * What the three elements share: theme, heading level, attribution and the `dataLayer` bridge.
 *
 * @cssprop [--python-showcase-font-family=system-ui, …] - The font stack.
 * @cssprop [--python-showcase-font-size=16px] - The base text size; everything else scales from it.
 * @cssprop [--python-showcase-radius=14px] - The corner radius of the widget, cards and promo.
 * @cssprop [--python-showcase-focus] - The focus ring colour (theme default).
 * @cssprop [--python-showcase-link] - The link colour (theme default).
 */
export class ShowcaseElement extends WidgetElement {
  // Declared without decorators: Lit's decorator helpers cost the drop-in script about 0.6 KB gzip.
  static override properties: PropertyDeclarations = {
    theme: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    partner: {},
    campaign: {},
    datalayer: { type: Boolean },
    strings: { attribute: false },
  };

  /** The heading level when `heading-level` is absent or invalid. */
  protected static defaultHeadingLevel = 2;

  /** `light`, `dark`, or `auto` to follow the system's colour scheme. */
  theme: ShowcaseTheme = 'auto';

  /** The level of the element's heading, 1 to 6, to fit the host page's outline (default 2; 3 on a card). */
  headingLevel?: number;

  /** Attribution: adds `utm_source`, `utm_medium=embed` and `utm_content` to every http(s) link. */
  partner?: string;

  /** Attribution: adds `utm_campaign` to every http(s) link when `partner` is set. */
  campaign?: string;

  /** Also pushes each analytics event into `window.dataLayer` for Google Tag Manager (present means on). */
  datalayer = false;

  /** Interface text; set by `<python-showcase>` from its content. */
  strings: ShowcaseStrings = defaultContent.strings;

  protected shownTheme: ShowcaseTheme = 'auto';
  protected shownLevel = 2;

  constructor() {
    super();
    // Events from inside (a card in the showcase) reach the host too: the outermost element with `datalayer` pushes.
    for (const name of SHOWCASE_EVENTS) {
      this.addEventListener(name, (event) => {
        if (this.datalayer) pushToDataLayer(event, this);
      });
    }
  }

  /** What the element shows, for `showcase-impression`; `undefined` while it shows nothing. */
  protected get impressionTarget(): { kind: 'app' | 'promo'; id: string } | undefined {
    return undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#trackImpressions();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchImpressions(this);
  }

  protected override updated(_changed: PropertyValues): void {
    this.#trackImpressions();
  }

  #trackImpressions(): void {
    const target = this.impressionTarget;
    if (target && this.isConnected) watchImpressions(this, target.kind, target.id);
    else unwatchImpressions(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme')) this.shownTheme = oneOf(this.theme, THEMES, 'auto', 'theme');
    if (!this.hasUpdated || changed.has('headingLevel')) {
      this.shownLevel = headingLevel(
        this.headingLevel,
        (this.constructor as typeof ShowcaseElement).defaultHeadingLevel,
      );
    }
  }
}
