// What the embed builder's browser tests (tests/embed-builder/) share: the builder opened in a frame and driven
// as a person would, what a reader sees of a widget, and the builder's snippets pasted where they run.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { openFrame, waitFor } from './frames.js';

export type BuilderWindow = Window & typeof globalThis;

/**
 * What a reader sees of a rendered widget: heading, intro, each card's name, summary, figure and link, the layout,
 * where the promo is and what it says, and the takeaways.
 */
export function visibleState(doc: Document) {
  const root = doc.querySelector('python-showcase')!.shadowRoot!;
  const promo = root.querySelector('python-course-promo')?.shadowRoot;
  return {
    heading: root.querySelector('.heading')!.textContent.trim(),
    intro: root.querySelector('.intro')?.textContent ?? null,
    cards: [...root.querySelectorAll('python-app-card')].map((card) => {
      const shadow = card.shadowRoot!;
      return {
        name: shadow.querySelector('.name')!.textContent,
        summary: shadow.querySelector('.summary')!.textContent,
        figure: shadow.querySelector('.figure')?.textContent!.replace(/\s+/g, ' ').trim() ?? null,
        link: shadow.querySelector('a')?.href ?? null,
      };
    }),
    layout: [...root.querySelector('.root')!.classList].find((c) => ['grid', 'list', 'carousel'].includes(c)),
    promoFirst: root.querySelector('.root > python-course-promo')?.classList.contains('promo-top') ?? null,
    promo: promo
      ? {
          title: promo.querySelector('.title')?.textContent ?? null,
          body: promo.querySelector('.body')?.textContent ?? null,
          links: [...promo.querySelectorAll('a')].map((a) => `${a.textContent} ${a.href}`),
        }
      : null,
    takeaways: !!root.querySelector('.takeaways'),
  };
}

export interface Builder {
  frame: HTMLIFrameElement;
  win: BuilderWindow;
  doc: Document;
  /** Waits for the snippet written after the one numbered `after`. */
  ready: (after: number, what?: string) => Promise<unknown>;
  /** Sets a named option as a person would (the value, then an input event) and waits for the new snippet. */
  set: (name: string, value: string | boolean) => Promise<void>;
  snippet: () => string;
  /** Clicks what `selector` finds and waits for the snippet that follows. */
  click: (selector: string) => Promise<void>;
  /** Chooses a host's tab and waits for its snippet. */
  tab: (form: string) => Promise<void>;
  /** Types into a field of the app card named `app` (opening its editor) and waits for the new snippet. */
  editApp: (app: string, field: string, value: string) => Promise<void>;
  step: () => number;
  /** The page's address once the builder has written the set-up of the latest snippet into it. */
  link: () => Promise<string>;
}

/**
 * The builder in a frame, once its first snippet is written; at `hash`, a link someone else wrote (this tab's
 * memory of its own links is cleared, as in another person's browser).
 */
export async function openBuilder(hash = '', width = 1200, base = '/demo/builder.html'): Promise<Builder> {
  if (hash) sessionStorage.clear();
  const frame = await openFrame((f) => (f.src = `${base}${hash}`), width, 900);
  const win = frame.contentWindow as BuilderWindow;
  const doc = frame.contentDocument!;
  const step = () => Number(doc.body.dataset.snippetReady ?? 0);
  const ready = async (after: number, what = 'the snippet') => waitFor(() => step() > after, what, 10000);
  await ready(0);
  const form = doc.querySelector('form')!;
  const set = async (name: string, value: string | boolean) => {
    const before = step();
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    if (typeof value === 'boolean') (field as HTMLInputElement).checked = value;
    else field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await ready(before);
  };
  const click = async (selector: string) => {
    const before = step();
    doc.querySelector<HTMLElement>(selector)!.click();
    await ready(before);
  };
  const tab = (form: string) => click(`#tab-${form}`);
  const editApp = async (app: string, field: string, value: string) => {
    const card = doc.querySelector<HTMLElement>(`#apps li[data-name="${app}"]`)!;
    card.querySelector('details')!.open = true;
    const input = card.querySelector<HTMLInputElement>(`[data-app-field="${field}"]`)!;
    const before = step();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await ready(before);
  };
  return {
    frame,
    win,
    doc,
    ready,
    set,
    click,
    tab,
    editApp,
    step,
    link: async () => {
      await waitFor(() => doc.body.dataset.linkReady === String(step()), 'the link', 10000);
      return win.location.href;
    },
    snippet: () => doc.querySelector('#snippet')!.textContent,
  };
}

/** Clicks "Add an app" and fills in the new card. */
export async function addApp(builder: Builder, fields: Record<string, string>) {
  await builder.click('#add-app');
  const card = [...builder.doc.querySelectorAll('#apps li')].at(-1)!;
  for (const [field, value] of Object.entries(fields)) {
    const input = card.querySelector<HTMLInputElement>(`[data-app-field="${field}"]`)!;
    const before = builder.step();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await builder.ready(before);
  }
}

/** Points the CDN's script URL at this build. */
const localScript = (html: string) =>
  html.replace(
    /https:\/\/cdn\.jsdelivr\.net\/npm\/python-showcase@[^/]+\/dist\/python-showcase\.js/,
    `${location.origin}/dist/python-showcase.js`,
  );

/** Waits until the widget in `doc` has rendered its cards and promo. */
export async function renderedIn(doc: Document) {
  // The pasted form decides when the element exists (a mount point or a Tag Manager tag makes it later), so its
  // arrival is polled for; from there, the widget's own signal says when it has rendered.
  const showcase = await waitFor(() => doc.querySelector('python-showcase'), 'the pasted widget', 10000);
  await doc.defaultView!.customElements.whenDefined('python-showcase');
  await showcase.updateComplete;
}

/** `html` pasted into a blank page (`before` and `after` around it), with this build's script. */
export async function pasteIntoBlankPage(html: string, { before = '', after = '' } = {}): Promise<Document> {
  const pasted = await openFrame(
    (f) => (f.srcdoc = `<!doctype html><html lang="en"><body>${localScript(before + html + after)}</body></html>`),
    1200,
    900,
  );
  await renderedIn(pasted.contentDocument!);
  return pasted.contentDocument!;
}

/** A component from the builder's React or Vue tab, built into its framework's test app and mounted. */
export async function renderInFrameworkApp(framework: 'react' | 'vue', code: string): Promise<Document> {
  const built = await executeServerCommand<
    { url?: string; error?: string },
    { framework: typeof framework; code: string }
  >('compile-builder-app', { framework, code });
  expect(built.error, `the ${framework} component compiles`).to.equal(undefined);
  const app = await openFrame(
    (f) =>
      (f.srcdoc = `<!doctype html><html lang="en"><body><div id="root"></div><script type="module">
        import { mount } from '${built.url}';
        mount(document.getElementById('root'));
      </script></body></html>`),
    1200,
    900,
  );
  await renderedIn(app.contentDocument!);
  return app.contentDocument!;
}

export async function sha384(text: string) {
  const digest = await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text));
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

/** Stands in for the clipboard in `win`; returns what was last written to it. */
export function spyOnClipboard(win: Window) {
  let written = '';
  Object.defineProperty(win.navigator, 'clipboard', {
    value: { writeText: (text: string) => Promise.resolve(void (written = text)) },
    configurable: true,
  });
  return () => written;
}

/**
 * Reads what the builder's download offers, by catching the file it hands to the browser; the browser's own
 * download is cancelled (its download panel would take the keyboard from the tests that follow).
 */
export function catchDownloads(win: BuilderWindow) {
  const files: Blob[] = [];
  win.document.addEventListener(
    'click',
    (event) => (event.target as Element).matches?.('a[download]') && event.preventDefault(),
    true,
  );
  const original = win.URL.createObjectURL.bind(win.URL);
  win.URL.createObjectURL = (blob: Blob) => {
    files.push(blob);
    return original(blob);
  };
  return files;
}

export interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
}
