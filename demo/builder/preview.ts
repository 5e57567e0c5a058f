// The preview: the real widget with the set-up's attributes and content, laid out at the chosen container width on
// a light or dark host page, with the height the chosen form reserves outlined; and the measuring of that height,
// the widget rendered out of sight at each breakpoint's width.
import type { PythonShowcase } from '../../src/index.js';
import type { BuilderState } from './builder-state.js';
import { HOST_FORMS, type HostForm } from './host-forms.js';
import type { JsonObject } from './json.js';
import type { PageElements } from './page-elements.js';
import { BREAKPOINTS, type Attributes } from './snippets.js';

/** A number for each entry of `T`, a tuple: as many as it has, which tsc checks. */
type OnePer<T extends readonly unknown[]> = { readonly [K in keyof T]: number };

/** The container widths the reserved heights are measured at, one per breakpoint. */
const MEASURE_WIDTHS: OnePer<typeof BREAKPOINTS> = [320, 768, 1280];

/** Sets `attributes` on `element` as a snippet writes them: `true` present, `''`, `false` and undefined absent. */
export function applyAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value) element.setAttribute(name, value);
    else element.removeAttribute(name);
  }
}

/**
 * Sets the content as a page's script would set the property; the widget reads it with its own rules, so content
 * it would leave out is shown as the partner's visitors would see it.
 */
function setContent(widget: PythonShowcase, content: JsonObject | undefined) {
  widget.content = content;
}

/** Waits until `widget`, its cards and its promo have rendered: the widget's own rendered signal. */
async function rendered(widget: PythonShowcase): Promise<void> {
  await widget.updateComplete;
}

/** The widget of the preview, made the first time. */
export function previewWidget(page: PageElements): PythonShowcase {
  const shown = page.preview.querySelector('python-showcase');
  if (shown) return shown;
  const widget = document.createElement('python-showcase');
  page.preview.append(widget);
  return widget;
}

/** Shows the set-up in the preview: the snippet's attributes, what a reviewer asks to see, and the content. */
export function showInPreview(page: PageElements, attributes: Attributes, content: JsonObject | undefined): void {
  const widget = previewWidget(page);
  applyAttributes(widget, attributes);
  setContent(widget, content);
}

/**
 * The widget's height with these attributes at each measuring width, rendered out of sight; measured again only
 * when the attributes or the content changed (not for another tab, a review setting or a src).
 */
export async function measureHeights(
  state: BuilderState,
  attributes: Attributes,
  content: JsonObject | undefined,
): Promise<readonly number[]> {
  const key = JSON.stringify([attributes, content]);
  if (state.measured.key === key) return state.measured.heights;
  const heights = await Promise.all(
    MEASURE_WIDTHS.map(async (width) => {
      const box = document.createElement('div');
      box.style.cssText = `position:absolute;left:-100000px;top:0;width:${width}px;visibility:hidden`;
      const widget = document.createElement('python-showcase');
      // Out of sight, a lazy widget would never render: it is measured as it will be once it has.
      applyAttributes(widget, { ...attributes, dismissible: false, storage: 'none', loading: 'eager' });
      if (content) setContent(widget, content);
      box.append(widget);
      document.body.append(box);
      await rendered(widget);
      const height = Math.ceil(widget.getBoundingClientRect().height);
      box.remove();
      return height;
    }),
  );
  state.measured = { key, heights };
  return heights;
}

/**
 * Lays the preview out at the chosen container width (not scaled) on a light or dark host page, and outlines
 * the height the snippet reserves at that width, so a marketer sees whether the page below would move.
 */
export async function showPreviewSize(page: PageElements, state: BuilderState): Promise<void> {
  const choice = new FormData();
  for (const input of page.previewControls.querySelectorAll<HTMLInputElement>('input:checked')) {
    choice.set(input.name, input.value);
  }
  const width = choice.get('preview-width');
  page.previewFrame.style.width = typeof width !== 'string' || width === 'free' ? '' : `${width}px`;
  const dark = choice.get('preview-page') === 'dark';
  page.previewFrame.classList.toggle('dark', dark);
  const widget = page.preview.querySelector('python-showcase');
  // A widget that follows the system takes the host page's scheme here, as it would on such a page.
  const theme = new FormData(page.form).get('theme');
  if (widget && !(typeof theme === 'string' && /light|dark/.test(theme))) {
    widget.setAttribute('theme', dark ? 'dark' : 'light');
  }
  if (!widget || !state.heights.length) return;
  await rendered(widget);
  const frameWidth = page.previewFrame.getBoundingClientRect().width;
  const index = BREAKPOINTS.findLastIndex((minWidth) => frameWidth >= minWidth);
  // The height the form in view reserves before the script arrives: each form carries its own reservation.
  const form: HostForm = HOST_FORMS[state.form];
  const reserved = form.reserves(state.heights, index);
  page.reservation.style.height = `${reserved}px`;
  page.reservation.hidden = !reserved;
  const actual = Math.ceil(widget.getBoundingClientRect().height);
  const at = `At ${Math.round(frameWidth)} px`;
  page.reservationNote.textContent = reserved
    ? `${at} the snippet reserves ${reserved} px (dashed); the widget takes ${actual} px.`
    : `${at} the component reserves no height: it renders with your app. The widget takes ${actual} px.`;
  document.body.dataset.previewReady = `${++state.previewsShown} ${Math.round(frameWidth)}`;
}
