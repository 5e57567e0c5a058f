import type {
  AppStat,
  CoursePromo,
  PromoLink,
  ShowcaseApp,
  ShowcaseContent,
  ShowcaseStrings,
} from './content-model.js';
import { toSafeUrl } from '../embed/links.js';

/** Caps that keep any host page responsive whatever a document holds. */
export const LIMITS = {
  apps: 100,
  name: 80,
  summary: 400,
  text: 300,
  uses: 6,
  use: 40,
  takeaways: 12,
} as const;

const APP_ID = /^[a-z0-9-]{1,64}$/;
const HEX_COLOR = /^#(?:[0-9a-f]{3}){1,2}$/i;

export interface ContentReading {
  content: ShowcaseContent;
  /** Field paths with what was wrong there, e.g. `apps[3].url: not an https, http or mailto URL`. */
  problems: string[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Cuts text to `max` characters (by code point, so an emoji is never split) with an ellipsis. */
function cut(text: string, max: number, path: string, problems: string[]): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  problems.push(`${path}: longer than ${max} characters, cut`);
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/** A non-empty string, cut to `max`; `undefined` (with a problem unless absent) otherwise. */
function readText(value: unknown, path: string, problems: string[], max: number = LIMITS.text): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value.trim()) {
    problems.push(`${path}: not a non-empty string`);
    return undefined;
  }
  return cut(value.trim(), max, path, problems);
}

function readUrl(value: unknown, path: string, problems: string[]): string | undefined {
  if (value === undefined) return undefined;
  const url = toSafeUrl(value);
  if (url === null) problems.push(`${path}: not an absolute https, http or mailto URL, dropped`);
  return url ?? undefined;
}

function readStat(value: unknown, path: string, problems: string[]): AppStat | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value) || typeof value.value !== 'number' || !Number.isFinite(value.value) || value.value < 0) {
    problems.push(`${path}: needs a finite, non-negative number as value, left out`);
    return undefined;
  }
  const stat: AppStat = { value: value.value };
  const label = readText(value.label, `${path}.label`, problems, LIMITS.use);
  const asOf = readText(value.asOf, `${path}.asOf`, problems, LIMITS.use);
  if (label) stat.label = label;
  if (asOf) stat.asOf = asOf;
  if (value.over === true) stat.over = true;
  return stat;
}

function readApp(value: unknown, path: string, problems: string[]): ShowcaseApp | undefined {
  if (!isObject(value)) {
    problems.push(`${path}: not an object, skipped`);
    return undefined;
  }
  if (typeof value.id !== 'string' || !APP_ID.test(value.id)) {
    problems.push(`${path}.id: needs lower-case letters, digits and hyphens, app skipped`);
    return undefined;
  }
  const name = readText(value.name, `${path}.name`, problems, LIMITS.name);
  const summary = readText(value.summary, `${path}.summary`, problems, LIMITS.summary);
  if (!name || !summary) {
    problems.push(`${path}: needs a name and a summary, app skipped`);
    return undefined;
  }
  const app: ShowcaseApp = { id: value.id, name, summary };
  const stat = readStat(value.stat, `${path}.stat`, problems);
  const url = readUrl(value.url, `${path}.url`, problems);
  if (stat) app.stat = stat;
  if (url) app.url = url;
  if (value.uses !== undefined) {
    if (Array.isArray(value.uses)) {
      app.uses = value.uses
        .slice(0, LIMITS.uses)
        .map((use, i) => readText(use, `${path}.uses[${i}]`, problems, LIMITS.use))
        .filter((use): use is string => use !== undefined);
    } else {
      problems.push(`${path}.uses: not a list, left out`);
    }
  }
  if (value.color !== undefined) {
    if (typeof value.color === 'string' && HEX_COLOR.test(value.color)) app.color = value.color;
    else problems.push(`${path}.color: not a #rgb or #rrggbb colour, left out`);
  }
  if (typeof value.icon === 'string') app.icon = value.icon;
  return app;
}

function readApps(value: unknown, problems: string[]): ShowcaseApp[] | undefined {
  if (!Array.isArray(value)) {
    problems.push('apps: not a list, default apps used');
    return undefined;
  }
  const apps: ShowcaseApp[] = [];
  const seen = new Set<string>();
  for (const [i, entry] of value.entries()) {
    if (apps.length === LIMITS.apps) {
      problems.push(`apps: more than ${LIMITS.apps} apps, the rest not shown`);
      break;
    }
    const app = readApp(entry, `apps[${i}]`, problems);
    if (!app) continue;
    if (seen.has(app.id)) {
      problems.push(`apps[${i}].id: "${app.id}" appears twice, skipped`);
      continue;
    }
    seen.add(app.id);
    apps.push(app);
  }
  return apps;
}

function readLink(value: unknown, path: string, problems: string[]): PromoLink | undefined {
  if (value === undefined) return undefined;
  const label = isObject(value) ? readText(value.label, `${path}.label`, problems) : undefined;
  const href = isObject(value) ? readUrl(value.href, `${path}.href`, problems) : undefined;
  if (label && href) return { label, href };
  problems.push(`${path}: needs a label and an https, http or mailto href, left out`);
  return undefined;
}

function readPromo(value: unknown, problems: string[]): CoursePromo | null {
  if (value === null) return null;
  if (!isObject(value) || typeof value.id !== 'string' || !APP_ID.test(value.id)) {
    problems.push('promo: needs an object with an id of lower-case letters, digits and hyphens, no promo shown');
    return null;
  }
  const title = readText(value.title, 'promo.title', problems);
  if (!title) {
    problems.push('promo: needs a title, no promo shown');
    return null;
  }
  const promo: CoursePromo = { id: value.id, title };
  const eyebrow = readText(value.eyebrow, 'promo.eyebrow', problems);
  const body = readText(value.body, 'promo.body', problems, LIMITS.summary);
  const cta = readLink(value.cta, 'promo.cta', problems);
  const secondary = readLink(value.secondary, 'promo.secondary', problems);
  if (eyebrow) promo.eyebrow = eyebrow;
  if (body) promo.body = body;
  if (cta) promo.cta = cta;
  if (secondary) promo.secondary = secondary;
  return promo;
}

function readTakeaways(value: unknown, problems: string[]): string[] | undefined {
  if (!Array.isArray(value)) {
    problems.push('takeaways: not a list, default takeaways used');
    return undefined;
  }
  return value
    .slice(0, LIMITS.takeaways)
    .map((line, i) => readText(line, `takeaways[${i}]`, problems))
    .filter((line): line is string => line !== undefined);
}

function readStrings(value: unknown, base: ShowcaseStrings, problems: string[]): ShowcaseStrings {
  if (!isObject(value)) {
    problems.push('strings: not an object, default strings used');
    return base;
  }
  // A missing or bad key keeps the default's text, so the interface never shows an empty label.
  const strings = { ...base };
  for (const key of Object.keys(base) as Array<keyof ShowcaseStrings>) {
    const text = readText(value[key], `strings.${key}`, problems);
    if (text) strings[key] = text;
  }
  return strings;
}

/**
 * Reads a content document over `base`, by top-level field and never deeper: a field the document leaves out
 * takes the base's value; `apps`, `promo` and `takeaways` replace the base's whole. Invalid parts are dropped
 * and named in `problems`; the rest is used. Returns `null` when the document is not a JSON object at all.
 */
export function readContent(input: unknown, base: ShowcaseContent): ContentReading | null {
  if (!isObject(input)) return null;
  const problems: string[] = [];
  const content: ShowcaseContent = { ...base };
  if (input.version !== undefined && input.version !== 1) {
    problems.push(`version: ${JSON.stringify(input.version)} is not 1, read for what version 1 understands`);
  }
  if ('heading' in input) content.heading = readText(input.heading, 'heading', problems) ?? base.heading;
  if ('intro' in input) {
    const intro = readText(input.intro, 'intro', problems, LIMITS.summary);
    if (intro) content.intro = intro;
    else delete content.intro;
  }
  if ('apps' in input) content.apps = readApps(input.apps, problems) ?? base.apps;
  if ('promo' in input) content.promo = readPromo(input.promo, problems);
  if ('takeaways' in input) content.takeaways = readTakeaways(input.takeaways, problems) ?? base.takeaways;
  if ('strings' in input) content.strings = readStrings(input.strings, base.strings, problems);
  return { content, problems };
}

/** The warning text for a reading's problems: the first few, by field path. */
export function describeProblems(problems: string[], source: string): string {
  const shown = problems.slice(0, 5).join('; ');
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  return `content from ${source} had ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${shown}${more}`;
}
