import { LitElement, html, nothing } from 'lit';
import type { ShowcaseApp, ShowcaseContent, ShowcaseContentInput } from '../../content/content-model.js';
import { defaultContent } from '../../content/default-content.js';
import { describeProblems, readContent } from '../../content/read-content.js';
import { THEMES, headingLevel, oneOf, type ShowcaseTheme } from '../../embed/attribute-values.js';
import { emit } from '../../embed/events.js';
import { warn } from '../../embed/log.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { VERSION } from '../../version.js';
import '../python-app-card/python-app-card.js';
import '../python-course-promo/python-course-promo.js';
import { showcaseStyles } from './python-showcase.styles.js';

export const LAYOUTS = ['grid', 'list', 'carousel'] as const;
export type ShowcaseLayout = (typeof LAYOUTS)[number];
export const PROMO_PLACEMENTS = ['top', 'bottom', 'none'] as const;
export type PromoPlacement = (typeof PROMO_PLACEMENTS)[number];

/**
 * @summary The whole widget: heading, intro, the app cards, the course promo, and (opt-in) key takeaways.
 *
 * The light-DOM children are the fallback that readers and crawlers see before or without JavaScript; once the
 * widget renders they are hidden, never removed.
 *
 * @slot - Fallback content, shown only until the widget renders (phrasing content: links and text).
 *
 * @fires {CustomEvent<ShowcaseClickDetail>} showcase-click - A card link or a promo link was activated.
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
 * @cssprop [--python-showcase-radius=14px] - The corner radius of the widget, cards and promo.
 * @cssprop [--python-showcase-font-family=system-ui, …] - The font stack.
 * @cssprop [--python-showcase-font-size=16px] - The base text size; everything else scales from it.
 * @cssprop [--python-showcase-text] - The text colour (theme default).
 * @cssprop [--python-showcase-muted] - The colour of secondary text (theme default).
 * @cssprop [--python-showcase-link] - The link colour (theme default).
 * @cssprop [--python-showcase-focus] - The focus ring colour (theme default).
 * @cssprop [--python-showcase-border] - The colour of card borders (theme default).
 * @cssprop [--python-showcase-card-background] - The card background (theme default).
 * @cssprop [--python-showcase-promo-background=#1f4e79] - The promo's base colour (its text stays white: keep it dark).
 */
export class PythonShowcase extends LitElement {
  /** The package version, for support questions: `customElements.get('python-showcase').version`. */
  static readonly version = VERSION;

  static override styles = [sharedStyles, showcaseStyles];

  // Declared without decorators: Lit's decorator helpers cost the drop-in script about 0.6 KB gzip.
  static override properties = {
    apps: {},
    layout: {},
    theme: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    promo: {},
    takeaways: { type: Boolean },
    partner: {},
    campaign: {},
    content: { attribute: false },
  };

  /** Comma list of app ids choosing and ordering the cards, e.g. `spotify, netflix`; case and spaces are ignored. */
  apps?: string;

  /** `grid`, `list`, or `carousel` (a row that scrolls sideways; it never moves by itself). */
  layout: ShowcaseLayout = 'grid';

  /** `light`, `dark`, or `auto` to follow the system's colour scheme. */
  theme: ShowcaseTheme = 'auto';

  /** The widget's heading; the content's heading when absent. */
  heading?: string;

  /** The level of the widget's heading, 1 to 6, to fit the host page's outline; cards are one level below. */
  headingLevel = 2;

  /** Where the course promo goes: `top`, `bottom`, or `none`. */
  promo: PromoPlacement = 'bottom';

  /** Shows the key takeaways (present means on, whatever its value). */
  takeaways = false;

  /** Attribution: adds `utm_source`, `utm_medium=embed` and `utm_content` to every http(s) link. */
  partner?: string;

  /** Attribution: adds `utm_campaign` to every http(s) link when `partner` is set. */
  campaign?: string;

  /** Content to show instead of the default, in the public JSON shape; fields left out take the default's value. */
  content?: ShowcaseContentInput;

  private shownContent: ShowcaseContent = defaultContent;
  private shownApps: ShowcaseApp[] = defaultContent.apps;
  private shownLayout: ShowcaseLayout = 'grid';
  private shownTheme: ShowcaseTheme = 'auto';
  private shownPromo: PromoPlacement = 'bottom';
  private shownLevel = 2;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('content')) this.shownContent = this.readContentProperty();
    if (changed.has('content') || changed.has('apps')) this.shownApps = this.chooseApps();
    if (changed.has('layout')) this.shownLayout = oneOf(this.layout, LAYOUTS, 'grid', 'layout');
    if (changed.has('theme')) this.shownTheme = oneOf(this.theme, THEMES, 'auto', 'theme');
    if (changed.has('promo')) this.shownPromo = oneOf(this.promo, PROMO_PLACEMENTS, 'bottom', 'promo');
    if (changed.has('headingLevel')) this.shownLevel = headingLevel(this.headingLevel, 2);
  }

  private readContentProperty(): ShowcaseContent {
    if (this.content === undefined) return defaultContent;
    const reading = readContent(this.content, defaultContent);
    if (!reading) {
      warn('the content property is not an object in the content format; showing the default content');
      emit(this, 'showcase-error', { reason: 'parse', source: 'property' });
      return defaultContent;
    }
    if (reading.problems.length) {
      warn(describeProblems(reading.problems, 'the content property'));
      emit(this, 'showcase-error', { reason: 'schema', source: 'property' });
    }
    return reading.content;
  }

  /** The cards to show: the `apps` attribute's ids in its order, else all of the content's apps. */
  private chooseApps(): ShowcaseApp[] {
    const all = this.shownContent.apps;
    const ids = [
      ...new Set(
        (this.apps ?? '')
          .split(',')
          .map((id) => id.trim().toLowerCase())
          .filter(Boolean),
      ),
    ];
    if (!ids.length) return all;
    const chosen: ShowcaseApp[] = [];
    const unknown: string[] = [];
    for (const id of ids) {
      const app = all.find((candidate) => candidate.id === id);
      if (app) chosen.push(app);
      else unknown.push(id);
    }
    if (unknown.length)
      warn(
        `apps: no app with the id ${unknown.map((id) => `"${id}"`).join(', ')}; skipped (known: ${all.map((a) => a.id).join(', ')})`,
      );
    return chosen.length ? chosen : all;
  }

  protected override render() {
    const content = this.shownContent;
    const childLevel = Math.min(this.shownLevel + 1, 6);
    const promo =
      content.promo && this.shownPromo !== 'none'
        ? html`<python-course-promo
            class="promo-${this.shownPromo}"
            .data=${content.promo}
            .strings=${content.strings}
            theme=${this.shownTheme}
            heading-level=${childLevel}
            partner=${this.partner ?? nothing}
            campaign=${this.campaign ?? nothing}
          ></python-course-promo>`
        : nothing;
    return html`
      <section class="root theme ${this.shownTheme} ${this.shownLayout}" part="base" aria-labelledby="heading">
        <div class="header">
          <div class="heading" id="heading" role="heading" aria-level=${this.shownLevel} tabindex="-1" part="heading">
            ${this.heading?.trim() || content.heading}
          </div>
          ${content.intro ? html`<p class="intro" part="intro">${content.intro}</p>` : nothing}
        </div>
        ${this.shownPromo === 'top' ? promo : nothing}
        <ul class="apps" part="apps" role="list">
          ${this.shownApps.map(
            (app) =>
              html`<li>
                <python-app-card
                  .data=${app}
                  .strings=${content.strings}
                  theme=${this.shownTheme}
                  heading-level=${childLevel}
                  partner=${this.partner ?? nothing}
                  campaign=${this.campaign ?? nothing}
                ></python-app-card>
              </li>`,
          )}
        </ul>
        ${
          this.takeaways && content.takeaways.length
            ? html`<div class="takeaways" part="takeaways">
                <div class="takeaways-heading" role="heading" aria-level=${childLevel}>
                  ${content.strings.takeaways}
                </div>
                <ol>
                  ${content.takeaways.map((line) => html`<li>${line}</li>`)}
                </ol>
              </div>`
            : nothing
        }
        ${this.shownPromo === 'bottom' ? promo : nothing}
      </section>
    `;
  }
}

if (!customElements.get('python-showcase')) customElements.define('python-showcase', PythonShowcase);

declare global {
  interface HTMLElementTagNameMap {
    'python-showcase': PythonShowcase;
  }
}
