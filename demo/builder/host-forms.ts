// The host forms, one tab each: where the snippet is pasted, what to do with it, the guides that say more, the
// height it reserves before the script arrives, and how it is written (snippets.ts). Pure: no DOM.
import {
  DEFAULT_HEIGHTS,
  VUE_COMPILER_OPTIONS,
  blockSnippet,
  mountPointSnippet,
  partnerSnippet,
  reactSnippet,
  shortcodeSnippet,
  siteScriptTag,
  tagManagerSnippet,
  tagManagerSpot,
  vueSnippet,
  type SnippetInput,
} from './snippets.js';

/** Code that goes with a form's snippet, pasted somewhere else (the site's script tag, Vite's configuration). */
export interface Companion {
  help: string;
  code: string;
}

export interface HostForm {
  /** The tab's label. */
  tab: string;
  /** What to do with the snippet, shown above it. */
  help: string;
  /** [label, file in docs/guides/ without .md]. */
  guides: ReadonlyArray<readonly [string, string]>;
  /** The form holds the content itself (inline JSON, a property). */
  carriesContent?: boolean;
  /** The form cannot carry content, so it names a content file (src). */
  usesSrc?: boolean;
  /** The height it reserves at breakpoint `index`, given the measured `heights`; 0 for none. */
  reserves: (heights: readonly number[], index: number) => number;
  write: (input: SnippetInput) => string;
  companion?: (input: Pick<SnippetInput, 'version' | 'integrity' | 'heights'>) => Companion;
}

/** The plugin reserves the default widget's height at each width (PHP cannot measure other options). */
const pluginReserves = (_heights: readonly number[], index: number) => DEFAULT_HEIGHTS[index] ?? 0;

export const HOST_FORMS = {
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
    reserves: (heights, index) => heights[index] ?? 0,
    write: partnerSnippet,
  },
  'mount-point': {
    tab: 'Mount point',
    help: 'For editors that remove scripts and styles (a WordPress author, a locked-down CMS): paste it where the widget should appear. Someone who may add scripts adds the script tag below once for the whole site.',
    guides: [['WordPress: authors and mount points', 'wordpress']],
    usesSrc: true,
    reserves: (heights) => Math.min(...heights),
    write: mountPointSnippet,
    companion: (input) => ({
      help: 'Once for the whole site, by whoever may add scripts (a site administrator, the theme, Google Tag Manager):',
      code: siteScriptTag(input),
    }),
  },
  shortcode: {
    tab: 'WordPress shortcode',
    help: 'Paste it into a post, a page or a Shortcode block, on a WordPress site with the Python Showcase plugin (npm run build:wordpress writes it). Every role that can write a post can use it.',
    guides: [['WordPress', 'wordpress']],
    usesSrc: true,
    reserves: pluginReserves,
    write: shortcodeSnippet,
  },
  block: {
    tab: 'WordPress block',
    help: 'The Python Showcase block, on a WordPress site with the Python Showcase plugin (npm run build:wordpress writes it): open the post in the block editor, switch to the Code editor (the Options menu ⋮ → Code editor, or Ctrl+Shift+Alt+M; ⇧⌥⌘M on a Mac), paste it where the widget should appear, and switch back to the visual editor. Every role that can write a post can use it.',
    guides: [['WordPress', 'wordpress']],
    usesSrc: true,
    reserves: pluginReserves,
    write: blockSnippet,
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
    companion: (input) => ({
      help: 'On the page, where the widget should appear (any editor keeps an empty element with an id):',
      code: tagManagerSpot(input),
    }),
  },
} satisfies Record<string, HostForm>;

export type HostFormKey = keyof typeof HOST_FORMS;

/** The forms in their tabs' order. */
export const HOST_FORM_KEYS = Object.keys(HOST_FORMS) as HostFormKey[];

export const isHostFormKey = (value: unknown): value is HostFormKey =>
  typeof value === 'string' && Object.hasOwn(HOST_FORMS, value);

/** What the chosen form writes for a set-up: its snippet, its companion, and what it needs besides. */
export interface WrittenForm {
  snippet: string;
  companion: Companion | undefined;
  /** The form cannot carry the content there is, so it is offered as a file (content.json). */
  needsFile: boolean;
}

/**
 * The snippet `key` writes for these options and content: content goes inline where the form carries it, else
 * the content file's address (`src`) goes with the attributes.
 */
export function writeHostForm(
  key: HostFormKey,
  { src, content, ...input }: SnippetInput & { src: string },
): WrittenForm {
  const form: HostForm = HOST_FORMS[key];
  const inline = form.carriesContent && content !== undefined;
  return {
    snippet: form.write({
      ...input,
      attributes: { ...input.attributes, ...(!inline && { src }) },
      content: inline ? content : undefined,
    }),
    companion: form.companion?.(input),
    needsFile: !!form.usesSrc && content !== undefined,
  };
}
