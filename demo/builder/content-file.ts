// The content as a file: content.json downloaded, to put on a site for the forms that name a file (src) or to
// send when a link cannot carry it, and imported, to keep editing a document written before or elsewhere.
import type { ContentEditor } from './content-editor.js';
import { namedField } from './form-state.js';
import type { JsonObject } from './json.js';
import type { PageElements } from './page-elements.js';

/** Larger than any content document the widget reads (100 apps, 20 promos). */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Hands `content` to the browser as content.json; nothing for the default content. */
export function downloadContent(content: JsonObject | undefined): void {
  if (!content) return;
  const file = new Blob([`${JSON.stringify(content, null, 2)}\n`], { type: 'application/json' });
  const link = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(file),
    download: 'content.json',
  });
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for any browser to have read the file; the URL would otherwise hold it until the page goes.
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

function showImportNotes(page: PageElements, notes: string[]) {
  page.importStatus.replaceChildren(
    ...notes.map((note) => Object.assign(document.createElement('p'), { textContent: note })),
  );
}

/** The document in `file`, or why nothing was loaded from it. */
async function readContentFile(file: File): Promise<{ document: unknown } | { refused: string }> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      refused: `${file.name}: larger than ${MAX_IMPORT_BYTES / 1_000_000} MB, not a content file; nothing was loaded`,
    };
  }
  try {
    return { document: JSON.parse(await file.text()) };
  } catch (error) {
    return { refused: `${file.name}: not JSON (${(error as Error).message}); nothing was loaded` };
  }
}

/**
 * Loads the file chosen in the import field into the editor (its heading into the options), says what of it was
 * left out, and calls `onLoaded`.
 */
export function connectImport(page: PageElements, editor: ContentEditor, onLoaded: () => void): void {
  page.importInput.addEventListener('change', (event) => {
    // The form's own listener rebuilds on its fields' changes; a file is only read here.
    event.stopPropagation();
    const [file] = page.importInput.files ?? [];
    page.importInput.value = '';
    if (file) void importFile(file);
  });

  async function importFile(file: File): Promise<void> {
    const read = await readContentFile(file);
    if ('refused' in read) {
      showImportNotes(page, [read.refused]);
      return;
    }
    const { notes, heading } = editor.load(read.document);
    if (heading !== undefined) namedField(page.form, 'heading').value = heading;
    showImportNotes(page, notes.length ? notes.map((note) => `${file.name}: ${note}`) : [`Loaded ${file.name}.`]);
    onLoaded();
  }
}
