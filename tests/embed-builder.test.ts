import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { engine } from './helpers/dom.js';
import { closePages, openFrame, waitFor } from './helpers/frames.js';

type BuilderWindow = Window & typeof globalThis;

afterEach(closePages);

/** What a reader sees of a rendered widget: heading, card names in order, layout, promo and takeaways. */
function visibleState(doc: Document) {
  const root = doc.querySelector('python-showcase')!.shadowRoot!;
  return {
    heading: root.querySelector('.heading')!.textContent!.trim(),
    cards: [...root.querySelectorAll('python-app-card')].map(
      (card) => card.shadowRoot!.querySelector('.name')!.textContent,
    ),
    layout: [...root.querySelector('.root')!.classList].find((c) => ['grid', 'list', 'carousel'].includes(c)),
    promoFirst: root.querySelector('.root > python-course-promo')?.classList.contains('promo-top') ?? null,
    takeaways: !!root.querySelector('.takeaways'),
    links: [...root.querySelectorAll('python-app-card')].map((card) => card.shadowRoot!.querySelector('a')!.href),
  };
}

/** The builder in a frame, once its first snippet is written; `ready(n)` waits for the snippet after the n-th. */
async function openBuilder() {
  const frame = await openFrame((f) => (f.src = '/demo/builder.html'), 1200, 900);
  const doc = frame.contentDocument!;
  const ready = async (after: number) =>
    waitFor(() => Number(doc.body.dataset.snippetReady) > after, 'the snippet', 10000);
  await ready(0);
  return { frame, doc, ready, set: optionSetter(doc) };
}

/** Sets one of the builder's options as a person would: the value, then an input event. */
function optionSetter(doc: Document) {
  const form = doc.querySelector('form')!;
  return (name: string, value: string | boolean) => {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    if (typeof value === 'boolean') (field as HTMLInputElement).checked = value;
    else field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
}

/** `html` pasted into a blank page, the CDN's script URL pointing at this build; resolves once it rendered. */
async function pasteIntoBlankPage(html: string): Promise<Document> {
  const local = html.replace(
    /https:\/\/cdn\.jsdelivr\.net\/npm\/python-showcase@[^/]+\/dist\/python-showcase\.js/,
    `${location.origin}/dist/python-showcase.js`,
  );
  const pasted = await openFrame(
    (f) => (f.srcdoc = `<!doctype html><html lang="en"><body>${local}</body></html>`),
    1200,
    900,
  );
  await waitFor(
    () => pasted.contentDocument!.querySelector('python-showcase')?.shadowRoot?.querySelector('python-app-card'),
    'the pasted widget',
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  return pasted.contentDocument!;
}

async function sha384(text: string) {
  const digest = await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text));
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

describe('the embed builder (demo/builder.html)', () => {
  it('follows the options in its preview and snippet, copies the snippet, and the snippet renders what the preview showed', async function () {
    this.timeout(30000);
    const frame = await openFrame((f) => (f.src = '/demo/builder.html'), 1200, 900);
    const win = frame.contentWindow as BuilderWindow;
    const doc = frame.contentDocument!;
    const ready = async (after: number) =>
      waitFor(() => Number(doc.body.dataset.snippetReady) > after, 'the snippet', 10000);
    await ready(0);
    const snippet = () => doc.querySelector('#snippet')!.textContent!;
    expect(snippet()).to.include('<python-showcase>').and.include('integrity="sha384-');

    // Change options as a marketer would.
    const set = optionSetter(doc);
    let step = Number(doc.body.dataset.snippetReady);
    (doc.querySelector('#app-google') as HTMLInputElement).click();
    doc.querySelector<HTMLButtonElement>('button[aria-label="Move Netflix up"]')!.click();
    set('layout', 'list');
    set('theme', 'dark');
    set('promo', 'top');
    set('heading-level', '3');
    set('heading', 'Built with Python');
    set('partner', 'acme');
    set('campaign', 'fall');
    set('takeaways', true);
    set('dismissible', true);
    set('datalayer', true);
    await ready(step);
    step = Number(doc.body.dataset.snippetReady);

    const preview = doc.querySelector('#preview python-showcase')!;
    expect(preview.getAttribute('apps')).to.equal('instagram,netflix,spotify,dropbox');
    expect(preview.getAttribute('layout')).to.equal('list');
    for (const expected of [
      'apps="instagram,netflix,spotify,dropbox"',
      'layout="list"',
      'theme="dark"',
      'promo="top"',
      'heading-level="3"',
      'heading="Built with Python"',
      ' takeaways',
      ' dismissible',
      ' datalayer',
      'partner="acme"',
      'campaign="fall"',
      '<a href="https://www.nobledesktop.com/">',
      'python-showcase:not(:defined)::after{content:"";height:',
    ]) {
      expect(snippet()).to.include(expected);
    }
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(snippet()).to.include(`https://cdn.jsdelivr.net/npm/python-showcase@${version}/dist/python-showcase.js`);
    const built = await (await fetch('/dist/python-showcase.js')).text();
    expect(snippet(), 'the integrity hash is that of the built file').to.include(`integrity="${await sha384(built)}"`);

    // Copy, by keyboard.
    let copied: string;
    if (engine === 'chromium' && (await executeServerCommand('grant-clipboard', { origin: location.origin }))) {
      doc.querySelector<HTMLButtonElement>('#copy')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => doc.querySelector('#copy-status')!.textContent, 'the copy status');
      copied = await win.navigator.clipboard.readText();
    } else {
      console.log(
        `copy: the clipboard API is spied on in ${engine}, whose automation cannot grant clipboard access here`,
      );
      let written = '';
      Object.defineProperty(win.navigator, 'clipboard', {
        value: { writeText: async (text: string) => void (written = text) },
        configurable: true,
      });
      doc.querySelector<HTMLButtonElement>('#copy')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => doc.querySelector('#copy-status')!.textContent, 'the copy status');
      copied = written;
    }
    expect(doc.querySelector('#copy-status')!.textContent).to.equal('Copied the snippet to the clipboard.');
    expect(copied).to.equal(snippet());

    // The copied snippet, pasted into a blank page with the built script, shows what the preview showed.
    expect(visibleState(await pasteIntoBlankPage(copied))).to.deep.equal(visibleState(doc));
  });

  it('writes the mount point and the WordPress shortcode for the same options, and the mount point renders what the preview showed', async function () {
    this.timeout(30000);
    const { doc, ready, set } = await openBuilder();
    const choose = async (value: string) => {
      const step = Number(doc.body.dataset.snippetReady);
      const radio = doc.querySelector<HTMLInputElement>(`input[name="form"][value="${value}"]`)!;
      radio.click();
      await ready(step);
    };
    let step = Number(doc.body.dataset.snippetReady);
    (doc.querySelector('#app-google') as HTMLInputElement).click();
    set('layout', 'list');
    set('heading-level', '3');
    set('heading', 'Built "with" Python');
    set('partner', 'acme');
    set('takeaways', true);
    await ready(step);
    step = Number(doc.body.dataset.snippetReady);
    const snippet = () => doc.querySelector('#snippet')!.textContent!;
    const { mountPointSnippet, shortcodeSnippet } = await import('../demo/builder/snippet.js');
    const attributes = {
      apps: 'instagram,spotify,netflix,dropbox',
      layout: 'list',
      theme: '',
      promo: '',
      'heading-level': '3',
      heading: 'Built "with" Python',
      takeaways: true,
      dismissible: false,
      datalayer: false,
      partner: 'acme',
      campaign: '',
    };

    await choose('mount-point');
    expect(snippet()).to.match(/^<div data-python-showcase data-apps="instagram,spotify,netflix,dropbox"/);
    expect(snippet()).to.include('data-heading="Built &quot;with&quot; Python"').and.include('style="min-height: ');
    expect(doc.querySelector<HTMLElement>('#site-script-box')!.hidden).to.be.false;
    const siteScript = doc.querySelector('#site-script')!.textContent!;
    expect(visibleState(await pasteIntoBlankPage(snippet() + siteScript))).to.deep.equal(visibleState(doc));
    const heights = [...snippet().matchAll(/min-height: (\d+)px/g)].map((m) => Number(m[1]));
    expect(snippet(), 'the builder writes what snippet.js writes').to.equal(
      mountPointSnippet({ attributes, heights: [heights[0]!] }),
    );

    // The shortcode: what tests/node/wordpress.test.mjs saves in WordPress for these same options.
    await choose('shortcode');
    expect(snippet()).to.equal(
      '[python_showcase apps="instagram,spotify,netflix,dropbox" layout="list" heading-level="3" heading="Built &quot;with&quot; Python" takeaways partner="acme"]',
    );
    expect(snippet()).to.equal(shortcodeSnippet({ attributes }));
    expect(doc.querySelector<HTMLElement>('#site-script-box')!.hidden).to.be.true;
  });

  it('edits a campaign promo (schedule, deadline, A/B test, frequency), previews any variant at any date, and writes it as inline JSON', async function () {
    this.timeout(30000);
    const { doc, ready, set } = await openBuilder();
    /** A datetime-local value `days` from now, in the browser's time. */
    const inDays = (days: number) => {
      const date = new Date(Date.now() + days * 86_400_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
    };
    const change = async (name: string, value: string | boolean) => {
      const step = Number(doc.body.dataset.snippetReady);
      set(name, value);
      await ready(step);
    };
    await change('promo-campaign', true);
    await change('promo-starts', inDays(-1));
    await change('promo-ends', inDays(10));
    await change('promo-deadline', inDays(3));
    await change('promo-variant-title', 'Learn the language behind Netflix');
    await change('promo-weight-b', '3');
    await change('promo-views', '3');
    await change('promo-per-days', '7');
    await change('promo-converted-days', '90');

    const preview = doc.querySelector('#preview python-showcase')!;
    const shownTitle = () =>
      preview.shadowRoot!.querySelector('python-course-promo')!.shadowRoot!.querySelector('.title')?.textContent;
    const shownDeadline = () =>
      preview.shadowRoot!.querySelector('python-course-promo')!.shadowRoot!.querySelector('.deadline')?.textContent;
    await change('review-variant', 'b');
    expect(shownTitle()).to.equal('Learn the language behind Netflix');
    expect(shownDeadline()).to.match(/^Next cohort starts .+, in 3 days$/);
    await change('review-variant', 'a');
    expect(shownTitle()).to.equal('Winter cohort: enrol now');
    await change('review-at', inDays(11));
    expect(shownTitle(), 'after the campaign ends, the bootcamp promo').to.equal('Python for Data Science Bootcamp');

    const snippet = doc.querySelector('#snippet')!.textContent!;
    expect(snippet, 'review settings stay out of the snippet').to.not.include('preview-at').and.not.include('variant=');
    const json = /<script type="application\/json">(.*?)<\/script>/.exec(snippet)![1]!;
    const [campaign, evergreen] = (JSON.parse(json) as { promo: Record<string, unknown>[] }).promo;
    expect(campaign).to.include({ id: 'campaign', title: 'Winter cohort: enrol now' });
    expect(campaign!.startsAt).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00[+-]\d\d:\d\d$/);
    expect(campaign!.variants).to.deep.equal([
      { id: 'a', weight: 1 },
      { id: 'b', weight: 3, title: 'Learn the language behind Netflix' },
    ]);
    expect(campaign!.frequency).to.deep.equal({ views: 3, perDays: 7, convertedDays: 90 });
    expect(evergreen!.id).to.equal('python-data-science-bootcamp');

    // Pasted into a blank page: the campaign, in the visitor's own variant, with its deadline line.
    const pasted = await pasteIntoBlankPage(snippet);
    const promo = pasted.querySelector('python-showcase')!.shadowRoot!.querySelector('python-course-promo')!;
    await waitFor(() => promo.shadowRoot!.querySelector('.title'), 'the pasted promo');
    expect(['Winter cohort: enrol now', 'Learn the language behind Netflix']).to.include(
      promo.shadowRoot!.querySelector('.title')!.textContent,
    );
    expect(promo.shadowRoot!.querySelector('.deadline')!.textContent).to.match(/in 3 days$/);

    // A mount point cannot carry inline JSON: the builder gives the file to host instead.
    const step = Number(doc.body.dataset.snippetReady);
    doc.querySelector<HTMLInputElement>('input[name="form"][value="mount-point"]')!.click();
    await ready(step);
    expect(doc.querySelector<HTMLElement>('#content-box')!.hidden).to.be.false;
    expect(JSON.parse(doc.querySelector('#content-json')!.textContent!)).to.deep.equal(JSON.parse(json));
  });

  it('previews at 320, 768 and 1280 px, not scaled, on a light or dark page, with the reserved height outlined', async function () {
    this.timeout(30000);
    const { doc } = await openBuilder();
    const snippet = doc.querySelector('#snippet')!.textContent!;
    const reserved = [...snippet.matchAll(/height:(\d+)px/g)].map((m) => Number(m[1]));
    expect(reserved).to.have.length(3);
    const pick = async (name: string, value: string) => {
      doc.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.click();
      await waitFor(() => doc.body.dataset.previewReady && doc.querySelector('#preview-frame')!.getBoundingClientRect().width, 'the preview');
      await new Promise((resolve) => setTimeout(resolve, 100));
    };
    const widget = doc.querySelector<HTMLElement>('#preview python-showcase')!;
    for (const [width, index] of [
      [320, 0],
      [768, 1],
      [1280, 2],
    ] as const) {
      await pick('preview-width', String(width));
      expect(widget.getBoundingClientRect().width, `laid out at ${width} px`).to.equal(width);
      expect(doc.querySelector<HTMLElement>('#reservation')!.getBoundingClientRect().height).to.equal(reserved[index]);
      expect(doc.querySelector('#reservation-note')!.textContent).to.include(`At ${width} px the snippet reserves ${reserved[index]} px`);
      expect(Math.abs(widget.getBoundingClientRect().height - reserved[index]!), 'the reservation fits').to.be.below(2);
    }
    await pick('preview-page', 'dark');
    expect(widget.shadowRoot!.querySelector('.root')!.classList.contains('dark')).to.be.true;
    expect(getComputedStyle(doc.querySelector('#preview-frame')!).backgroundColor).to.equal('rgb(5, 8, 15)');
    await pick('preview-page', 'light');
    expect(widget.shadowRoot!.querySelector('.root')!.classList.contains('light')).to.be.true;
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px: passes axe, fits the screen, wraps the snippet in its box, and lays out ${width > 900 ? 'options beside the preview' : 'in one column'}`, async function () {
      this.timeout(30000);
      const frame = await openFrame((f) => (f.src = '/demo/builder.html'), width, 900);
      const doc = frame.contentDocument!;
      await waitFor(() => Number(doc.body.dataset.snippetReady) > 0, 'the snippet', 10000);
      const pre = doc.querySelector('#snippet')!.closest('pre')!;
      expect(pre.scrollWidth, 'the snippet does not run off its box').to.be.at.most(pre.clientWidth + 1);
      expect(doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
      expect(doc.querySelectorAll('#snippet .token-tag').length, 'syntax colouring').to.be.greaterThan(2);
      const options = doc.querySelector('#options')!.getBoundingClientRect();
      const results = doc.querySelector('.results')!.getBoundingClientRect();
      if (width > 900) expect(results.left, 'side by side').to.be.at.least(options.right);
      else expect(results.top, 'stacked').to.be.at.least(options.bottom);
      expect(getComputedStyle(doc.body).fontFamily).to.match(/^system-ui/);
      // axe, run in the builder's own page (its shadow roots included).
      const axeScript = doc.createElement('script');
      const loaded = new Promise((resolve) => axeScript.addEventListener('load', resolve, { once: true }));
      axeScript.src = '/node_modules/axe-core/axe.min.js';
      doc.head.append(axeScript);
      await loaded;
      const axe = (frame.contentWindow as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResult> } }).axe;
      const result = await axe.run(doc, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
    });
  }
});

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
}

