import { isServer } from 'lit';
import type { CoursePromo, PromoVariant } from '../content/content-model.js';
import { warnOnce } from './log.js';
import { emptyRecord, recall, visitorId, type StorageMode } from './promo-memory.js';

/**
 * Which promo a visitor sees now, from a list: the first in its schedule (`startsAt` inclusive, `endsAt`
 * exclusive) that its frequency rules do not hold back, with the visitor's variant's copy and its deadline line.
 * Also the next instant at which the answer may change (a start, an end, a rule's window running out, the
 * deadline line's next wording), for the element to look again then.
 */
export interface ShownPromo {
  /** The promo with its variant's fields in place of its own. */
  promo: CoursePromo;
  /** The variant's id, for events; absent for a promo without variants. */
  variant?: string;
  /** The deadline line, filled in; absent when there is none or it has passed. */
  deadline?: string;
}

export interface PromoChoice {
  shown?: ShownPromo;
  /** When to choose again (ms since the epoch); absent when nothing will change by itself. */
  next?: number;
}

const HOUR = 3_600_000;
/** The variant each promo showed in this page view. */
const variantsThisPage = new Map<string, string>();
const DAY = 24 * HOUR;

/**
 * A number in [0, 1) from text, the same on every device: FNV-1a, then MurmurHash3's finalizer, which spreads
 * the last characters' bits over the whole word (FNV-1a alone splits short ids unevenly).
 */
export function unitHash(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) / 2 ** 32;
}

/** The variant a visitor gets, by weight: the same for the same visitor and promo, independent across promos. */
export function variantFor(visitor: string, promoId: string, variants: PromoVariant[]): PromoVariant {
  let point = unitHash(`${visitor}:${promoId}`) * variants.reduce((sum, variant) => sum + variant.weight, 0);
  return variants.find((variant) => (point -= variant.weight) < 0) ?? variants[variants.length - 1]!;
}

/** Days since the epoch of the calendar date `time` falls on in the visitor's time zone (DST-proof). */
const localDay = (time: number) => {
  const date = new Date(time);
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY;
};

/** The deadline line: `{date}` as a long date, `{relative}` in calendar days ("tomorrow"), hours on the day. */
function deadlineLine(label: string, at: number, now: number, locale: string): { text: string; next: number } {
  const days = localDay(at) - localDay(now);
  const onTheDay = days < 1;
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const wording = onTheDay ? relative.format(Math.ceil((at - now) / HOUR), 'hour') : relative.format(days, 'day');
  const midnight = new Date(now);
  midnight.setHours(24, 0, 0, 0);
  return {
    text: label
      .split('{date}')
      .join(new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(at))
      .split('{relative}')
      .join(wording),
    // The wording changes at the visitor's next midnight, or on the day at the next whole hour before `at`.
    next: onTheDay ? now + ((at - now) % HOUR || HOUR) : midnight.getTime(),
  };
}

export interface ChoiceOptions {
  now: number;
  storage: StorageMode;
  locale: string;
  /** The close button is there: a closed mark holds the promo back. */
  dismissible: boolean;
  /** A variant id forced for review. */
  variant?: string | undefined;
  /** Promo ids already shown in this page view, which their own view does not hold back. */
  shownThisPage: ReadonlySet<string>;
}

export function choosePromo(promos: readonly CoursePromo[], options: ChoiceOptions): PromoChoice {
  const { now } = options;
  let next = Infinity;
  const later = (time: number) => time > now && (next = Math.min(next, time));
  for (const promo of promos) {
    const start = promo.startsAt ? Date.parse(promo.startsAt) : -Infinity;
    const end = promo.endsAt ? Date.parse(promo.endsAt) : Infinity;
    if (end <= start || now >= end) continue;
    if (now < start) {
      later(start);
      continue;
    }
    later(end);
    const { views, perDays, closedDays = 30, convertedDays = 0 } = promo.frequency ?? {};
    // Storage is read only for a promo whose rules need it: a plain promo costs a page nothing.
    const memory = promo.frequency || options.dismissible ? recall(options.storage, promo.id) : emptyRecord();
    const closedUntil = options.dismissible && memory.closed ? memory.closed + closedDays * DAY : 0;
    const convertedUntil = memory.converted ? memory.converted + convertedDays * DAY : 0;
    const recent = memory.views.filter((time) => !perDays || time > now - perDays * DAY);
    const viewsUntil =
      views && recent.length >= views && !options.shownThisPage.has(promo.id)
        ? perDays
          ? recent[recent.length - views]! + perDays * DAY
          : Infinity
        : 0;
    const heldUntil = Math.max(closedUntil, convertedUntil, viewsUntil);
    if (heldUntil > now) {
      later(heldUntil);
      continue;
    }
    const shown: ShownPromo = { promo };
    if (promo.variants?.length) {
      let variant = options.variant ? promo.variants.find((candidate) => candidate.id === options.variant) : undefined;
      // Once per unknown id and page view, whichever promo it was meant for.
      if (options.variant && !variant) {
        warnOnce(
          `variant=${options.variant}`,
          `variant="${options.variant}" is not a variant of ${promo.id}; chosen by weight`,
        );
      }
      // A page view keeps the variant it first showed, also when consent changes where the visitor id lives.
      // A server render is the same for everyone: it takes the first variant rather than the visitor's.
      variant ??= isServer
        ? promo.variants[0]!
        : (promo.variants.find((candidate) => candidate.id === variantsThisPage.get(promo.id)) ??
          variantFor(visitorId(options.storage), promo.id, promo.variants));
      if (!isServer && !options.variant) variantsThisPage.set(promo.id, variant.id);
      const { id, weight: _weight, ...copy } = variant;
      shown.promo = { ...promo, ...copy };
      shown.variant = id;
    }
    const deadline = promo.deadline && Date.parse(promo.deadline.at);
    if (deadline && deadline > now) {
      const line = deadlineLine(promo.deadline!.label, deadline, now, options.locale);
      shown.deadline = line.text;
      later(Math.min(line.next, deadline));
    }
    return { shown, next: next < Infinity ? next : undefined };
  }
  return { next: next < Infinity ? next : undefined };
}
