import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { CoursePromo, PromoLink } from '../../content/content-model.js';
import { defaultContent } from '../../content/default-content.js';
import { mayDefine } from '../../embed/define.js';
import { emit } from '../../embed/events.js';
import { withAttribution } from '../../embed/links.js';
import { localeOf } from '../../embed/locale.js';
import { warn } from '../../embed/log.js';
import { consentGiven, consentWatchers } from '../../embed/consent.js';
import { keepPageView, keepVisitorId, remember, type StorageMode } from '../../embed/promo-memory.js';
import { readPromos } from '../../content/read-content.js';
import { choosePromo, type ShownPromo } from '../../embed/promo-schedule.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { applyDefaults, reactiveProperties, validChoice, type AttributeProperties } from '../attribute-table.js';
import { ShowcaseElement } from '../showcase-element.js';
import { PROMO_ATTRIBUTES } from './python-course-promo.attributes.js';
import { heading } from '../heading.js';
import { coursePromoStyles } from './python-course-promo.styles.js';

/** Promo ids shown in this page view: a view counts once per page view, however many widgets show the promo. */
const shownThisPage = new Set<string>();

/**
 * The longest a single timer waits (about 24.8 days). A later instant is reached in steps: the timer wakes an
 * update, which chooses again and waits again for what is left.
 */
const LONGEST_TIMEOUT = 2 ** 31 - 1;

// The attribute table's properties (dismissible, storage, …), typed from the table itself.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface PythonCoursePromo extends AttributeProperties<typeof PROMO_ATTRIBUTES> {}

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
 * @csspart deadline - The deadline line ("Next cohort starts 12 January").
 * @csspart cta - The call-to-action button.
 * @csspart secondary - The second link.
 * @csspart close - The close button (with `dismissible`).
 *
 * @cssprop [--python-showcase-promo-background=#1f4e79] - The banner's base colour (its text stays white: keep it dark).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class PythonCoursePromo extends ShowcaseElement {
  static override styles = [sharedStyles, coursePromoStyles];

  static override properties: PropertyDeclarations = {
    ...reactiveProperties(PROMO_ATTRIBUTES),
    data: { attribute: false },
  };

  /**
   * The promo to show, or a list of promos of which the first in its schedule and not held back by its frequency
   * rules is shown; defaults to the Python for Data Science bootcamp. Set by `<python-showcase>`.
   */
  data: CoursePromo | CoursePromo[] | null = defaultContent.promo;

  constructor() {
    super();
    applyDefaults(this, PROMO_ATTRIBUTES);
  }

  /** `data`, validated: set on the element directly, it has not been through the content's checks. */
  #validPromos: CoursePromo[] = [];
  /** The promo chosen to show now, with its variant and deadline line; none while closed, held back or out of schedule. */
  #chosen?: ShownPromo | undefined;
  // No initial values for these four. Every update sets `#previewing` before reading it, and `#validStorage` when
  // `storage` changes, which it does in the first update (`applyDefaults` makes it a change then). The first update
  // compares `#mode` unset, which is not `none`, so that no consent counts as given then; `#consentGiven` unset reads
  // as false.
  /** Whether `preview-at` holds a time: a review, which remembers nothing. */
  #previewing!: boolean;
  /** `storage`, validated. */
  #validStorage!: StorageMode;
  /** Where memory lives as of the last update: `local` or `none` (`consent` read as one of them). */
  #mode!: StorageMode;
  /** Set when the mode went from `none` to `local` in this update: consent given while the page is open. */
  #consentGiven?: boolean;
  /** The next instant (ms since the epoch) at which the choice may change; none when nothing changes by itself. */
  #nextChoice?: number | undefined;
  /** The timer that updates the element at `#nextChoice`. */
  #nextChoiceTimer?: ReturnType<typeof setTimeout>;

  /** @internal */
  override get shownName() {
    return this.#chosen?.promo.title;
  }

  /** @internal */
  override get impressionTarget() {
    return this.#chosen && this.#detail(this.#chosen);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: the time away may have passed a boundary, and the wait was cancelled on leaving.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    consentWatchers.delete(this);
    clearTimeout(this.#nextChoiceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('storage')) this.#validStorage = validChoice(this, PROMO_ATTRIBUTES, 'storage');
    if (!isServer) {
      // With `consent`, a change in the page's consent state updates the element.
      if (this.#validStorage === 'consent') consentWatchers.add(this);
      else consentWatchers.delete(this);
      const mode = this.#storage();
      // What this page view remembered is stored once the update is done (see `updated`).
      this.#consentGiven ||= this.#mode === 'none' && mode === 'local';
      this.#mode = mode;
    }
    if (changed.has('data')) {
      // What a showcase hands on (and the default) it has read already, and is not read again.
      const problems: string[] = [];
      const data = readPromos(this.data ?? null, problems);
      this.#validPromos = data ? ([] as CoursePromo[]).concat(data) : [];
      this.reportProblems(problems, 'property', 'data');
    }
    // NaN without `preview-at`, as with one that is not a time.
    const preview = Date.parse(this.previewAt ?? '');
    this.#previewing = !isNaN(preview);
    // Once per value, not at every update (a schedule's boundary, a close) while it stays wrong.
    if (changed.has('previewAt') && this.previewAt && !this.#previewing) {
      warn(`${this.attributePrefix}preview-at="${this.previewAt}" is not a time; using now`);
    }
    const now = this.#previewing ? preview : Date.now();
    // Reads storage, writes none: what this update remembers is written in `updated`.
    const choice = choosePromo(this.#validPromos, {
      now,
      // A server renders for a first visit; a review remembers nothing.
      storage: isServer || this.#previewing ? 'none' : this.#mode,
      locale: localeOf(this),
      dismissible: this.dismissible,
      variant: this.variant,
      shownThisPage,
    });
    this.#chosen = choice.shown;
    this.#nextChoice = choice.next;
  }

  protected override render() {
    const shown = this.#chosen;
    if (!shown) return nothing;
    const { promo } = shown;
    return html`<section
      class="promo theme ${this.validTheme} ${this.dismissible ? 'dismissible' : ''}"
      part="banner"
      aria-labelledby="title"
    >
      <div class="layout">
        <div class="text">
          ${promo.eyebrow ? html`<p class="eyebrow" part="eyebrow">${promo.eyebrow}</p>` : nothing}
          ${heading(this.validLevel, { class: 'title', id: 'title', part: 'title' }, promo.title)}
          ${promo.body ? html`<p class="body" part="body">${promo.body}</p>` : nothing}
          ${shown.deadline ? html`<p class="deadline" part="deadline">${shown.deadline}</p>` : nothing}
        </div>
        ${
          promo.cta || promo.secondary
            ? html`<div class="actions">
                ${this.#renderLink(shown, promo.cta, 'cta', 'promo')}
                ${this.#renderLink(shown, promo.secondary, 'secondary', 'promo-secondary')}
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

  /**
   * Where memory may live now: `storage`, with `consent` read from the page's consent state at this moment, so
   * that no write goes out on a stale one.
   */
  #storage(): StorageMode {
    return this.#validStorage === 'consent' ? (consentGiven() ? 'local' : 'none') : this.#validStorage;
  }

  /** The detail of this promo's events: its kind and id, and its variant's where it has variants. */
  #detail(shown: ShownPromo): { kind: 'promo'; id: string; variant?: string } {
    return { kind: 'promo', id: shown.promo.id, ...(shown.variant && { variant: shown.variant }) };
  }

  #renderLink(shown: ShownPromo, link: PromoLink | undefined, part: string, utmContent: string) {
    if (!link) return nothing;
    const href = withAttribution(link.href, this, utmContent);
    const follow = () => {
      // Converted: with convertedDays, hidden for that long (without it, nothing is remembered).
      if (!this.#previewing && shown.promo.frequency?.convertedDays !== undefined) {
        remember(this.#storage(), shown.promo.id, 'converted', Date.now());
      }
      emit(this, 'showcase-click', { ...this.#detail(shown), href });
    };
    return html`<a class=${part} part=${part} href=${href} target="_blank" rel="noopener" @click=${follow}
      >${link.label}<span class="sr-only"> (${this.strings.newTab})</span></a
    >`;
  }

  #close(): void {
    const shown = this.#chosen;
    if (!shown) return;
    // With storage="none" (or storage blocked), or in a review, it stays closed for this page view only.
    remember(this.#previewing ? 'none' : this.#storage(), shown.promo.id, 'closed', Date.now());
    this.requestUpdate();
    // A dismissal has no `kind`: only a promo has a close button.
    const { kind: _kind, ...detail } = this.#detail(shown);
    emit(this, 'showcase-dismiss', detail);
  }

  /** Whether this element set `hidden` itself, for a closed promo; a `hidden` the host page set is left alone. */
  #hiddenWhenClosed?: boolean;

  /**
   * What an update leaves behind once it is rendered: what is remembered in storage, and the timer for the next
   * instant at which the choice may change. `willUpdate` only computes what to show; a server render, which has
   * no `updated`, leaves nothing behind.
   */
  protected override updated(changed: PropertyValues): void {
    const now = Date.now();
    if (this.#consentGiven) {
      // Consent given while the page is open: what this page view remembered is kept from now on.
      this.#consentGiven = false;
      keepPageView(now);
    }
    const chosen = this.#chosen;
    if (chosen && this.isConnected && !this.#previewing) {
      // The variant was drawn from the visitor's id: stored, it gives the same variant on every page view.
      if (chosen.variant) keepVisitorId(this.#storage(), now);
      // A page view counts once per promo id, however many widgets show it; a review counts nothing; and views
      // are remembered only for a promo with a view cap.
      const { promo } = chosen;
      if (!shownThisPage.has(promo.id)) {
        shownThisPage.add(promo.id);
        if (promo.frequency?.views) remember(this.#storage(), promo.id, 'viewed', now);
      }
    }
    clearTimeout(this.#nextChoiceTimer);
    if (this.#nextChoice !== undefined && !this.#previewing && this.isConnected) {
      // A negative delay runs at once; one past the longest is cut to it (see LONGEST_TIMEOUT).
      const delay = Math.min(this.#nextChoice - now, LONGEST_TIMEOUT);
      this.#nextChoiceTimer = setTimeout(() => this.requestUpdate(), delay);
    }
    // A closed, held back or ended banner takes no room; another promo, or the same one again, shows it again.
    if (!this.#chosen && this.data) {
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
