import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ShowcaseApp } from '../../content/content-model.js';
import { defaultContent } from '../../content/default-content.js';
import { formatFigure } from '../../content/format-figure.js';
import { readApp } from '../../content/read-content.js';
import { brandIconPaths } from '../../icons/brand-icon-paths.js';
import { emit } from '../../embed/events.js';
import { withAttribution } from '../../embed/links.js';
import { localeOf } from '../../embed/locale.js';
import { warn } from '../../embed/log.js';
import { mayDefine } from '../../embed/define.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { reactiveProperties, type AttributeProperties } from '../attribute-table.js';
import { ShowcaseElement } from '../showcase-element.js';
import { APP_CARD_ATTRIBUTES } from './python-app-card.attributes.js';
import { heading } from '../heading.js';
import { appCardStyles } from './python-app-card.styles.js';

/** Python's own blue, for a monogram whose app has no colour. */
const DEFAULT_BRAND_COLOR = '#3776AB';

// The attribute table's properties (app), typed from the table itself.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface PythonAppCard extends AttributeProperties<typeof APP_CARD_ATTRIBUTES> {}

/**
 * @summary One app card: brand mark, name, headline figure, summary, what Python does there, and a link.
 *
 * @fires {CustomEvent<ShowcaseImpressionDetail>} showcase-impression - The card was at least half visible for one continuous second while the page was visible; once per element and app.
 * @fires {CustomEvent<ShowcaseClickDetail>} showcase-click - The card's link was activated; `href` is the URL as followed.
 *
 * @csspart card - The card's box.
 * @csspart icon - The brand mark or monogram tile.
 * @csspart title - The app's name.
 * @csspart figure - The headline figure with its label.
 * @csspart summary - The card copy.
 * @csspart uses - The list of chips naming what Python does there.
 * @csspart link - The link to the app.
 *
 * @cssprop [--python-showcase-text] - The text colour (theme default).
 * @cssprop [--python-showcase-muted] - The colour of secondary text (theme default).
 * @cssprop [--python-showcase-border] - The colour of card borders (theme default).
 * @cssprop [--python-showcase-card-background] - The card background (theme default).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class PythonAppCard extends ShowcaseElement {
  static override styles = [sharedStyles, appCardStyles];

  static override properties: PropertyDeclarations = {
    ...reactiveProperties(APP_CARD_ATTRIBUTES),
    data: { attribute: false },
  };

  protected static override defaultHeadingLevel = 3;

  /** The app to show; takes precedence over `app`. Set by `<python-showcase>` for each of its cards. */
  data?: ShowcaseApp;

  /**
   * `data` as read by the content's reader (set on the element directly, it has not been through the content's
   * checks; a showcase's own cards get apps it has already read, which are not read again), else the default
   * content's app named by `app`; none when either is invalid.
   */
  #validApp?: ShowcaseApp | undefined;
  /** The logo that failed to load: the brand mark or monogram shows instead. */
  #failedLogo?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('data') || changed.has('app')) {
      if (this.data != null) {
        const problems: string[] = [];
        this.#validApp = readApp(this.data, problems);
        this.reportProblems(problems, 'property', 'data');
      } else {
        this.#validApp = defaultContent.apps.find((app) => app.id === this.app?.trim().toLowerCase());
        if (!this.#validApp) warn(`app="${this.app}": no such app`);
      }
    }
  }

  /** @internal */
  override get shownName() {
    return this.#validApp?.name;
  }

  /** @internal */
  override get impressionTarget() {
    const app = this.#validApp;
    return app ? { kind: 'app' as const, id: app.id } : undefined;
  }

  protected override render() {
    const app = this.#validApp;
    if (!app) return nothing;
    const figure = app.stat ? formatFigure(app.stat, localeOf(this)) : undefined;
    const href = app.url ? withAttribution(app.url, this, app.id) : undefined;
    return html`<article class="card theme ${this.validTheme}" part="card" aria-labelledby="name">
      <div class="layout">
        <div class="lead">
          <div class="top">
            ${this.#renderMark(app)} ${heading(this.validLevel, { class: 'name', id: 'name', part: 'title' }, app.name)}
          </div>
          ${
            figure && app.stat
              ? html`<p class="figure" part="figure">
                  <span class="value" aria-hidden="true">${figure.short}</span>
                  <span class="sr-only">${figure.long}</span>
                  <span class="label"
                    >${[app.stat.label, app.stat.asOf && `(${app.stat.asOf})`].filter(Boolean).join(' ')}</span
                  >
                </p>`
              : nothing
          }
        </div>
        <div class="body">
          <p class="summary" part="summary">${app.summary}</p>
          ${
            app.uses?.length
              ? html`<ul class="uses" part="uses">
                  ${app.uses.map((use) => html`<li>${use}</li>`)}
                </ul>`
              : nothing
          }
          ${
            href
              ? html`<a
                  class="link"
                  part="link"
                  href=${href}
                  target="_blank"
                  rel="noopener"
                  @click=${() => emit(this, 'showcase-click', { kind: 'app', id: app.id, href })}
                  >${this.strings.visit.split('{name}').join(app.name)}<span class="sr-only">
                    (${this.strings.newTab})</span
                  ><span aria-hidden="true"> →</span></a
                >`
              : nothing
          }
        </div>
      </div>
    </article>`;
  }

  /**
   * The brand mark on a soft tint of the app's colour, or a monogram on the colour itself. The colour comes from
   * content and reaches the page as SVG presentation attributes: a strict style CSP blocks style attributes, and
   * a server-rendered card has no script to set it through the CSSOM.
   */
  #renderMark(app: ShowcaseApp) {
    const { logo } = app;
    // The logo at its own size, so its box is reserved before it loads; if it fails, the mark below stands in.
    if (logo && logo.src !== this.#failedLogo) {
      return html`<img
        class="logo"
        part="icon"
        src=${logo.src}
        width=${logo.width}
        height=${logo.height}
        alt=${logo.alt}
        loading="lazy"
        decoding="async"
        @error=${() => {
          this.#failedLogo = logo.src;
          this.requestUpdate();
        }}
      />`;
    }
    const color = app.color ?? DEFAULT_BRAND_COLOR;
    const iconPath = app.icon ? brandIconPaths.get(app.icon) : undefined;
    // At 44 px, or in the place of a logo that failed, at the logo's size: nothing moves.
    return html`<svg
      class="mark ${iconPath ? 'brand' : 'monogram'}"
      part="icon"
      width=${logo?.width ?? 44}
      height=${logo?.height ?? 44}
      viewBox="0 0 44 44"
      aria-hidden="true"
      focusable="false"
    >
      ${
        iconPath
          ? svg`<rect width="44" height="44" rx="12" fill=${color} fill-opacity="0.14"></rect><path transform="translate(10 10)" fill=${color} d=${iconPath}></path>`
          : svg`<rect width="44" height="44" rx="12" fill=${color}></rect><text x="22" y="22" fill=${readableTextOn(color)}>${Array.from(app.name)[0]?.toUpperCase()}</text>`
      }
    </svg>`;
  }
}

/** Black or white, whichever has the higher WCAG contrast on `hex` (#rgb or #rrggbb). */
export function readableTextOn(hex: string): string {
  const digits =
    hex.length === 4 ? [...hex.slice(1)].map((d) => d + d) : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  const [r, g, b] = digits.map((d) => {
    const c = parseInt(d, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white is 1.05 / (L + 0.05), with black (L + 0.05) / 0.05; they are equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000' : '#fff';
}

if (mayDefine('python-app-card')) customElements.define('python-app-card', PythonAppCard);

declare global {
  interface HTMLElementTagNameMap {
    'python-app-card': PythonAppCard;
  }
}
