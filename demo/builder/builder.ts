// The embed builder: options and content in, a live preview with the real elements, and the snippet out in the
// form each host takes. The snippet reserves the height the widget takes with these options, measured here at
// container widths of 320, 768 and 1280 px, so the partner's page does not shift when the script arrives. The
// whole set-up lives in the page's address (share-link.ts), so it can be sent to someone else.
//
// This module wires the parts together; each concern has its own: the state (builder-state.ts), the options form
// (option-fields.ts, form-state.ts), the content editor, the host forms and their snippets, the preview, the tabs, the panel, the
// shared link, the clipboard, and content files.
// The elements, registered: the preview and the measuring use the real ones.
import { PythonShowcase } from '../../src/index.js';
import { createBuilderState, type BuilderState } from './builder-state.js';
import { connectCopyButtons } from './clipboard.js';
import { ContentEditor, defaultCards } from './content-editor.js';
import { connectImport, downloadContent } from './content-file.js';
import { isWebAddress, namedField, readOptions } from './form-state.js';
import { HOST_FORMS, writeHostForm } from './host-forms.js';
import { optionFields, renderOptionFields } from './option-fields.js';
import { pageElements } from './page-elements.js';
import { measureHeights, showInPreview, showPreviewSize } from './preview.js';
import { flushLink, isOwnWork, ownLink, restoreSharedLink, writeLinkOnPause } from './share-panel.js';
import { isSharedLink } from './share-link.js';
import { showHostForm, showProblems } from './snippet-panel.js';
import { createTabs } from './tabs.js';

/**
 * The built script's version and integrity, from the file published beside it; relative to the page
 * (demo/builder.html), so the built site works under any path prefix. Without it there is nothing to paste.
 */
async function loadScriptData(shownIn: HTMLElement): Promise<BuilderState['script']> {
  const url = new URL('../dist/snippet.json', document.baseURI);
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const data: unknown = await response.json();
    const { version, integrity } = (data ?? {}) as Record<string, unknown>;
    if (typeof version !== 'string' || typeof integrity !== 'string' || !integrity.startsWith('sha384-')) {
      throw new Error('not the script’s data');
    }
    return { version, integrity };
  } catch (error) {
    shownIn.textContent = `The builder could not read ${url.pathname} (${(error as Error).message}), which names the script to paste: publish dist/ beside demo/, as npm run build:site does.`;
    throw error;
  }
}

const page = pageElements(document);
/**
 * The options, from the attribute tables. The heading level the widget falls back to is the element's own
 * (a protected static, read by name), which its table leaves to each element.
 */
const OPTION_FIELDS = optionFields(PythonShowcase['defaultHeadingLevel']);
renderOptionFields(page.optionFields, OPTION_FIELDS);
const state = createBuilderState(await loadScriptData(page.snippet), defaultCards());
state.ownWork = isOwnWork(location.hash);
const editor = new ContentEditor(page.form, page.appList, state);
const srcField = namedField(page.form, 'src');

/**
 * Follows a change: the problems, the preview, the link, the heights (measured again when they can change), the
 * chosen form's snippet and the preview's outline. `byReader` is false for the first, which changes nothing of
 * a shared link. Each update is numbered in `data-snippet-ready` once its snippet is shown.
 */
async function update(byReader = true): Promise<void> {
  if (byReader) state.ownWork = true;
  const current = ++state.updateNumber;
  const { attributes, review, src } = readOptions(new FormData(page.form), editor.appsAttribute(), OPTION_FIELDS);
  const { content, fieldFor } = editor.build();
  state.content = content;
  const problems = editor.check(content, fieldFor);
  if (src && !isWebAddress(src)) {
    problems.push(`${editor.fieldName(srcField)}: not an https or http address; the widget would not load it`);
  }
  showProblems(page, problems);
  // What a reviewer asks to see: on the preview only, never in the snippet.
  showInPreview(page, { ...attributes, ...review }, content);
  writeLinkOnPause(page, state, attributes, content, current);
  const heights = await measureHeights(state, attributes, content);
  if (current !== state.updateNumber) return;
  state.heights = heights;
  const written = writeHostForm(state.form, { ...state.script, attributes, heights, content, src });
  showHostForm(page, HOST_FORMS[state.form], written, { content, src });
  await showPreviewSize(page, state);
  document.body.dataset.snippetReady = String(current);
}

const tabs = createTabs(page, state, () => void update());
editor.addEventListener('change', () => void update());
connectImport(page, editor, () => void update());
connectCopyButtons(page, () => flushLink(state));
page.download.addEventListener('click', () => downloadContent(state.content));
page.addApp.addEventListener('click', () => editor.addApp());
page.previewControls.addEventListener('input', () => void showPreviewSize(page, state));
page.form.addEventListener('input', () => void update());
page.form.addEventListener('submit', (event) => event.preventDefault());
addEventListener('pagehide', () => flushLink(state));
// A link pasted into the address bar of an open builder: read it as any shared link, from a fresh page.
addEventListener('hashchange', () => {
  if (isSharedLink(location.hash) && !ownLink(location.hash)) location.reload();
});

restoreSharedLink(page, editor, tabs);
void update(false);
