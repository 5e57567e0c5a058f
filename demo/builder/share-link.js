// A configured builder as a link: the options and the content in the URL's fragment (never sent to a server),
// as base64url JSON with a schema version. A link is at most MAX_LINK_LENGTH characters; what does not fit is
// left out and named. Reading a link trusts nothing in it: each option must name one of the builder's own fields
// and hold a value that field can take, and content goes through the widget's own reader. The script's URL and
// integrity are never part of a link: they always come from the build the builder was published with.

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
function difference(entry, base) {
  const changes = { id: entry.id };
  for (const key of new Set([...Object.keys(base), ...Object.keys(entry)])) {
    if (!(key in entry)) changes[key] = null;
    else if (JSON.stringify(entry[key]) !== JSON.stringify(base[key])) changes[key] = entry[key];
  }
  return Object.keys(changes).length === 1 ? entry.id : changes;
}

/** `changes` (from `difference`) applied to `base`; a `__proto__` key is not a field and is never applied. */
function applyDifference(changes, base) {
  if (changes === base.id) return structuredClone(base);
  const entry = structuredClone(base);
  for (const [key, value] of Object.entries(changes)) {
    if (key === '__proto__') continue;
    if (value === null) delete entry[key];
    else entry[key] = value;
  }
  return entry;
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A content document with its built-in apps and default promo written as changes to `defaults`. */
function compact(content, defaults) {
  const out = { ...content };
  const builtIn = (entry, list) => isObject(entry) && list.find((base) => base.id === entry.id);
  if (Array.isArray(content.apps)) {
    out.apps = content.apps.map((app) =>
      builtIn(app, defaults.apps) ? difference(app, builtIn(app, defaults.apps)) : app,
    );
  }
  const promos = [defaults.promo];
  if (isObject(content.promo) && builtIn(content.promo, promos)) out.promo = difference(content.promo, defaults.promo);
  if (Array.isArray(content.promo)) {
    out.promo = content.promo.map((promo) => (builtIn(promo, promos) ? difference(promo, defaults.promo) : promo));
  }
  return out;
}

/** The content document `compact` wrote; anything else in the link is passed on as it is, for the reader to judge. */
function expand(content, defaults) {
  if (!isObject(content)) return content;
  const out = { ...content };
  const known = (entry, list) =>
    list.find((base) => base.id === (typeof entry === 'string' ? entry : isObject(entry) ? entry.id : undefined));
  const expandEntry = (entry, list) => (known(entry, list) ? applyDifference(entry, known(entry, list)) : entry);
  if (Array.isArray(content.apps)) out.apps = content.apps.map((app) => expandEntry(app, defaults.apps));
  if (Array.isArray(content.promo)) out.promo = content.promo.map((promo) => expandEntry(promo, [defaults.promo]));
  else if (content.promo !== null && content.promo !== undefined)
    out.promo = expandEntry(content.promo, [defaults.promo]);
  return out;
}

function toBase64Url(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/**
 * The link for `state` ({ options, content }) on `address` (the page's URL without its fragment), at most
 * MAX_LINK_LENGTH characters: the content is left out first, then the longest options, each named in `left`.
 * `defaults` is the widget's default content, which the link's content is written against.
 */
export function writeLink(address, { options, content }, defaults) {
  const left = [];
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
export const isSharedLink = (hash) => hash.startsWith(`#${PREFIX}`);

/**
 * Reads a shared link's fragment. Returns { options, content, notes, left }: `options` only those
 * `accept(name, value)` takes, `content` the document as written against `defaults` (the caller reads it with the
 * widget's rules), `notes` what was odd, `left` what the writer had to leave out (`content`, option names).
 */
export function readLink(hash, accept, defaults) {
  const notes = [];
  let state;
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
  if (typeof state !== 'object' || state === null || Array.isArray(state)) {
    return { options: {}, left: [], notes: ['the link holds no settings; the builder starts from its defaults'] };
  }
  if (state.v !== SCHEMA_VERSION) {
    notes.push(
      `the link was made by another version of the builder (${typeof state.v === 'number' ? `settings version ${state.v}` : 'no settings version'}); what it holds was read, check every option`,
    );
  }
  const options = {};
  const given = typeof state.o === 'object' && state.o !== null && !Array.isArray(state.o) ? state.o : {};
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
  const left = Array.isArray(state.l) ? state.l.filter((name) => typeof name === 'string' && name.length <= 40) : [];
  if (left.includes('content')) notes.push(CONTENT_LEFT_OUT);
  const leftOptions = left.filter((name) => name !== 'content');
  if (leftOptions.length) notes.push(`too long for a link, so not in it: ${leftOptions.join(', ')}`);
  const content = state.c === undefined ? undefined : expand(state.c, defaults);
  return { options, content, notes, left };
}
