// The builder's state, in one object that every part is handed: what the marketer typed stays in the form's
// fields (read with form-state.ts at each update), and everything else the builder remembers is here.
import type { HostFormKey } from './host-forms.js';
import type { JsonObject } from './json.js';

/** An app card of the content editor: the app object as it will be written, and how it is listed. */
export interface Card {
  app: JsonObject;
  shown: boolean;
  /** Added here: its id is made from its name when the content is written. */
  addedId: boolean;
}

export interface EditorState {
  /** The cards in order. */
  cards: Card[];
  /** What an imported document held that the editor has no fields for, kept as it was. */
  kept: {
    /** The promo's fields beyond its copy's (its id, a second link), for the promo written back. */
    promoCopy?: JsonObject;
    /** The document's takeaways and strings. */
    rest?: JsonObject;
  };
}

export interface BuilderState {
  /** The published script the snippets name, from dist/snippet.json beside the page. */
  readonly script: { readonly version: string; readonly integrity: string };
  /** The host form whose tab is selected. */
  form: HostFormKey;
  /** Whether the set-up is the reader's own: they opened no shared link, or changed something since. */
  ownWork: boolean;
  /** Counts updates: a slower one overtaken by a newer one drops its result. */
  updateNumber: number;
  /** The content document last built (undefined for the default content), for the download. */
  content: JsonObject | undefined;
  /** The heights the last snippet reserves, one per breakpoint. */
  heights: readonly number[];
  /** The last measurement: the heights for one set of attributes and content, by their JSON. */
  measured: { key: string; heights: readonly number[] };
  /** Counts the preview's layouts, for whoever waits for the next one (the tests). */
  previewsShown: number;
  /** The address not yet written while typing goes on, and the timer that writes it once typing pauses. */
  pendingLink: { write: () => void; timer: ReturnType<typeof setTimeout> } | undefined;
  editor: EditorState;
  /** Numbers ids of elements made here (a card's checkbox, a problem's message), unique on the page. */
  lastId: number;
}

export function createBuilderState(script: BuilderState['script'], cards: Card[]): BuilderState {
  return {
    script,
    form: 'tag',
    ownWork: true,
    updateNumber: 0,
    content: undefined,
    heights: [],
    measured: { key: '', heights: [] },
    previewsShown: 0,
    pendingLink: undefined,
    editor: { cards, kept: {} },
    lastId: 0,
  };
}
