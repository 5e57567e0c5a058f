// The embed builder: options in, a live preview with the real elements and the partner snippet out. The snippet
// reserves the height the widget takes with these options, measured here at container widths of 320, 768 and
// 1280 px, so the partner's page does not shift when the script arrives.
import { defaultContent } from '../../src/index.ts';
import { BREAKPOINTS, mountPointSnippet, partnerSnippet, shortcodeSnippet, siteScriptTag } from './snippet.js';

const DEFAULT_APPS = ['instagram', 'google', 'spotify', 'netflix', 'dropbox'];
const APP_NAMES = {
  instagram: 'Instagram',
  google: 'Google',
  spotify: 'Spotify',
  netflix: 'Netflix',
  dropbox: 'Dropbox',
};
/** The container widths the reserved heights are measured at, one per breakpoint. */
const MEASURE_WIDTHS = [320, 768, 1280];
/** An attribute whose value is the widget's default is left out of the snippet. */
const DEFAULTS = { layout: 'grid', theme: 'auto', promo: 'bottom', 'heading-level': '2' };

const form = document.querySelector('#options');
const appList = document.querySelector('#apps');
const preview = document.querySelector('#preview');
const previewFrame = document.querySelector('#preview-frame');
const previewControls = document.querySelector('#preview-controls');
const reservation = document.querySelector('#reservation');
const reservationNote = document.querySelector('#reservation-note');
/** The heights the last snippet reserves, one per breakpoint. */
let lastHeights = [];
const snippetOutput = document.querySelector('#snippet');
const copyButton = document.querySelector('#copy');
const copyStatus = document.querySelector('#copy-status');
const formHelp = document.querySelector('#form-help');
const siteScriptBox = document.querySelector('#site-script-box');
const siteScript = document.querySelector('#site-script');
const contentBox = document.querySelector('#content-box');
const contentJson = document.querySelector('#content-json');

/** Each form of the snippet: what it is for, and how it is written. */
const FORMS = {
  tag: {
    help: 'Paste it into the page, a Custom HTML block or an Embed: the style, the script and the tag together.',
    write: (options) => partnerSnippet(options),
  },
  'mount-point': {
    help: 'Paste it where the widget should appear; editors that remove scripts and styles keep it. Content of your own goes in a file named by data-src.',
    write: (options) => mountPointSnippet(options),
  },
  shortcode: {
    help: 'Paste it into a post or a Shortcode block, on a WordPress site with the Python Showcase plugin (npm run build:wordpress writes it).',
    write: (options) => shortcodeSnippet(options),
  },
};

let appOrder = [...DEFAULT_APPS];
// Relative to the page (demo/builder.html), so the built site works under any path prefix.
const { version, integrity } = await (await fetch(new URL('../dist/snippet.json', document.baseURI))).json();

function renderAppList() {
  const checked = new Set([...appList.querySelectorAll('input:checked')].map((input) => input.value));
  const first = !appList.children.length;
  appList.replaceChildren(
    ...appOrder.map((id, index) => {
      const item = document.createElement('li');
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: id, id: `app-${id}` });
      box.checked = first || checked.has(id);
      const label = Object.assign(document.createElement('label'), { htmlFor: box.id, textContent: APP_NAMES[id] });
      const move = (delta, text) => {
        const button = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
        button.setAttribute('aria-label', `Move ${APP_NAMES[id]} ${delta < 0 ? 'up' : 'down'}`);
        button.disabled = index + delta < 0 || index + delta >= appOrder.length;
        button.addEventListener('click', () => {
          appOrder.splice(index + delta, 0, appOrder.splice(index, 1)[0]);
          renderAppList();
          appList
            .querySelector(`#app-${id}`)
            .closest('li')
            .querySelector(`button[aria-label^="Move ${APP_NAMES[id]} ${delta < 0 ? 'up' : 'down'}"]`)
            ?.focus();
          update();
        });
        return button;
      };
      item.append(box, label, move(-1, '↑'), move(1, '↓'));
      return item;
    }),
  );
}

/** The attributes the options ask for, in the snippet's order, defaults left out. */
function attributesFromForm() {
  const data = new FormData(form);
  const chosen = appOrder.filter((id) => appList.querySelector(`#app-${id}`).checked);
  const apps = chosen.join(',') === DEFAULT_APPS.join(',') ? '' : chosen.join(',');
  const attributes = { apps };
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

/** A datetime-local value (the marketer's own time) as ISO 8601 with the marketer's offset, or undefined. */
function withOffset(value) {
  if (!value) return undefined;
  const date = new Date(value);
  const offset = -date.getTimezoneOffset();
  const pad = (n) => String(Math.abs(n)).padStart(2, '0');
  return `${value.length === 16 ? `${value}:00` : value}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The campaign promo the options describe, before the default promo; undefined when there is none. */
function contentFromForm() {
  const data = new FormData(form);
  if (!data.has('promo-campaign')) return undefined;
  const number = (name) => (data.get(name) === '' ? undefined : Number(data.get(name)));
  const promo = {
    id: 'campaign',
    eyebrow: defaultContent.promo.eyebrow,
    title: data.get('promo-title').trim() || 'Campaign',
    body: defaultContent.promo.body,
    cta: defaultContent.promo.cta,
    startsAt: withOffset(data.get('promo-starts')),
    endsAt: withOffset(data.get('promo-ends')),
  };
  const deadline = withOffset(data.get('promo-deadline'));
  if (deadline) promo.deadline = { at: deadline, label: data.get('promo-deadline-label').trim() || '{date}' };
  const variantTitle = data.get('promo-variant-title').trim();
  if (variantTitle) {
    promo.variants = [
      { id: 'a', weight: number('promo-weight-a') },
      { id: 'b', weight: number('promo-weight-b'), title: variantTitle },
    ];
  }
  const frequency = {
    views: number('promo-views'),
    perDays: number('promo-per-days'),
    closedDays: number('promo-closed-days'),
    convertedDays: number('promo-converted-days'),
  };
  if (Object.values(frequency).some((value) => value !== undefined)) promo.frequency = frequency;
  return JSON.parse(JSON.stringify({ promo: [promo, defaultContent.promo] }));
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

/** The widget's height with these attributes at each measuring width, rendered out of sight. */
async function measureHeights(attributes, content) {
  return Promise.all(
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
}

/**
 * Shows `code` in `target` with syntax colouring: tags, attribute names and values as spans of text nodes. Nothing
 * is parsed as HTML, so whatever the options hold stays text.
 */
function showCode(target, code) {
  const tokens = /(<\/?[a-z][\w-]*|\/?>|\[\/?python_showcase)|(\s[a-z][\w:-]*)(?==)|("[^"]*")/gi;
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

/**
 * Lays the preview out at the chosen container width (not scaled) on a light or dark host page, and outlines
 * the height the snippet reserves at that width, so a marketer sees whether the page below would move.
 */
async function showPreviewSize() {
  const choice = new FormData();
  for (const input of previewControls.querySelectorAll('input:checked')) choice.set(input.name, input.value);
  const width = choice.get('preview-width');
  previewFrame.style.width = width === 'free' ? '' : `${width}px`;
  const dark = choice.get('preview-page') === 'dark';
  previewFrame.classList.toggle('dark', dark);
  const widget = preview.querySelector('python-showcase');
  // A widget that follows the system takes the host page's scheme here, as it would on such a page.
  if (widget && !new FormData(form).get('theme')?.match(/light|dark/)) widget.setAttribute('theme', dark ? 'dark' : 'light');
  if (!widget || !lastHeights.length) return;
  await rendered(widget);
  const frameWidth = previewFrame.getBoundingClientRect().width;
  const index = BREAKPOINTS.findLastIndex((minWidth) => frameWidth >= minWidth);
  const reserved = lastHeights[index];
  reservation.style.height = `${reserved}px`;
  const actual = Math.ceil(widget.getBoundingClientRect().height);
  reservationNote.textContent = `At ${Math.round(frameWidth)} px the snippet reserves ${reserved} px (dashed); the widget takes ${actual} px.`;
  document.body.dataset.previewReady = `${Math.round(frameWidth)}`;
}

previewControls.addEventListener('input', showPreviewSize);

let updateNumber = 0;
async function update() {
  const current = ++updateNumber;
  const attributes = attributesFromForm();
  let widget = preview.querySelector('python-showcase');
  if (!widget) {
    widget = document.createElement('python-showcase');
    preview.append(widget);
  }
  const content = contentFromForm();
  const review = new FormData(form);
  // What a reviewer asks to see: on the preview only, never in the snippet.
  applyAttributes(widget, {
    ...attributes,
    variant: review.get('review-variant'),
    'preview-at': withOffset(review.get('review-at')),
  });
  widget.content = content;
  const heights = await measureHeights(attributes, content);
  if (current !== updateNumber) return;
  lastHeights = heights;
  const chosen = FORMS[review.get('form')] ?? FORMS.tag;
  // The tag carries the content as inline JSON; sanitizing editors strip that, so the others name a file.
  showCode(snippetOutput, chosen.write({
    version,
    integrity,
    attributes,
    heights,
    content: chosen === FORMS.tag ? content : undefined,
  }));
  contentBox.hidden = !content || chosen === FORMS.tag;
  contentJson.textContent = content ? JSON.stringify(content, null, 2) : '';
  formHelp.textContent = chosen.help;
  siteScriptBox.hidden = chosen !== FORMS['mount-point'];
  showCode(siteScript, siteScriptTag({ version, integrity }));
  copyStatus.textContent = '';
  await showPreviewSize();
  document.body.dataset.snippetReady = String(current);
}

copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippetOutput.textContent);
    copyStatus.textContent = 'Copied the snippet to the clipboard.';
  } catch {
    getSelection().selectAllChildren(snippetOutput);
    copyStatus.textContent = 'Could not copy: the snippet is selected, press Ctrl+C (⌘C on a Mac) to copy it.';
  }
});

form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());
console.assert(BREAKPOINTS.length === MEASURE_WIDTHS.length, 'one measuring width per breakpoint');
renderAppList();
update();
