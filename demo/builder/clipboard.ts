// Copying what the builder wrote: the snippet, its companion code and the set-up's link, each with a status line
// that says what happened (a screen reader hears it) and what to do when the browser refuses the clipboard.
import type { PageElements } from './page-elements.js';

/** Writes `text` to the clipboard and says so in `status`; false when the browser refused. */
export async function copyText(text: string, status: HTMLElement, what: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = `Copied the ${what} to the clipboard.`;
  } catch {
    status.textContent = `Could not copy: select the ${what} and press Ctrl+C (⌘C on a Mac).`;
    return false;
  }
  return true;
}

/** The copy buttons; `beforeCopyingLink` writes a link still waiting for typing to pause. */
export function connectCopyButtons(page: PageElements, beforeCopyingLink: () => void): void {
  page.copy.addEventListener('click', () => {
    // Refused, the snippet is selected, so Ctrl+C is all that is left to do.
    void copyText(page.snippet.textContent ?? '', page.copyStatus, 'snippet').then((copied) => {
      if (!copied) getSelection()?.selectAllChildren(page.snippet);
    });
  });
  page.copyCompanion.addEventListener('click', () => {
    void copyText(page.companion.textContent ?? '', page.copyCompanionStatus, 'code');
  });
  page.copyLink.addEventListener('click', () => {
    beforeCopyingLink();
    void copyText(location.href, page.copyLinkStatus, 'link');
  });
}
