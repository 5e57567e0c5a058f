import { html, nothing, svg } from 'lit/html.js';
import type { ShowcaseApp } from '../../content/content-model.js';
import { defaultContent } from '../../content/default-content.js';
import { formatFigure } from '../../content/format-figure.js';
import { brandIconPaths } from '../../icons/brand-icon-paths.js';
import { emit } from '../../embed/events.js';
import { withAttribution } from '../../embed/links.js';
import { localeOf } from '../../embed/locale.js';
import { warn } from '../../embed/log.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { ShowcaseElement } from '../showcase-element.js';
import type { PropertyDeclarations, PropertyValues } from '../widget-element.js';
import { appCardStyles } from './python-app-card.styles.js';

/** Python's own blue, for a monogram whose app has no colour. */
const DEFAULT_BRAND_COLOR = '#3776AB';

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
export class PythonAppCard extends ShowcaseElement {
  static override styles = [sharedStyles, appCardStyles];

  static override properties: PropertyDeclarations = {
    app: {},
    data: { attribute: false },
  };

  protected static override defaultHeadingLevel = 3;

  /** The id of an app in the default content, for a card used alone: `instagram`, `google`, `spotify`, `netflix`, `dropbox`. */
  app?: string;

  /** The app to show; takes precedence over `app`. Set by `<python-showcase>` for each of its cards. */
  data?: ShowcaseApp;

  #shownApp?: ShowcaseApp;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('data') || changed.has('app')) {
      this.#shownApp = this.data ?? defaultContent.apps.find((app) => app.id === this.app?.trim().toLowerCase());
      if (!this.#shownApp) {
        warn(`app="${this.app}": no such app`);
      }
    }
  }

  protected override get impressionTarget() {
    const shown = this.#shownApp;
    return shown ? { kind: 'app' as const, id: shown.id } : undefined;
  }

  protected override render() {
    const app = this.#shownApp;
    if (!app) return nothing;
    const figure = app.stat ? formatFigure(app.stat, localeOf(this)) : undefined;
    const href = app.url ? withAttribution(app.url, this, app.id) : undefined;
    const iconPath = app.icon ? brandIconPaths[app.icon] : undefined;
    return html`<article class="card theme ${this.shownTheme}" part="card" aria-labelledby="name">
      <div class="layout">
        <div class="lead">
          <div class="top">
            <span class="mark ${iconPath ? '' : 'monogram'}" part="icon" aria-hidden="true">
              ${
                iconPath
                  ? svg`<svg viewBox="0 0 24 24" focusable="false"><path d=${iconPath}></path></svg>`
                  : Array.from(app.name)[0]?.toUpperCase()
              }
            </span>
            <div class="name" id="name" role="heading" aria-level=${this.shownLevel} part="title">${app.name}</div>
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
                  >${this.strings.visit.replace('{name}', app.name)}<span class="sr-only">
                    (${this.strings.newTab})</span
                  ><span aria-hidden="true"> →</span></a
                >`
              : nothing
          }
        </div>
      </div>
    </article>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The brand colour comes from content, so it is set through the CSSOM: a strict style CSP blocks style attributes.
    const color = this.#shownApp?.color ?? DEFAULT_BRAND_COLOR;
    const mark = this.renderRoot?.querySelector<HTMLElement>('.mark');
    mark?.style.setProperty('--_brand', color);
    mark?.style.setProperty('--_on-brand', readableTextOn(color));
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

if (!customElements.get('python-app-card')) customElements.define('python-app-card', PythonAppCard);

declare global {
  interface HTMLElementTagNameMap {
    'python-app-card': PythonAppCard;
  }
}
