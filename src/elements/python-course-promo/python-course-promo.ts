import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { CoursePromo, PromoLink } from '../../content/content-model.js';
import { defaultContent } from '../../content/default-content.js';
import { isDismissed, rememberDismissal } from '../../embed/dismissal.js';
import { mayDefine } from '../../embed/define.js';
import { emit } from '../../embed/events.js';
import { withAttribution } from '../../embed/links.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { ShowcaseElement } from '../showcase-element.js';
import { heading } from '../heading.js';
import { coursePromoStyles } from './python-course-promo.styles.js';

/**
 * @summary The course promo banner: eyebrow, title, one sentence, a call to action and an optional second link.
 *
 * @fires {CustomEvent<ShowcaseImpressionDetail>} showcase-impression - The banner was at least half visible for one continuous second while the page was visible; once per element and promo.
 * @fires {CustomEvent<ShowcaseClickDetail>} showcase-click - The call to action or the second link was activated.
 * @fires {CustomEvent<ShowcaseDismissDetail>} showcase-dismiss - The banner was closed with its close button.
 *
 * @csspart banner - The banner's box.
 * @csspart eyebrow - The small line above the title.
 * @csspart title - The promo's title.
 * @csspart body - The promo's sentence.
 * @csspart cta - The call-to-action button.
 * @csspart secondary - The second link.
 * @csspart close - The close button (with `dismissible`).
 *
 * @cssprop [--python-showcase-promo-background=#1f4e79] - The banner's base colour (its text stays white: keep it dark).
 */
export class PythonCoursePromo extends ShowcaseElement {
  static override styles = [sharedStyles, coursePromoStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    dismissible: { type: Boolean },
  };

  /** The promo to show; defaults to the Python for Data Science bootcamp. Set by `<python-showcase>`. */
  data: CoursePromo | null = defaultContent.promo;

  /** Gives the banner a close button; once closed it stays closed for 30 days on this site (present means on). */
  dismissible = false;

  /** The promo rendered: none once closed, in this page view or within the last 30 days. Read once per update. */
  #shownPromo: CoursePromo | null = null;

  protected override get impressionTarget() {
    const shown = this.#shownPromo;
    return shown ? { kind: 'promo' as const, id: shown.id } : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const promo = this.data;
    // Whether it was closed is the visitor's browser's to know: a server renders it as for a first visit.
    this.#shownPromo = promo && !(this.dismissible && !isServer && isDismissed(promo.id)) ? promo : null;
  }

  protected override render() {
    const promo = this.#shownPromo;
    if (!promo) return nothing;
    return html`<section
      class="promo theme ${this.shownTheme} ${this.dismissible ? 'dismissible' : ''}"
      part="banner"
      aria-labelledby="title"
    >
      <div class="layout">
        <div class="text">
          ${promo.eyebrow ? html`<p class="eyebrow" part="eyebrow">${promo.eyebrow}</p>` : nothing}
          ${heading(this.shownLevel, { class: 'title', id: 'title', part: 'title' }, promo.title)}
          ${promo.body ? html`<p class="body" part="body">${promo.body}</p>` : nothing}
        </div>
        ${
          promo.cta || promo.secondary
            ? html`<div class="actions">
                ${this.#renderLink(promo, promo.cta, 'cta', 'promo')}
                ${this.#renderLink(promo, promo.secondary, 'secondary', 'promo-secondary')}
              </div>`
            : nothing
        }
      </div>
      ${
        this.dismissible
          ? html`<button
              class="close"
              part="close"
              type="button"
              aria-label=${this.strings.close}
              @click=${this.#close}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path d="M3 3l10 10M13 3L3 13"></path>
              </svg>
            </button>`
          : nothing
      }
    </section>`;
  }

  #renderLink(promo: CoursePromo, link: PromoLink | undefined, part: string, utmContent: string) {
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

  #close(): void {
    const promo = this.#shownPromo;
    if (!promo) return;
    rememberDismissal(promo.id);
    this.requestUpdate();
    emit(this, 'showcase-dismiss', { id: promo.id });
  }

  /** Whether this element set `hidden` itself, for a closed promo; a `hidden` the host page set is left alone. */
  #hiddenWhenClosed = false;

  protected override updated(changed: PropertyValues): void {
    // A closed banner takes no room; new promo data (another id) shows it again.
    if (!this.#shownPromo && this.data) {
      if (!this.hidden) this.hidden = this.#hiddenWhenClosed = true;
    } else if (this.#hiddenWhenClosed) {
      this.hidden = this.#hiddenWhenClosed = false;
    }
    super.updated(changed);
  }
}

if (mayDefine('python-course-promo')) customElements.define('python-course-promo', PythonCoursePromo);

declare global {
  interface HTMLElementTagNameMap {
    'python-course-promo': PythonCoursePromo;
  }
}
