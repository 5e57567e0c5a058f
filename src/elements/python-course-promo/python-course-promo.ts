import { LitElement, html, nothing } from 'lit';
import type { CoursePromo, PromoLink, ShowcaseStrings } from '../../content/content-model.js';
import { defaultContent } from '../../content/default-content.js';
import { THEMES, headingLevel, oneOf, type ShowcaseTheme } from '../../embed/attribute-values.js';
import { emit } from '../../embed/events.js';
import { withAttribution } from '../../embed/links.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { coursePromoStyles } from './python-course-promo.styles.js';

/**
 * @summary The course promo banner: eyebrow, title, one sentence, a call to action and an optional second link.
 *
 * @fires {CustomEvent<ShowcaseClickDetail>} showcase-click - The call to action or the second link was activated.
 *
 * @csspart banner - The banner's box.
 * @csspart eyebrow - The small line above the title.
 * @csspart title - The promo's title.
 * @csspart body - The promo's sentence.
 * @csspart cta - The call-to-action button.
 * @csspart secondary - The second link.
 *
 * @cssprop [--python-showcase-promo-background=#1f4e79] - The banner's base colour (its text stays white: keep it dark).
 * @cssprop [--python-showcase-radius=14px] - The corner radius of cards and the promo.
 * @cssprop [--python-showcase-font-family=system-ui, …] - The font stack.
 * @cssprop [--python-showcase-font-size=16px] - The base text size; everything else scales from it.
 */
export class PythonCoursePromo extends LitElement {
  static override styles = [sharedStyles, coursePromoStyles];

  // Declared without decorators: Lit's decorator helpers cost the drop-in script about 0.6 KB gzip.
  static override properties = {
    data: { attribute: false },
    theme: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    partner: {},
    campaign: {},
    strings: { attribute: false },
  };

  /** The promo to show; defaults to the Python for Data Science bootcamp. Set by `<python-showcase>`. */
  data: CoursePromo | null = defaultContent.promo;

  /** `light`, `dark`, or `auto` to follow the system's colour scheme. */
  theme: ShowcaseTheme = 'auto';

  /** The level of the promo's heading, 1 to 6. */
  headingLevel = 2;

  /** Attribution: adds `utm_source` (and `utm_medium=embed`, `utm_content` = `promo` or `promo-secondary`) to the links. */
  partner?: string;

  /** Attribution: adds `utm_campaign` to the links when `partner` is set. */
  campaign?: string;

  /** Interface text; set by `<python-showcase>` from its content. */
  strings: ShowcaseStrings = defaultContent.strings;

  private shownTheme: ShowcaseTheme = 'auto';
  private shownLevel = 2;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('theme')) this.shownTheme = oneOf(this.theme, THEMES, 'auto', 'theme');
    if (changed.has('headingLevel')) this.shownLevel = headingLevel(this.headingLevel, 2);
  }

  protected override render() {
    const promo = this.data;
    if (!promo) return nothing;
    return html`
      <section class="promo theme ${this.shownTheme}" part="banner" aria-labelledby="title">
        <div class="layout">
        <div class="text">
          ${promo.eyebrow ? html`<p class="eyebrow" part="eyebrow">${promo.eyebrow}</p>` : nothing}
          <div class="title" id="title" role="heading" aria-level=${this.shownLevel} part="title">${promo.title}</div>
          ${promo.body ? html`<p class="body" part="body">${promo.body}</p>` : nothing}
        </div>
        ${
          promo.cta || promo.secondary
            ? html`<div class="actions">
                ${this.renderLink(promo, promo.cta, 'cta', 'promo')}
                ${this.renderLink(promo, promo.secondary, 'secondary', 'promo-secondary')}
              </div>`
            : nothing
        }
      </section>
    `;
  }

  private renderLink(promo: CoursePromo, link: PromoLink | undefined, part: string, utmContent: string) {
    if (!link) return nothing;
    const href = withAttribution(link.href, this, utmContent);
    return html`<a
      class=${part}
      part=${part}
      href=${href}
      target="_blank"
      rel="noopener"
      @click=${() => emit(this, 'showcase-click', { kind: 'promo', id: promo.id, href })}
      >${link.label}<span class="sr-only"> (${this.strings.newTab})</span></a
    >`;
  }
}

if (!customElements.get('python-course-promo')) customElements.define('python-course-promo', PythonCoursePromo);

declare global {
  interface HTMLElementTagNameMap {
    'python-course-promo': PythonCoursePromo;
  }
}
