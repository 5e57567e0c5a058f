// A configured builder as a link: the options and the content in the URL's fragment (never sent to a server),
// as base64url JSON with a schema version. A link is at most MAX_LINK_LENGTH characters; what does not fit is
// left out and named. Reading a link trusts nothing in it: each option must name one of the builder's own fields
// and hold a value that field can take, and content goes through the widget's own reader. The script's URL and
// integrity are never part of a link: they always come from the build the builder was published with. Pure: no
// DOM; `npm run build` also bundles it for Node (dist/builder/share-link.js), where tests/node/ reads it.
import type { ShowcaseContent } from '../../src/index.js';
import { isObject, type JsonObject } from './json.js';

/** An option a link sets: the value of one of the builder's fields (a checkbox's is a boolean). */
export type OptionValue = string | boolean;

/** What a link holds: the options that differ from the defaults, and the content document, if any. */
export interface SharedSetUp {
  options: Record<string, OptionValue>;
  content?: JsonObject | undefined;
}

/** The apps and the promo a link's content is written against (the widget's default content). */
export type LinkDefaults = Pick<ShowcaseContent, 'apps' | 'promo'>;

export const SCHEMA_VERSION = 1;
/** The longest link the builder writes, address and fragment together: what chat and mail clients keep whole. */
export const MAX_LINK_LENGTH = 2000;
const PREFIX = 'config=';
/** Longest text a shared option may hold; the widget cuts headings at 300 characters anyway. */
const MAX_TEXT = 1000;
/** What the reader of a link is told when the sender's content did not fit in it. */
export const CONTENT_LEFT_OUT =
  'the sender’s own content was too long for a link and is not in it: ask them for their content.json, and import it';

/**
 * `entry` written against `base` (same id): only the fields that differ, `null` for a field `base` has and
 * `entry` has not. A link carries the built-in apps and the default promo as their changes, to stay short.
 */
function difference(entry: JsonObject, base: JsonObject): unknown {
  const changes: JsonObject = { id: entry.id };
  for (const key of new Set([...Object.keys(base), ...Object.keys(entry)])) {
    if (!(key in entry)) changes[key] = null;
    else if (JSON.stringify(entry[key]) !== JSON.stringify(base[key])) changes[key] = entry[key];
  }
  return Object.keys(changes).length === 1 ? entry.id : changes;
}

/** `changes` (from `difference`) applied to `base`; a `__proto__` key is not a field and is never applied. */
function applyDifference(changes: unknown, base: JsonObject): JsonObject {
  const entry = structuredClone(base);
  if (!isObject(changes)) return entry;
  for (const [key, value] of Object.entries(changes)) {
    if (key === '__proto__') continue;
    if (value === null) delete entry[key];
    else entry[key] = value;
  }
  return entry;
}

/** The objects of `list` (an array, or one entry, or null), as a link's content is written against them. */
const objectsOf = (list: unknown): JsonObject[] => [list].flat().filter(isObject);

/** A content document with its built-in apps and default promo written as changes to `defaults`. */
function compact(content: JsonObject, defaults: LinkDefaults): JsonObject {
  const out = { ...content };
  const apps = objectsOf(defaults.apps);
  const promos = objectsOf(defaults.promo);
  /** The built-in entry of `list` that `entry` changes, if it is one. */
  const builtIn = (entry: unknown, list: JsonObject[]) =>
    isObject(entry) ? list.find((base) => base.id === entry.id) : undefined;
  const written = (entry: unknown, list: JsonObject[]) => {
    const base = builtIn(entry, list);
    return base && isObject(entry) ? difference(entry, base) : entry;
  };
  if (Array.isArray(content.apps)) out.apps = content.apps.map((app) => written(app, apps));
  if (isObject(content.promo)) out.promo = written(content.promo, promos);
  if (Array.isArray(content.promo)) out.promo = content.promo.map((promo) => written(promo, promos));
  return out;
}

/** The content document `compact` wrote; anything else in the link is passed on as it is, for the reader to judge. */
function expand(content: unknown, defaults: LinkDefaults): unknown {
  if (!isObject(content)) return content;
  const out = { ...content };
  const apps = objectsOf(defaults.apps);
  const promos = objectsOf(defaults.promo);
  const known = (entry: unknown, list: JsonObject[]) =>
    list.find((base) => base.id === (typeof entry === 'string' ? entry : isObject(entry) ? entry.id : undefined));
  const expandEntry = (entry: unknown, list: JsonObject[]) => {
    const base = known(entry, list);
    return base ? applyDifference(entry, base) : entry;
  };
  if (Array.isArray(content.apps)) out.apps = content.apps.map((app) => expandEntry(app, apps));
  if (Array.isArray(content.promo)) out.promo = content.promo.map((promo) => expandEntry(promo, promos));
  else if (content.promo !== null && content.promo !== undefined) out.promo = expandEntry(content.promo, promos);
  return out;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/**
 * The link for `state` ({ options, content }) on `address` (the page's URL without its fragment), at most
 * MAX_LINK_LENGTH characters: the content is left out first, then the longest options, each named in `left`.
 * `defaults` is the widget's default content, which the link's content is written against.
 */
export function writeLink(
  address: string,
  { options, content }: SharedSetUp,
  defaults: LinkDefaults,
): { link: string; left: string[] } {
  const left: string[] = [];
  const kept = { options: { ...options }, content: content && compact(content, defaults) };
  // What a reader would refuse is not written: it is left out here, and said.
  for (const [name, value] of Object.entries(kept.options)) {
    if (typeof value === 'string' && value.length > MAX_TEXT) {
      delete kept.options[name];
      left.push(name);
    }
  }
  const link = () =>
    `${address}#${PREFIX}${toBase64Url(
      JSON.stringify({
        v: SCHEMA_VERSION,
        o: kept.options,
        ...(kept.content && { c: kept.content }),
        ...(left.length && { l: left }),
      }),
    )}`;
  if (link().length > MAX_LINK_LENGTH && kept.content) {
    kept.content = undefined;
    left.push('content');
  }
  while (link().length > MAX_LINK_LENGTH) {
    const [longest] = Object.entries(kept.options).sort(([, a], [, b]) => String(b).length - String(a).length);
    if (!longest) break;
    delete kept.options[longest[0]];
    left.push(longest[0]);
  }
  return { link: link(), left };
}

/** Whether `hash` (location.hash) holds a shared configuration at all. */
export const isSharedLink = (hash: string) => hash.startsWith(`#${PREFIX}`);

/** What a reader makes of a shared link. */
export interface ReadLink {
  /** Only the options `accept(name, value)` took. */
  options: Record<string, OptionValue>;
  /** The content document as written against the defaults, unread: the caller reads it with the widget's rules. */
  content?: unknown;
  /** What was odd, for the reader of the link. */
  notes: string[];
  /** What the writer had to leave out: `content`, option names. */
  left: string[];
}

/** Reads a shared link's fragment (location.hash), trusting nothing in it. */
export function readLink(
  hash: string,
  accept: (name: string, value: OptionValue) => boolean,
  defaults: LinkDefaults,
): ReadLink {
  const notes: string[] = [];
  let state: unknown;
  try {
    state = JSON.parse(fromBase64Url(decodeURIComponent(hash.slice(PREFIX.length + 1))));
  } catch {
    return {
      options: {},
      left: [],
      notes: [
        'the link could not be read (it may have been cut short or changed); the builder starts from its defaults',
      ],
    };
  }
  if (!isObject(state)) {
    return { options: {}, left: [], notes: ['the link holds no settings; the builder starts from its defaults'] };
  }
  if (state.v !== SCHEMA_VERSION) {
    notes.push(
      `the link was made by another version of the builder (${typeof state.v === 'number' ? `settings version ${state.v}` : 'no settings version'}); what it holds was read, check every option`,
    );
  }
  const options: Record<string, OptionValue> = {};
  const given = isObject(state.o) ? state.o : {};
  if (state.o !== undefined && given !== state.o) notes.push('options: not a list of options; ignored');
  for (const [name, value] of Object.entries(given)) {
    const fits = typeof value === 'boolean' || (typeof value === 'string' && value.length <= MAX_TEXT);
    if (fits && accept(name, value)) options[name] = value;
    else notes.push(`${name}: not an option the builder has, or not a value it can take; ignored`);
  }
  for (const key of Object.keys(state)) {
    if (!['v', 'o', 'c', 'l'].includes(key)) notes.push(`${key}: not something a link sets; ignored`);
  }
  // What the sender's builder had to leave out of the link, so the reader knows the set-up is not whole.
  const left = Array.isArray(state.l)
    ? state.l.filter((name): name is string => typeof name === 'string' && name.length <= 40)
    : [];
  if (left.includes('content')) notes.push(CONTENT_LEFT_OUT);
  const leftOptions = left.filter((name) => name !== 'content');
  if (leftOptions.length) notes.push(`too long for a link, so not in it: ${leftOptions.join(', ')}`);
  const content = state.c === undefined ? undefined : expand(state.c, defaults);
  return { options, content, notes, left };
}
