import type {
  AppLogo,
  CoursePromo,
  PromoFrequency,
  ShowcaseApp,
  ShowcaseContent,
  ShowcaseStrings,
} from './content-model.js';
import { toSafeUrl } from '../embed/links.js';

/**
 * Run-time validation of content documents, written as a few small combinators rather than with a schema
 * library: the whole validator costs the drop-in script about half a kilobyte gzip, a schema library several.
 * Each reader returns the valid value or `undefined`, noting what was wrong by field path (`apps[3].url`).
 */

/** Caps that keep any host page responsive whatever a document holds. */
export const LIMITS = {
  apps: 100,
  name: 80,
  summary: 400,
  text: 300,
  uses: 6,
  use: 40,
  takeaways: 12,
  promos: 20,
  variants: 10,
  views: 100,
  /** A logo's width and height in CSS pixels: beside a card's 44 px mark and its heading, 100 is already large. */
  logoSide: 100,
} as const;

type Problems = string[];

/**
 * Values this reader returned, and the embedded default: valid as they are. An element handed one by another
 * element (a showcase's cards and promo) shows it without reading it again, so one bad input gives one warning
 * and one `showcase-error`, however many elements it reaches. Each is known as what it was read as (content, a
 * promo or list of promos, an app), so a valid promo handed over as an app is read as an app, and fails. A
 * WeakMap rather than a mark on the object, so that an object a page built is always read.
 */
type Kind = 'content' | 'promo' | 'app';
const validated = new WeakMap<object, Kind>();
const validAs = (value: unknown, kind: Kind) => validated.get(value as object) === kind;

/**
 * Marks content as valid as it is, with its promo (or list of promos) and each app: what the elements hand on.
 * It is frozen to the last array first, so that it stays valid: a page can read a card's `data` back and hand
 * it to another element, which trusts it, and a change by mistake is an error in strict code.
 */
export function markValid(content: ShowcaseContent): ShowcaseContent {
  deepFreeze(content);
  validated.set(content, 'content');
  if (content.promo) validated.set(content.promo, 'promo');
  for (const app of content.apps) validated.set(app, 'app');
  return content;
}

/** `value` frozen, and all it holds. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
type Read<T> = (value: unknown, path: string, problems: Problems) => T | undefined;
type Json = Record<string, unknown>;

/** A JSON object: not `null`, not a list. */
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function note(problems: Problems, path: string, problem: string): undefined {
  problems.push(`${path}: ${problem}`);
  return undefined;
}

/** A value that passes `test`, else `undefined` with the note `problem`. */
const check =
  <T>(test: (value: unknown) => value is T, problem: string): Read<T> =>
  (value, path, problems) =>
    test(value) ? value : note(problems, path, problem);

/** Non-empty text, cut to `max` characters (by code point, so an emoji is never split) with an ellipsis. */
const text =
  (max: number = LIMITS.text): Read<string> =>
  (value, path, problems) => {
    if (typeof value !== 'string' || !value.trim()) return note(problems, path, 'not text');
    const chars = Array.from(value.trim());
    if (chars.length <= max) return value.trim();
    note(problems, path, `cut to ${max} characters`);
    return `${chars
      .slice(0, max - 1)
      .join('')
      .trimEnd()}…`;
  };

const url: Read<string> = (value, path, problems) =>
  toSafeUrl(value) ?? note(problems, path, 'not an https, http or mailto URL');

const id = check(
  (value): value is string => typeof value === 'string' && /^[a-z0-9-]{1,64}$/.test(value),
  'not a-z, 0-9, -',
);

/** Up to `max` entries, each read by `item`; invalid entries are skipped. */
const list =
  <T>(max: number, item: Read<T>): Read<T[]> =>
  (value, path, problems) => {
    if (!Array.isArray(value)) return note(problems, path, 'not a list');
    if (value.length > max) note(problems, path, `only the first ${max} read`);
    return value
      .slice(0, max)
      .map((entry, i) => item(entry, `${path}[${i}]`, problems))
      .filter((entry): entry is T => entry !== undefined);
  };

/**
 * An object of the given fields; without every `required` field it is skipped whole. Unknown keys are dropped,
 * and noted where `strict` (the promo's newer fields, where a misspelt `startAt` would silently do nothing).
 */
const object =
  <T>(fields: Record<string, Read<unknown>>, required: string[] = [], strict = false): Read<T> =>
  (value, path, problems) => {
    if (!isObject(value)) return note(problems, path, 'not an object');
    if (strict) for (const key in value) if (!(key in fields)) note(problems, `${path}.${key}`, 'unknown field');
    const read: Json = {};
    for (const [key, field] of Object.entries(fields)) {
      if (value[key] !== undefined) read[key] = field(value[key], `${path}.${key}`, problems);
      if (read[key] === undefined) delete read[key];
    }
    return required.every((key) => key in read) ? (read as T) : note(problems, path, `needs ${required.join(', ')}`);
  };

/** A number that passes `test`. */
const number = (test: (n: number) => boolean, problem: string) =>
  check((value): value is number => typeof value === 'number' && test(value), problem);

const link = object({ label: text(), href: url }, ['label', 'href']);

/** A whole number from 1 to `max`: a promo's view cap, a logo's side in CSS pixels. */
const wholeUpTo = (max: number) =>
  number((n) => Number.isInteger(n) && n > 0 && n <= max, `not a whole number from 1 to ${max}`);

/** A logo: an `https:` image, drawn at its width and height, with its text alternative (which may be empty). */
const logo = object<AppLogo>(
  {
    src: (value, path, problems) => {
      const href = toSafeUrl(value);
      return href?.startsWith('https:') ? href : note(problems, path, 'not an https URL');
    },
    width: wholeUpTo(LIMITS.logoSide),
    height: wholeUpTo(LIMITS.logoSide),
    alt: check((value): value is string => typeof value === 'string', 'not text'),
  },
  ['src', 'width', 'height', 'alt'],
);

const app = object<ShowcaseApp>(
  {
    id,
    name: text(LIMITS.name),
    summary: text(LIMITS.summary),
    stat: object(
      {
        value: number((n) => n >= 0 && n < Infinity, 'not a number ≥ 0'),
        label: text(LIMITS.use),
        asOf: text(LIMITS.use),
        over: check((value): value is boolean => typeof value === 'boolean', 'not true or false'),
      },
      ['value'],
    ),
    uses: list(LIMITS.uses, text(LIMITS.use)),
    url,
    color: check(
      (value): value is string => typeof value === 'string' && /^#([0-9a-f]{3}){1,2}$/i.test(value),
      'not #rgb or #rrggbb',
    ),
    icon: text(LIMITS.use),
    logo,
  },
  ['id', 'name', 'summary'],
);

const positive = number((n) => n > 0 && n < Infinity, 'not a number > 0');
const days = number((n) => n >= 0 && n < Infinity, 'not a number of days ≥ 0');

/** A time as ISO 8601 with a time zone offset; one without is read as absent, since whose clock it means is unknown. */
const time: Read<string> = (value, path, problems) =>
  typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) || isNaN(Date.parse(value))
    ? note(problems, path, 'not an ISO 8601 time')
    : /(Z|[+-]\d\d:\d\d)$/.test(value)
      ? value
      : note(problems, path, 'no time zone offset; ignored');

const copy = { eyebrow: text(), title: text(), body: text(LIMITS.summary), cta: link, secondary: link };

const frequencyFields = object<PromoFrequency>(
  {
    views: wholeUpTo(LIMITS.views),
    perDays: positive,
    closedDays: days,
    convertedDays: days,
  },
  [],
  true,
);

const frequency: Read<PromoFrequency> = (value, path, problems) => {
  const read = frequencyFields(value, path, problems);
  if (read?.perDays !== undefined && read.views === undefined) {
    note(problems, `${path}.perDays`, 'without views; ignored');
    delete read.perDays;
  }
  return read;
};

const promoFields = object<CoursePromo>(
  {
    id,
    ...copy,
    startsAt: time,
    endsAt: time,
    deadline: object({ at: time, label: text() }, ['at', 'label'], true),
    variants: list(LIMITS.variants, object({ id, weight: positive, ...copy }, ['id', 'weight'], true)),
    frequency,
  },
  ['id', 'title'],
  true,
);

const promo: Read<CoursePromo> = (value, path, problems) => {
  const read = promoFields(value, path, problems);
  if (read?.startsAt && read.endsAt && Date.parse(read.endsAt) <= Date.parse(read.startsAt)) {
    note(problems, `${path}.endsAt`, 'not after startsAt; never shown');
  }
  return read;
};

/**
 * Reads `promo`: one promo, or a list of which the first in its schedule and not held back is shown; `null`, an
 * empty list, or one with no valid entry, means no promo. Also what `<python-course-promo>` does with its `data`.
 */
export function readPromos(value: unknown, problems: Problems): CoursePromo | CoursePromo[] | null {
  if (value === null || validAs(value, 'promo')) return value as CoursePromo | CoursePromo[] | null;
  if (!Array.isArray(value)) return promo(value, 'promo', problems) ?? null;
  const promos = list(LIMITS.promos, promo)(value, 'promo', problems) ?? [];
  return promos.length ? promos : null;
}

/** Reads one app, as `<python-app-card>` does with its `data`: `undefined` when it lacks a required field. */
export function readApp(value: unknown, problems: Problems): ShowcaseApp | undefined {
  return validAs(value, 'app') ? (value as ShowcaseApp) : app(value, 'data', problems);
}

export interface ContentReading {
  content: ShowcaseContent;
  /** Field paths with what was wrong there, e.g. `apps[3].url: not an https, http or mailto URL`. */
  problems: string[];
}

/**
 * Reads a content document over `base`, by top-level field and never deeper: a field the document leaves out
 * takes the base's value; `apps`, `promo` and `takeaways` replace the base's whole (`"promo": null` means no
 * promo). Invalid parts are dropped and named in `problems`; the rest is used. Returns `null` when the document
 * is not a JSON object at all.
 */
export function readContent(input: unknown, base: ShowcaseContent): ContentReading | null {
  if (!isObject(input)) return null;
  if (validAs(input, 'content')) return { content: input as unknown as ShowcaseContent, problems: [] };
  const problems: Problems = [];
  if (input.version !== undefined && input.version !== 1) note(problems, 'version', 'read as 1');
  // Each field the document has, by name, is read; an absent one takes the base's value.
  const fields: Record<string, Read<unknown>> = {
    heading: text(),
    intro: text(LIMITS.summary),
    apps: (value, path, problems) => {
      const seen = new Set<string>();
      const apps = list(LIMITS.apps, app)(value, path, problems)?.filter((entry) => {
        if (seen.has(entry.id)) return note(problems, `apps: "${entry.id}"`, 'repeated, skipped');
        seen.add(entry.id);
        return true;
      });
      // A list with no valid app at all would leave an empty widget: the default apps stand in.
      return apps?.length ? apps : (note(problems, path, 'no valid app, default apps shown') ?? base.apps);
    },
    promo: (value, _path, problems) => readPromos(value, problems),
    takeaways: list(LIMITS.takeaways, text()),
    strings: (value, path, problems) => {
      // A missing or bad key keeps the default's text, so the interface never shows an empty label.
      const strings = isObject(value) ? value : (note(problems, path, 'not an object') ?? {});
      const read = { ...base.strings };
      for (const key of Object.keys(base.strings) as Array<keyof ShowcaseStrings>) {
        if (strings[key] !== undefined) read[key] = text()(strings[key], `${path}.${key}`, problems) ?? read[key];
      }
      return read;
    },
  };
  const content: Json = { ...base };
  for (const [key, field] of Object.entries(fields)) {
    if (!(key in input)) continue;
    const value = field(input[key], key, problems);
    // An invalid field keeps the base's value too, but for `intro`, which an invalid one leaves out.
    if (value !== undefined) content[key] = value;
    else if (key === 'intro') delete content.intro;
  }
  return { content: markValid(content as unknown as ShowcaseContent), problems };
}

/** The warning text for a reading's problems: the first few, by field path. */
export function describeProblems(problems: string[], source: string): string {
  return `content (${source}): left out ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? '…' : ''}`;
}
