// The page's side of shared links (share-link.ts writes and reads them): the set-up written into the page's
// address once typing pauses, what a link had to leave out, this tab's memory of its own links, and a link
// someone else wrote, restored with a notice that asks the reader to check where it sends visitors.
import { defaultContent } from '../../src/index.js';
import type { BuilderState } from './builder-state.js';
import { downloadContent } from './content-file.js';
import type { ContentEditor } from './content-editor.js';
import {
  fieldAccepts,
  fieldDefault,
  fieldValue,
  namedField,
  setFieldValue,
  shareableFields,
  type FormField,
} from './form-state.js';
import { isHostFormKey } from './host-forms.js';
import { isObject, type JsonObject } from './json.js';
import type { PageElements } from './page-elements.js';
import { CONTENT_LEFT_OUT, isSharedLink, readLink, writeLink, type OptionValue } from './share-link.js';
import type { Attributes } from './snippets.js';
import type { Tabs } from './tabs.js';

/** How long typing must pause before the address is rewritten (Safari refuses more than 100 changes in 30 s). */
const SHARE_DELAY_MS = 400;

/**
 * Where this tab remembers the last link it wrote, and the content that link had to leave out, so that a reload
 * of one's own work is neither a shared link nor a loss.
 */
const OWN_LINK_KEY = 'python-showcase-builder:own-link';

/** What this tab remembers of a link it wrote itself. */
interface OwnLink {
  hash: string;
  /** The content the link had to leave out. */
  content?: JsonObject;
}

function rememberOwnLink(link: OwnLink) {
  try {
    sessionStorage.setItem(OWN_LINK_KEY, JSON.stringify(link));
  } catch {
    // Storage refused (a private window, a policy): a reload then shows the notice, which is only cautious.
  }
}

/** What this tab remembers of `hash` when it wrote that link itself. */
export function ownLink(hash: string): OwnLink | undefined {
  try {
    const remembered: unknown = JSON.parse(sessionStorage.getItem(OWN_LINK_KEY) ?? 'null');
    if (!isObject(remembered) || remembered.hash !== hash) return undefined;
    return { hash, ...(isObject(remembered.content) && { content: remembered.content }) };
  } catch {
    return undefined;
  }
}

/** Whether a page opened at `hash` shows the reader's own work: no shared link, or one this tab wrote. */
export const isOwnWork = (hash: string) => !isSharedLink(hash) || !!ownLink(hash);

/** Says what a link had to leave out, with the content offered as a file; rewritten only when that changes. */
function showLeftOut(page: PageElements, state: BuilderState, left: string[]) {
  const said = left.join(',');
  if (page.shareStatus.dataset.said === said) return;
  page.shareStatus.dataset.said = said;
  const status: Node[] = [];
  if (left.includes('content')) {
    status.push(
      document.createTextNode('Your content is too long for a link, so the link leaves it out: send it as a file. '),
      Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'secondary',
        textContent: 'Download content.json',
        onclick: () => downloadContent(state.content),
      }),
    );
  }
  const fields = left.filter((name) => name !== 'content');
  if (fields.length) status.push(document.createTextNode(` Also left out, too long for a link: ${fields.join(', ')}.`));
  page.shareStatus.replaceChildren(...status);
}

/**
 * Writes the set-up into the page's address once typing pauses, within the link's length, and says what did not
 * fit. The defaults need no link at all. `written` is the number of the update it belongs to.
 */
export function writeLinkOnPause(
  page: PageElements,
  state: BuilderState,
  attributes: Attributes,
  content: JsonObject | undefined,
  written: number,
): void {
  if (state.pendingLink) clearTimeout(state.pendingLink.timer);
  const write = () => {
    state.pendingLink = undefined;
    const options: Record<string, OptionValue> = {};
    for (const field of shareableFields(page.form)) {
      if (fieldValue(field) !== fieldDefault(field)) options[field.name] = fieldValue(field);
    }
    if (state.form !== 'tag') options.form = state.form;
    // The cards shown and their order travel as ids too, so they survive when the content is too long for a link.
    const shownIds = Array.isArray(content?.apps)
      ? content.apps.map((app) => (isObject(app) ? app.id : undefined)).join(',')
      : undefined;
    const apps = attributes.apps || shownIds;
    if (typeof apps === 'string' && apps) options.apps = apps;
    const address = location.href.replace(/#.*$/, '');
    const { link, left } =
      Object.keys(options).length || content
        ? writeLink(address, { options, content }, defaultContent)
        : { link: address, left: [] };
    try {
      history.replaceState(history.state, '', link);
      // A shared link the reader has not changed stays someone else's: a reload shows its notice again.
      if (state.ownWork) {
        rememberOwnLink({
          hash: new URL(link).hash,
          ...(left.includes('content') && content && { content }),
        });
      }
    } catch (error) {
      console.warn(`python-showcase builder: the page's address was not updated (${(error as Error).message})`);
    }
    showLeftOut(page, state, left);
    document.body.dataset.linkReady = String(written);
  };
  state.pendingLink = { write, timer: setTimeout(write, SHARE_DELAY_MS) };
}

/** Writes a link still waiting for typing to pause: before it is copied, and before the page goes. */
export function flushLink(state: BuilderState): void {
  if (!state.pendingLink) return;
  clearTimeout(state.pendingLink.timer);
  state.pendingLink.write();
}

/** Every address a content document would send visitors to, for the reader of a shared link to check. */
function addressesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((entry) => addressesIn(entry, found));
  else if (isObject(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'url' || key === 'href') && typeof inner === 'string') found.add(inner);
      else addressesIn(inner, found);
    }
  }
  return found;
}

/** Lists `items` as <li> elements of text in `list`. */
function listItems(list: HTMLElement, items: Array<string | Node[]>) {
  list.replaceChildren(
    ...items.map((item) => {
      const entry = document.createElement('li');
      entry.append(...(typeof item === 'string' ? [item] : item));
      return entry;
    }),
  );
}

/** Restores a set-up from the page's address, trusting nothing in it, and asks the reader to check it. */
export function restoreSharedLink(page: PageElements, editor: ContentEditor, tabs: Tabs): void {
  if (!isSharedLink(location.hash)) return;
  const own = ownLink(location.hash);
  const fields = new Map<string, FormField>(shareableFields(page.form).map((field) => [field.name, field]));
  const read = readLink(
    location.hash,
    (name, value) => {
      if (name === 'form') return isHostFormKey(value);
      if (name === 'apps') return typeof value === 'string';
      const field = fields.get(name);
      return !!field && fieldAccepts(field, value);
    },
    defaultContent,
  );
  const { options, left } = read;
  let { content, notes } = read;
  // One's own link whose content was too long for it: the content this tab kept.
  if (own?.content && content === undefined && left.includes('content')) {
    notes = notes.filter((note) => note !== CONTENT_LEFT_OUT);
    content = own.content;
  }
  if (content !== undefined) {
    const loaded = editor.load(content);
    // One's own content's problems are shown at their fields as ever; a shared link's are the reader's to check.
    if (!own) notes.push(...loaded.notes.map((note) => `content: ${note}`));
    if (loaded.heading !== undefined && options.heading === undefined) options.heading = loaded.heading;
  }
  for (const [name, value] of Object.entries(options)) {
    if (name === 'form') tabs.select(String(value));
    // The ids stand in for the cards only when the link's content, which lists them whole, did not fit.
    else if (name === 'apps') {
      if (!(isObject(content) && Array.isArray(content.apps))) notes.push(...editor.applyAppsAttribute(String(value)));
    } else {
      const field = fields.get(name);
      if (field) setFieldValue(field, value);
    }
  }
  const links = [...addressesIn(editor.build().content ?? {})];
  const src = namedField(page.form, 'src').value.trim();
  const code = (text: string) => Object.assign(document.createElement('code'), { textContent: text });
  listItems(page.sharedLinks, [
    ...links.map((href) => [document.createTextNode('Link: '), code(href)]),
    ...(src ? [[document.createTextNode('Content file (src): '), code(src)]] : []),
  ]);
  if (!links.length && !src) listItems(page.sharedLinks, ['The default links only.']);
  listItems(page.sharedNotes, notes);
  document.body.dataset.sharedNotes = String(notes.length);
  // This tab's own link, reloaded whole: the reader set it up, there is nothing to warn about.
  if (own && !notes.length) return;
  if (own) {
    page.sharedNoticeTitle.textContent = 'Restored from this page’s address';
    page.sharedNoticeIntro.textContent = 'Not all of your set-up could be restored. Check the addresses below:';
  }
  page.sharedNotice.hidden = false;
  page.sharedNoticeTitle.focus();
}
