// The embed builder: options and content in, a live preview with the real elements, and the snippet out in the
// form each host takes. The snippet reserves the height the widget takes with these options, measured here at
// container widths of 320, 768 and 1280 px, so the partner's page does not shift when the script arrives. The
// whole set-up lives in the page's address (share-link.js), so it can be sent to someone else.
import { defaultContent } from '../../src/index.ts';
import { ContentEditor, withOffset } from './content-editor.js';
import { CONTENT_LEFT_OUT, isSharedLink, readLink, writeLink } from './share-link.js';
import {
  BREAKPOINTS,
  DEFAULT_HEIGHTS,
  VUE_COMPILER_OPTIONS,
  mountPointSnippet,
  partnerSnippet,
  reactSnippet,
  shortcodeSnippet,
  siteScriptTag,
  tagManagerSnippet,
  tagManagerSpot,
  vueSnippet,
} from './snippet.js';

/** The container widths the reserved heights are measured at, one per breakpoint. */
const MEASURE_WIDTHS = [320, 768, 1280];
/** An attribute whose value is the widget's default is left out of the snippet. */
const DEFAULTS = { layout: 'grid', theme: 'auto', promo: 'bottom', 'heading-level': '2' };

const $ = (selector) => document.querySelector(selector);
const form = $('#options');
const preview = $('#preview');
const previewFrame = $('#preview-frame');
const previewControls = $('#preview-controls');
const reservation = $('#reservation');
const reservationNote = $('#reservation-note');
const snippetOutput = $('#snippet');
const tabList = $('#form-tabs');
const contentBox = $('#content-box');
const contentJson = $('#content-json');
const contentWarning = $('#content-warning');
const companionBox = $('#companion-box');
const companion = $('#companion');
const downloadButton = $('#download-content');
const contentProblems = $('#content-problems');
const shareStatus = $('#share-status');

/**
 * Each form of the snippet: its tab, what to do with it, the guides that say more, and how it is written. `usesSrc`:
 * the form cannot carry content, so it names a content file; `carriesContent`: it holds the content itself.
 */
const FORMS = {
  tag: {
    tab: 'HTML',
    help: 'Paste it into the page, a Custom HTML block or an Embed: the style, the script and the tag together. Your content goes inside it.',
    guides: [
      ['Webflow', 'webflow'],
      ['Squarespace', 'squarespace'],
      ['WordPress', 'wordpress'],
      ['Static sites', 'static-sites'],
      ['Strict Content Security Policy', 'strict-csp'],
    ],
    carriesContent: true,
    reserves: (heights, index) => heights[index],
    write: partnerSnippet,
  },
  'mount-point': {
    tab: 'Mount point',
    help: 'For editors that remove scripts and styles (a WordPress author, a locked-down CMS): paste it where the widget should appear. Someone who may add scripts adds the script tag below once for the whole site.',
    guides: [['WordPress: authors and mount points', 'wordpress']],
    usesSrc: true,
    reserves: (heights) => Math.min(...heights),
    write: mountPointSnippet,
    companion: (o) => ({
      help: 'Once for the whole site, by whoever may add scripts (a site administrator, the theme, Google Tag Manager):',
      code: siteScriptTag(o),
    }),
  },
  shortcode: {
    tab: 'WordPress',
    help: 'Paste it into a post, a page or a Shortcode block, on a WordPress site with the Python Showcase plugin (npm run build:wordpress writes it). Every role that can write a post can use it.',
    guides: [['WordPress', 'wordpress']],
    usesSrc: true,
    // The plugin reserves the default widget's height at each width (PHP cannot measure other options).
    reserves: (heights, index) => DEFAULT_HEIGHTS[index],
    write: shortcodeSnippet,
  },
  react: {
    tab: 'React',
    help: 'A React 19 component: install the package, save this as Showcase.jsx and render <Showcase />. Your content is passed as a property.',
    guides: [['React and Vue', 'frameworks']],
    carriesContent: true,
    reserves: () => 0,
    write: reactSnippet,
  },
  vue: {
    tab: 'Vue',
    help: 'A Vue 3 component: install the package, save this as Showcase.vue, and tell Vue the tags are custom elements (below). Your content is bound as a property.',
    guides: [['React and Vue', 'frameworks']],
    carriesContent: true,
    reserves: () => 0,
    write: vueSnippet,
    companion: () => ({ help: 'Once for the app, in Vite’s configuration:', code: VUE_COMPILER_OPTIONS }),
  },
  gtm: {
    tab: 'Google Tag Manager',
    help: 'In Google Tag Manager: a new Custom HTML tag with this code, triggered on the pages that have the spot below. Tag Manager adds it at the end of the page; it moves the widget into the spot.',
    guides: [['Google Tag Manager', 'google-tag-manager']],
    carriesContent: true,
    reserves: (heights) => Math.min(...heights),
    write: tagManagerSnippet,
    companion: (o) => ({
      help: 'On the page, where the widget should appear (any editor keeps an empty element with an id):',
      code: tagManagerSpot(o),
    }),
  },
};
let chosenForm = 'tag';

const editor = new ContentEditor(form, $('#apps'), () => update());
/**
 * The built script's version and integrity, from the file published beside it; relative to the page
 * (demo/builder.html), so the built site works under any path prefix.
 */
async function loadScriptData() {
  const url = new URL('../dist/snippet.json', document.baseURI);
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const data = await response.json();
    if (typeof data.version !== 'string' || !/^sha384-/.test(data.integrity)) throw new Error('not the script’s data');
    return data;
  } catch (error) {
    snippetOutput.textContent = `The builder could not read ${url.pathname} (${error.message}), which names the script to paste: publish dist/ beside demo/, as npm run build:site does.`;
    throw error;
  }
}
const { version, integrity } = await loadScriptData();

/** The attributes the options ask for, in the snippet's order, defaults left out. */
function attributesFromForm() {
  const data = new FormData(form);
  const attributes = { apps: editor.appsAttribute() };
  for (const name of ['layout', 'theme', 'promo', 'heading-level']) {
    const value = data.get(name);
    attributes[name] = value === DEFAULTS[name] ? '' : value;
  }
  attributes.heading = data.get('heading').trim();
  for (const name of ['takeaways', 'dismissible', 'datalayer']) attributes[name] = data.has(name);
  attributes.partner = data.get('partner').trim();
  attributes.campaign = data.get('campaign').trim();
  return attributes;
}

function applyAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value) element.setAttribute(name, value);
    else element.removeAttribute(name);
  }
}

async function rendered(element) {
  for (let round = 0; round < 4; round++) {
    const elements = [element, ...(element.shadowRoot?.querySelectorAll('python-app-card, python-course-promo') ?? [])];
    await Promise.all(elements.map((e) => e.updateComplete));
  }
}

/** The last measurement: the heights for one set of attributes and content. */
let measured = { key: '', heights: [] };

/**
 * The widget's height with these attributes at each measuring width, rendered out of sight; measured again only
 * when the attributes or the content changed (not for another tab, a review setting or a src).
 */
async function measureHeights(attributes, content) {
  const key = JSON.stringify([attributes, content]);
  if (measured.key === key) return measured.heights;
  const heights = await Promise.all(
    MEASURE_WIDTHS.map(async (width) => {
      const box = document.createElement('div');
      box.style.cssText = `position:absolute;left:-100000px;top:0;width:${width}px;visibility:hidden`;
      const widget = document.createElement('python-showcase');
      applyAttributes(widget, { ...attributes, dismissible: false, storage: 'none' });
      if (content) widget.content = content;
      box.append(widget);
      document.body.append(box);
      await rendered(widget);
      const height = Math.ceil(widget.getBoundingClientRect().height);
      box.remove();
      return height;
    }),
  );
  measured = { key, heights };
  return heights;
}

/**
 * Shows `code` in `target` with syntax colouring: tags, attribute names and values as spans of text nodes. Nothing
 * is parsed as HTML, so whatever the options or a shared link hold stays text.
 */
function showCode(target, code) {
  const tokens = /(<\/?[a-z][\w.-]*|\/?>|\[\/?python_showcase)|(\s:?[a-z][\w:.-]*)(?==)|("[^"\n]*"|'[^'\n]*')/gi;
  const parts = [];
  let last = 0;
  for (const match of code.matchAll(tokens)) {
    if (match.index > last) parts.push(document.createTextNode(code.slice(last, match.index)));
    const span = document.createElement('span');
    span.className = match[1] ? 'token-tag' : match[2] ? 'token-attribute' : 'token-value';
    span.textContent = match[0];
    parts.push(span);
    last = match.index + match[0].length;
  }
  parts.push(document.createTextNode(code.slice(last)));
  target.replaceChildren(...parts);
}

/** The heights the last snippet reserves, one per breakpoint. */
let lastHeights = [];

/**
 * Lays the preview out at the chosen container width (not scaled) on a light or dark host page, and outlines
 * the height the snippet reserves at that width, so a marketer sees whether the page below would move.
 */
let previewsShown = 0;
async function showPreviewSize() {
  const choice = new FormData();
  for (const input of previewControls.querySelectorAll('input:checked')) choice.set(input.name, input.value);
  const width = choice.get('preview-width');
  previewFrame.style.width = width === 'free' ? '' : `${width}px`;
  const dark = choice.get('preview-page') === 'dark';
  previewFrame.classList.toggle('dark', dark);
  const widget = preview.querySelector('python-showcase');
  // A widget that follows the system takes the host page's scheme here, as it would on such a page.
  if (widget && !new FormData(form).get('theme')?.match(/light|dark/))
    widget.setAttribute('theme', dark ? 'dark' : 'light');
  if (!widget || !lastHeights.length) return;
  await rendered(widget);
  const frameWidth = previewFrame.getBoundingClientRect().width;
  const index = BREAKPOINTS.findLastIndex((minWidth) => frameWidth >= minWidth);
  // The height the form in view reserves before the script arrives: each form carries its own reservation.
  const reserved = FORMS[chosenForm].reserves(lastHeights, index);
  reservation.style.height = `${reserved}px`;
  reservation.hidden = !reserved;
  const actual = Math.ceil(widget.getBoundingClientRect().height);
  const at = `At ${Math.round(frameWidth)} px`;
  reservationNote.textContent = reserved
    ? `${at} the snippet reserves ${reserved} px (dashed); the widget takes ${actual} px.`
    : `${at} the component reserves no height: it renders with your app. The widget takes ${actual} px.`;
  document.body.dataset.previewReady = `${++previewsShown} ${Math.round(frameWidth)}`;
}

previewControls.addEventListener('input', showPreviewSize);

/** The content document last built, for the download. */
let lastContent;

let updateNumber = 0;
async function update(byReader = true) {
  if (byReader) ownWork = true;
  const current = ++updateNumber;
  const attributes = attributesFromForm();
  const { content, fieldFor } = editor.build();
  lastContent = content;
  const problems = editor.check(content, fieldFor);
  const srcField = form.elements.namedItem('src');
  if (srcField.value.trim() && !isWebAddress(srcField.value.trim())) {
    problems.push(`${editor.fieldName(srcField)}: not an https or http address; the widget would not load it`);
  }
  showProblems(problems);
  let widget = preview.querySelector('python-showcase');
  if (!widget) {
    widget = document.createElement('python-showcase');
    preview.append(widget);
  }
  const review = new FormData(form);
  // What a reviewer asks to see: on the preview only, never in the snippet.
  applyAttributes(widget, {
    ...attributes,
    variant: review.get('review-variant'),
    'preview-at': withOffset(review.get('review-at')),
  });
  widget.content = content;
  writeShareLink(attributes, content, current);
  const heights = await measureHeights(attributes, content);
  if (current !== updateNumber) return;
  lastHeights = heights;
  const chosen = FORMS[chosenForm];
  const src = review.get('src').trim();
  const inline = chosen.carriesContent && content;
  showCode(
    snippetOutput,
    chosen.write({
      version,
      integrity,
      attributes: { ...attributes, ...(!inline && { src }) },
      heights,
      content: inline ? content : undefined,
    }),
  );
  const needsFile = chosen.usesSrc && content;
  contentBox.hidden = !needsFile;
  contentJson.textContent = content ? JSON.stringify(content, null, 2) : '';
  downloadButton.hidden = !content;
  contentWarning.hidden = !(needsFile && !src);
  $('#form-help').textContent = chosen.help;
  showGuides(chosen.guides);
  const extra = chosen.companion?.({ version, integrity, heights });
  companionBox.hidden = !extra;
  if (extra) {
    $('#companion-help').textContent = extra.help;
    showCode(companion, extra.code);
  }
  $('#copy-status').textContent = '';
  $('#copy-companion-status').textContent = '';
  await showPreviewSize();
  document.body.dataset.snippetReady = String(current);
}

/** Whether `value` is an https or http address, absolute or relative to the partner's page. */
function isWebAddress(value) {
  try {
    return ['https:', 'http:'].includes(new URL(value, 'https://partner.example/page/').protocol);
  } catch {
    return false;
  }
}

function showProblems(problems) {
  // Rewritten only when the problems change, so a screen reader does not hear them again at every keystroke.
  const said = problems.join('\n');
  if (contentProblems.dataset.said === said) return;
  contentProblems.dataset.said = said;
  if (!problems.length) {
    contentProblems.replaceChildren();
    return;
  }
  const heading = Object.assign(document.createElement('p'), {
    textContent: `The widget will leave out ${problems.length === 1 ? 'one thing' : `${problems.length} things`}:`,
  });
  const list = document.createElement('ul');
  list.append(...problems.map((problem) => Object.assign(document.createElement('li'), { textContent: problem })));
  contentProblems.replaceChildren(heading, list);
}

function showGuides(guides) {
  const links = guides.map(([label, file]) =>
    Object.assign(document.createElement('a'), {
      href: new URL(`../docs/guides/${file}.html`, document.baseURI).href,
      textContent: label,
    }),
  );
  const parts = [document.createTextNode(links.length > 1 ? 'Guides: ' : 'Guide: ')];
  links.forEach((link, index) => parts.push(...(index ? [document.createTextNode(' · ')] : []), link));
  $('#guide-links').replaceChildren(...parts);
}

// The tabs: one per host's form, arrow keys move between them (WAI-ARIA Authoring Practices, tabs with automatic
// activation).
const tabs = Object.entries(FORMS).map(([key, { tab }]) => {
  const button = Object.assign(document.createElement('button'), {
    type: 'button',
    id: `tab-${key}`,
    textContent: tab,
  });
  button.setAttribute('role', 'tab');
  button.setAttribute('aria-controls', 'form-panel');
  button.dataset.form = key;
  button.addEventListener('click', () => chooseForm(key));
  return button;
});
tabList.append(...tabs);
tabList.addEventListener('keydown', (event) => {
  const index = tabs.indexOf(document.activeElement);
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
  if (index < 0 || next === undefined) return;
  event.preventDefault();
  const tab = tabs[(next + tabs.length) % tabs.length];
  tab.focus();
  chooseForm(tab.dataset.form);
});

function chooseForm(key, { quiet = false } = {}) {
  chosenForm = FORMS[key] ? key : 'tag';
  for (const tab of tabs) {
    const selected = tab.dataset.form === chosenForm;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  $('#form-panel').setAttribute('aria-labelledby', `tab-${chosenForm}`);
  if (!quiet) update();
}

async function copyText(text, status, what) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = `Copied the ${what} to the clipboard.`;
  } catch {
    status.textContent = `Could not copy: select the ${what} and press Ctrl+C (⌘C on a Mac).`;
    return false;
  }
  return true;
}

$('#copy').addEventListener('click', async () => {
  if (!(await copyText(snippetOutput.textContent, $('#copy-status'), 'snippet'))) {
    getSelection().selectAllChildren(snippetOutput);
  }
});
$('#copy-companion').addEventListener('click', () =>
  copyText(companion.textContent, $('#copy-companion-status'), 'code'),
);
$('#copy-link').addEventListener('click', () => {
  flushShareLink();
  copyText(location.href, $('#copy-link-status'), 'link');
});

function downloadContent() {
  if (!lastContent) return;
  const file = new Blob([`${JSON.stringify(lastContent, null, 2)}\n`], { type: 'application/json' });
  const link = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(file),
    download: 'content.json',
  });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
downloadButton.addEventListener('click', downloadContent);

$('#import-content').addEventListener('change', async (event) => {
  event.stopPropagation();
  const [file] = event.target.files;
  event.target.value = '';
  if (!file) return;
  if (file.size > MAX_IMPORT_BYTES) {
    showImportNotes([
      `${file.name}: larger than ${MAX_IMPORT_BYTES / 1_000_000} MB, not a content file; nothing was loaded`,
    ]);
    return;
  }
  let imported;
  try {
    imported = JSON.parse(await file.text());
  } catch (error) {
    showImportNotes([`${file.name}: not JSON (${error.message}); nothing was loaded`]);
    return;
  }
  const { notes, heading } = editor.load(imported);
  if (heading !== undefined) form.elements.namedItem('heading').value = heading;
  showImportNotes(notes.length ? notes.map((note) => `${file.name}: ${note}`) : [`Loaded ${file.name}.`]);
  update();
});

/** Larger than any content document the widget reads (100 apps, 20 promos). */
const MAX_IMPORT_BYTES = 1_000_000;

function showImportNotes(notes) {
  $('#import-status').replaceChildren(
    ...notes.map((note) => Object.assign(document.createElement('p'), { textContent: note })),
  );
}

// ---- The shared link ----------------------------------------------------------------------------------------

/**
 * The form's own fields a link sets as options: every named control but the file input and the content's fields
 * (the intro, the promo's copy, the campaign), which travel as content.
 */
const shareableFields = () =>
  [...form.elements].filter(
    (field) => field.name && field.type !== 'file' && !/^(intro|copy-|promo-)/.test(field.name),
  );

function fieldValue(field) {
  return field.type === 'checkbox' ? field.checked : field.value;
}

function fieldDefault(field) {
  if (field.type === 'checkbox') return field.defaultChecked;
  if (field.tagName === 'SELECT')
    return ([...field.options].find((option) => option.defaultSelected) ?? field.options[0]).value;
  return field.defaultValue;
}

/** Whether `value` is one `field` can take, as a person could have entered it. */
function fieldAccepts(field, value) {
  if (field.type === 'checkbox') return typeof value === 'boolean';
  if (typeof value !== 'string') return false;
  if (field.tagName === 'SELECT') return [...field.options].some((option) => option.value === value);
  if (field.type === 'number') return value === '' || Number.isFinite(Number(value));
  if (field.type === 'datetime-local') return value === '' || /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(value);
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value);
}

/**
 * Where this tab remembers the last link it wrote, and the content that link had to leave out, so that a reload
 * of one's own work is neither a shared link nor a loss.
 */
const OWN_LINK_KEY = 'python-showcase-builder:own-link';

function rememberOwnLink(hash, leftOutContent) {
  try {
    sessionStorage.setItem(OWN_LINK_KEY, JSON.stringify({ hash, content: leftOutContent }));
  } catch {
    // Storage refused (a private window, a policy): a reload then shows the notice, which is only cautious.
  }
}

/** What this tab remembers of `hash` when it wrote that link itself: { content } (the content it left out). */
function ownLink(hash) {
  try {
    const remembered = JSON.parse(sessionStorage.getItem(OWN_LINK_KEY) ?? 'null');
    return remembered?.hash === hash ? remembered : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the set-up is the reader's own: they opened no shared link, or changed something since. */
let ownWork = !isSharedLink(location.hash) || !!ownLink(location.hash);

let shareTimer;
/**
 * Writes the set-up into the page's address once typing pauses (Safari refuses more than 100 address changes in
 * 30 seconds), within the link's length, and says what did not fit. The defaults need no link at all.
 */
function writeShareLink(attributes, content, written) {
  clearTimeout(shareTimer);
  pendingShare = () => {
    pendingShare = undefined;
    const options = {};
    for (const field of shareableFields()) {
      if (fieldValue(field) !== fieldDefault(field)) options[field.name] = fieldValue(field);
    }
    if (chosenForm !== 'tag') options.form = chosenForm;
    // The cards shown and their order travel as ids too, so they survive when the content is too long for a link.
    const shownIds = content?.apps?.map((app) => app.id).join(',');
    if (attributes.apps || shownIds) options.apps = attributes.apps || shownIds;
    const address = location.href.replace(/#.*$/, '');
    const { link, left } =
      Object.keys(options).length || content
        ? writeLink(address, { options, content }, defaultContent)
        : { link: address, left: [] };
    try {
      history.replaceState(history.state, '', link);
      // A shared link the reader has not changed stays someone else's: a reload shows its notice again.
      if (ownWork) rememberOwnLink(new URL(link).hash, left.includes('content') ? content : undefined);
    } catch (error) {
      console.warn(`python-showcase builder: the page's address was not updated (${error.message})`);
    }
    showLeftOut(left);
    document.body.dataset.linkReady = String(written);
  };
  shareTimer = setTimeout(pendingShare, SHARE_DELAY_MS);
}
let pendingShare;
/** Writes a link still waiting for typing to pause: before it is copied, and before the page goes. */
function flushShareLink() {
  clearTimeout(shareTimer);
  pendingShare?.();
}
addEventListener('pagehide', flushShareLink);
/** How long typing must pause before the address is rewritten. */
const SHARE_DELAY_MS = 400;

function showLeftOut(left) {
  const said = left.join(',');
  if (shareStatus.dataset.said === said) return;
  shareStatus.dataset.said = said;
  const status = [];
  if (left.includes('content')) {
    status.push(
      document.createTextNode('Your content is too long for a link, so the link leaves it out: send it as a file. '),
      Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'secondary',
        textContent: 'Download content.json',
        onclick: downloadContent,
      }),
    );
  }
  const fields = left.filter((name) => name !== 'content');
  if (fields.length) status.push(document.createTextNode(` Also left out, too long for a link: ${fields.join(', ')}.`));
  shareStatus.replaceChildren(...status);
}

/** Every address a content document would send visitors to, for the reader of a shared link to check. */
function addressesIn(value, found = new Set()) {
  if (Array.isArray(value)) value.forEach((entry) => addressesIn(entry, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'url' || key === 'href') && typeof inner === 'string') found.add(inner);
      else addressesIn(inner, found);
    }
  }
  return found;
}

/** Restores a set-up from the page's address, trusting nothing in it, and asks the reader to check it. */
function restoreSharedLink() {
  if (!isSharedLink(location.hash)) return;
  const own = ownLink(location.hash);
  const fields = new Map(shareableFields().map((field) => [field.name, field]));
  let { options, content, notes, left } = readLink(
    location.hash,
    (name, value) => {
      if (name === 'form') return Object.hasOwn(FORMS, value);
      if (name === 'apps') return typeof value === 'string';
      const field = fields.get(name);
      return !!field && fieldAccepts(field, value);
    },
    defaultContent,
  );
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
    if (name === 'form') chooseForm(value, { quiet: true });
    // The ids stand in for the cards only when the link's content, which lists them whole, did not fit.
    else if (name === 'apps') {
      if (!Array.isArray(content?.apps)) notes.push(...editor.applyAppsAttribute(value));
    } else if (typeof value === 'boolean') fields.get(name).checked = value;
    else fields.get(name).value = value;
  }
  const links = [...addressesIn(editor.build().content ?? {})];
  const src = fields.get('src').value.trim();
  $('#shared-links').replaceChildren(
    ...[...links.map((href) => ['Link', href]), ...(src ? [['Content file (src)', src]] : [])].map(([what, href]) => {
      const item = document.createElement('li');
      item.append(`${what}: `, Object.assign(document.createElement('code'), { textContent: href }));
      return item;
    }),
  );
  if (!links.length && !src)
    $('#shared-links').append(Object.assign(document.createElement('li'), { textContent: 'The default links only.' }));
  $('#shared-notes').replaceChildren(
    ...notes.map((note) => Object.assign(document.createElement('li'), { textContent: note })),
  );
  document.body.dataset.sharedNotes = String(notes.length);
  // This tab's own link, reloaded whole: the reader set it up, there is nothing to warn about.
  if (own && !notes.length) return;
  if (own) {
    $('#shared-notice-title').textContent = 'Restored from this page’s address';
    $('#shared-notice-intro').textContent = 'Not all of your set-up could be restored. Check the addresses below:';
  }
  $('#shared-notice').hidden = false;
  $('#shared-notice-title').focus();
}

// A link pasted into the address bar of an open builder: read it as any shared link, from a fresh page.
addEventListener('hashchange', () => {
  if (isSharedLink(location.hash) && !ownLink(location.hash)) location.reload();
});
form.addEventListener('input', () => update());
form.addEventListener('submit', (event) => event.preventDefault());
$('#add-app').addEventListener('click', () => editor.addApp());
console.assert(BREAKPOINTS.length === MEASURE_WIDTHS.length, 'one measuring width per breakpoint');
chooseForm('tag', { quiet: true });
restoreSharedLink();
update(false);
