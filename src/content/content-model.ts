/**
 * The public content model: the JSON shape partners write by hand (see docs/content.md).
 * Everything here is what the elements render after validation; `ShowcaseContentInput` is what they accept.
 */

/** A headline figure, e.g. 2,000,000,000 monthly users, rendered compactly as "2B+". */
export interface AppStat {
  /** A plain number; shown as `Intl.NumberFormat` compact notation for the page language gives it, rounded down. */
  value: number;
  /** What is counted, e.g. "monthly users". */
  label?: string;
  /** When true the figure reads "2B+": the real number is higher. */
  over?: boolean;
  /** When the figure was true, e.g. "2026". */
  asOf?: string;
}

export interface ShowcaseApp {
  /** Lower-case letters, digits and hyphens; unique within the content. */
  id: string;
  name: string;
  summary: string;
  stat?: AppStat;
  /** What Python does there, shown as small chips. */
  uses?: string[];
  /** The app's home page; `https:`, `http:` or `mailto:` only. */
  url?: string;
  /** The brand colour as `#rgb` or `#rrggbb`. */
  color?: string;
  /** A built-in brand mark (`instagram`, `google`, `spotify`, `netflix`, `dropbox`); else a monogram is drawn. */
  icon?: string;
  /** An image shown instead of the brand mark or monogram, which stands in if the image fails to load. */
  logo?: AppLogo;
}

/** An app's own logo image, drawn at `width` × `height` CSS pixels (reserved before it loads: nothing shifts). */
export interface AppLogo {
  /** `https:` only; a strict CSP needs its origin in `img-src`. */
  src: string;
  /** Whole CSS pixels, 1 to 100. */
  width: number;
  height: number;
  /** The image's text alternative; `""` for a logo that only repeats the app's name beside it. */
  alt: string;
}

export interface PromoLink {
  label: string;
  href: string;
}

/** The fields a promo's variant may replace, by top-level field (a variant's `cta` is a whole link). */
export interface PromoCopy {
  eyebrow?: string;
  title: string;
  body?: string;
  cta?: PromoLink;
  secondary?: PromoLink;
}

/** One version of a promo's copy for A/B tests: chosen by weight, the same one for a visitor on every visit. */
export interface PromoVariant extends Partial<PromoCopy> {
  id: string;
  /** A positive number; a variant's share is its weight over the sum of the weights. */
  weight: number;
}

/** A line under the promo's copy: "Next cohort starts {date}", "{relative}" ("in 3 days"). */
export interface PromoDeadline {
  /** ISO 8601 with a time zone offset; past it, the line is hidden. */
  at: string;
  label: string;
}

/** How often a visitor sees a promo, remembered on the visitor's device (see `storage`). */
export interface PromoFrequency {
  /** Shown on at most this many page views per `perDays` days (a lifetime cap without `perDays`). */
  views?: number;
  perDays?: number;
  /** Once closed, hidden for this many days (default 30). */
  closedDays?: number;
  /** Once its call to action or second link was followed, hidden for this many days. */
  convertedDays?: number;
}

export interface CoursePromo extends PromoCopy {
  /** Keys the visitor's memory of this promo (closed, converted, views, variant), so a new promo shows again. */
  id: string;
  /** ISO 8601 with a time zone offset: shown from then on (inclusive). */
  startsAt?: string;
  /** ISO 8601 with a time zone offset: shown until then (exclusive). */
  endsAt?: string;
  deadline?: PromoDeadline;
  variants?: PromoVariant[];
  frequency?: PromoFrequency;
}

/** Interface text, for pages in other languages. `{name}` in `visit` stands for the app's name. */
export interface ShowcaseStrings {
  close: string;
  newTab: string;
  visit: string;
  takeaways: string;
}

export interface ShowcaseContent {
  version: 1;
  heading: string;
  intro?: string;
  apps: ShowcaseApp[];
  /** `null` means no promo; in a list, the first that is in its schedule and not held back is shown. */
  promo: CoursePromo | CoursePromo[] | null;
  takeaways: string[];
  strings: ShowcaseStrings;
}

/** What a partner may hand in: any top-level field may be left out and then takes the default's value. */
export type ShowcaseContentInput = Partial<Omit<ShowcaseContent, 'version' | 'strings'>> & {
  version?: number;
  strings?: Partial<ShowcaseStrings>;
};
