/**
 * The public content model: the JSON shape partners write by hand (see the README's "Content" section).
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
}

export interface PromoLink {
  label: string;
  href: string;
}

export interface CoursePromo {
  /** Keys the dismissal memory, so a new promo shows again. */
  id: string;
  eyebrow?: string;
  title: string;
  body?: string;
  cta?: PromoLink;
  secondary?: PromoLink;
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
  /** `null` means no promo. */
  promo: CoursePromo | null;
  takeaways: string[];
  strings: ShowcaseStrings;
}

/** What a partner may hand in: any top-level field may be left out and then takes the default's value. */
export type ShowcaseContentInput = Partial<Omit<ShowcaseContent, 'version' | 'strings'>> & {
  version?: number;
  strings?: Partial<ShowcaseStrings>;
};
