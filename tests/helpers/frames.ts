/**
 * Pages in iframes for testing the built drop-in script as partners load it. Each page starts with a probe that
 * records uncaught errors and the console's warnings and errors before anything else runs.
 */
export interface FramePage {
  frame: HTMLIFrameElement;
  window: Window & { probe: Probe };
  document: Document;
}

export interface Probe {
  errors: string[];
  warnings: string[];
  consoleErrors: string[];
  /** `securitypolicyviolation` events, as "directive blocked-URI" (pages from tests/pages/ only). */
  violations: string[];
  /** The page's cumulative layout shift; `null` where the engine reports none (tests/pages/ only). */
  layoutShift: number | null;
}

const PROBE = `<script>
  window.probe = { errors: [], warnings: [], consoleErrors: [] };
  addEventListener('error', (e) => probe.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => probe.errors.push(String(e.reason)));
  const warn = console.warn, error = console.error;
  console.warn = (...a) => { probe.warnings.push(a.join(' ')); warn.apply(console, a); };
  console.error = (...a) => { probe.consoleErrors.push(a.join(' ')); error.apply(console, a); };
</script>`;

const frames: HTMLIFrameElement[] = [];

/** Opens `body` as a same-origin page (relative URLs resolve against the test page) and waits for its load. */
export async function openPage(body: string): Promise<FramePage> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${PROBE}</head><body>${body}</body></html>`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return { frame, window: frame.contentWindow as FramePage['window'], document: frame.contentDocument! };
}

/** Opens an iframe set up by `setup` (a `src` or a `srcdoc`) and waits for its load; closed by `closePages`. */
export async function openFrame(
  setup: (frame: HTMLIFrameElement) => void,
  width = 1000,
  height = 700,
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  setup(frame);
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

export function closePages(): void {
  frames.splice(0).forEach((frame) => frame.remove());
}

/** The console warnings of the widget (they start with its prefix) that a page's probe recorded. */
export const widgetWarnings = (window: FramePage['window']): string[] =>
  window.probe.warnings.filter((warning) => warning.startsWith('[python-showcase]'));

/** Resolves when `check` returns a truthy value, polling each frame; rejects after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | undefined | null | false,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The app names a rendered `<python-showcase>` in `doc` shows, or undefined while it has not rendered. */
export function renderedCardNames(doc: Document, selector = 'python-showcase'): string[] | undefined {
  const showcase = doc.querySelector(selector);
  const cards = showcase?.shadowRoot?.querySelectorAll('python-app-card');
  if (!cards?.length) return undefined;
  const names = [...cards].map((card) => card.shadowRoot?.querySelector('.name')?.textContent?.trim());
  return names.every(Boolean) ? (names as string[]) : undefined;
}

/**
 * The app names `<python-showcase>` in `doc` shows once it has rendered. The element's arrival is polled for (the
 * page's script, a mount point or a tag manager makes it, in its own time); from there the widget's own signal,
 * `updateComplete`, says when its cards and promo have rendered.
 */
export async function renderedWidget(doc: Document, selector = 'python-showcase', timeoutMs = 5000): Promise<string[]> {
  const showcase = await waitFor(
    () => doc.querySelector<HTMLElement & { updateComplete?: Promise<boolean> }>(selector),
    selector,
    timeoutMs,
  );
  await doc.defaultView!.customElements.whenDefined('python-showcase');
  await showcase.updateComplete;
  const names = renderedCardNames(doc, selector);
  if (!names) throw new Error(`${selector} rendered no cards`);
  return names;
}
