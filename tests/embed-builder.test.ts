import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { engine } from './helpers/dom.js';
import { closePages, openFrame, waitFor } from './helpers/frames.js';

type BuilderWindow = Window & typeof globalThis;

afterEach(closePages);

/**
 * What a reader sees of a rendered widget: heading, intro, each card's name, summary, figure and link, the layout,
 * where the promo is and what it says, and the takeaways.
 */
function visibleState(doc: Document) {
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

interface Builder {
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
async function openBuilder(hash = '', width = 1200, base = '/demo/builder.html'): Promise<Builder> {
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
async function addApp(builder: Builder, fields: Record<string, string>) {
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
async function renderedIn(doc: Document) {
  await waitFor(
    () =>
      doc
        .querySelector('python-showcase')
        ?.shadowRoot?.querySelector('python-app-card')
        ?.shadowRoot?.querySelector('.name'),
    'the pasted widget',
    10000,
  );
  await new Promise((resolve) => setTimeout(resolve, 150));
}

/** `html` pasted into a blank page (`before` and `after` around it), with this build's script. */
async function pasteIntoBlankPage(html: string, { before = '', after = '' } = {}): Promise<Document> {
  const pasted = await openFrame(
    (f) => (f.srcdoc = `<!doctype html><html lang="en"><body>${localScript(before + html + after)}</body></html>`),
    1200,
    900,
  );
  await renderedIn(pasted.contentDocument!);
  return pasted.contentDocument!;
}

/** A component from the builder's React or Vue tab, built into its framework's test app and mounted. */
async function renderInFrameworkApp(framework: 'react' | 'vue', code: string): Promise<Document> {
  const built = await executeServerCommand<{ url?: string; error?: string }, object>('compile-builder-app', {
    framework,
    code,
  });
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

async function sha384(text: string) {
  const digest = await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text));
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

/** Stands in for the clipboard in `win`; returns what was last written to it. */
function spyOnClipboard(win: Window) {
  let written = '';
  Object.defineProperty(win.navigator, 'clipboard', {
    value: {
      writeText: (text: string) => {
        written = text;
        return Promise.resolve();
      },
    },
    configurable: true,
  });
  return () => written;
}

/**
 * Reads what the builder's download offers, by catching the file it hands to the browser; the browser's own
 * download is cancelled (its download panel would take the keyboard from the tests that follow).
 */
function catchDownloads(win: BuilderWindow) {
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

describe('the embed builder (demo/builder.html)', () => {
  it('follows the options in its preview and snippet, copies the snippet, and the snippet renders what the preview showed', async function () {
    this.timeout(30000);
    const { win, doc, set, click, snippet } = await openBuilder();
    expect(snippet()).to.include('<python-showcase>').and.include('integrity="sha384-');

    // Change options as a marketer would.
    await click('#apps li[data-name="Google"] input[type="checkbox"]');
    await click('button[aria-label="Move Netflix up"]');
    await set('layout', 'list');
    await set('theme', 'dark');
    await set('promo', 'top');
    await set('heading-level', '3');
    await set('heading', 'Built with Python');
    await set('partner', 'acme');
    await set('campaign', 'fall');
    await set('takeaways', true);
    await set('dismissible', true);
    await set('datalayer', true);

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
      const written = spyOnClipboard(win);
      doc.querySelector<HTMLButtonElement>('#copy')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => doc.querySelector('#copy-status')!.textContent, 'the copy status');
      copied = written();
    }
    expect(doc.querySelector('#copy-status')!.textContent).to.equal('Copied the snippet to the clipboard.');
    expect(copied).to.equal(snippet());

    // The copied snippet, pasted into a blank page with the built script, shows what the preview showed.
    expect(visibleState(await pasteIntoBlankPage(copied))).to.deep.equal(visibleState(doc));
  });

  for (const [served, base] of [
    ['served by npm start', '/demo/builder.html'],
    ['published by npm run build:site, under a path prefix', '/tests/hosted/partner-team/showcase/demo/builder.html'],
  ] as const) {
    it(`${served}: edits the content (intro, an app card, a new app, removing and reordering, the promo copy), and every host tab renders the preview’s widget where that form runs`, async function () {
      this.timeout(90000);
      const builder = await openBuilder('', 1200, base);
      const { doc, set, tab, editApp, snippet } = builder;
      await set('layout', 'list');
      await set('partner', 'acme');
      await set('takeaways', true);
      await set('intro', 'Five apps, one language.');
      await editApp('Spotify', 'summary', 'Python runs the playlists’ data pipelines.');
      await editApp('Spotify', 'stat.value', '675000000');
      await editApp('Spotify', 'stat.label', 'listeners');
      await addApp(builder, {
        name: 'Reddit',
        summary: 'Python served the front page for years.',
        url: 'https://www.reddit.com/',
        color: '#ff4500',
      });
      // Remove Google, move Reddit to the top.
      await builder.click('#apps li[data-name="Google"] input[type="checkbox"]');
      for (let moves = 0; moves < 5; moves++) {
        const up = doc.querySelector<HTMLButtonElement>('button[aria-label="Move Reddit up"]')!;
        if (up.disabled) break;
        await builder.click('button[aria-label="Move Reddit up"]');
      }
      await set('copy-title', 'Learn the language behind these apps');
      await set('copy-cta-label', 'See the bootcamp');

      const expected = visibleState(doc);
      expect(expected.intro).to.equal('Five apps, one language.');
      expect(expected.cards.map((card) => card.name)).to.deep.equal([
        'Reddit',
        'Instagram',
        'Spotify',
        'Netflix',
        'Dropbox',
      ]);
      expect(expected.cards[2]).to.deep.include({ summary: 'Python runs the playlists’ data pipelines.' });
      expect(expected.cards[2]!.figure).to.include('675M').and.include('listeners');
      expect(expected.promo!.title).to.equal('Learn the language behind these apps');
      expect(doc.querySelector('#content-problems')!.textContent, 'no problems').to.equal('');

      // HTML: the content as inline JSON, in a blank page.
      const inline = JSON.parse(/<script type="application\/json">(.*?)<\/script>/.exec(snippet())![1]!) as {
        apps: Array<{ id: string }>;
      };
      expect(inline.apps.map((app) => app.id)).to.deep.equal(['reddit', 'instagram', 'spotify', 'netflix', 'dropbox']);
      expect(visibleState(await pasteIntoBlankPage(snippet())), 'HTML').to.deep.equal(expected);

      // The content as a file: what the download gives, put on the partner's server and named by src.
      const downloads = catchDownloads(builder.win);
      doc.querySelector<HTMLButtonElement>('#download-content')!.click();
      await waitFor(() => downloads.length, 'the download');
      const file = await downloads[0]!.text();
      expect(JSON.parse(file)).to.deep.equal(inline);
      const put = await fetch('/tests/uploads/builder-content.json', { method: 'PUT', body: file });
      expect(put.status).to.equal(204);

      // Mount point: warns until it names a file, then renders it with the site's script tag.
      await tab('mount-point');
      expect(doc.querySelector<HTMLElement>('#content-warning')!.hidden, 'asks for the file’s address').to.be.false;
      await set('src', `${location.origin}/tests/uploads/builder-content.json`);
      expect(doc.querySelector<HTMLElement>('#content-warning')!.hidden).to.be.true;
      expect(snippet()).to.include(`data-src="${location.origin}/tests/uploads/builder-content.json"`);
      const siteScript = doc.querySelector('#companion')!.textContent;
      expect(visibleState(await pasteIntoBlankPage(snippet() + siteScript)), 'mount point').to.deep.equal(expected);

      // The shortcode names the same file (tests/node/wordpress.test.mjs renders the builder's shortcode in WordPress).
      await tab('shortcode');
      expect(snippet()).to.match(
        /^\[python_showcase layout="list" takeaways partner="acme" src="[^"]+builder-content\.json"\]$/,
      );

      // Google Tag Manager: the spot on the page, the Custom HTML tag added at the end of <body>, as Tag Manager does.
      await tab('gtm');
      const spot = doc.querySelector('#companion')!.textContent;
      expect(spot).to.match(/^<div id="python-showcase-spot" style="min-height: \d+px"><\/div>$/);
      const tagPage = await pasteIntoBlankPage('', {
        before: `<h1>A page</h1>${spot}<p>Text below the spot.</p>`,
        after: snippet(),
      });
      expect(tagPage.querySelector('#python-showcase-spot > python-showcase'), 'moved into the spot').to.exist;
      expect(visibleState(tagPage), 'Google Tag Manager').to.deep.equal(expected);

      // React and Vue: the component, built into each framework's test app.
      await tab('react');
      expect(snippet()).to.include("import 'python-showcase';").and.include('content={content}');
      expect(visibleState(await renderInFrameworkApp('react', snippet())), 'React').to.deep.equal(expected);
      await tab('vue');
      expect(snippet()).to.include(':content.prop="content"');
      expect(doc.querySelector('#companion')!.textContent).to.include(
        "isCustomElement: (tag) => tag.startsWith('python-')",
      );
      expect(visibleState(await renderInFrameworkApp('vue', snippet())), 'Vue').to.deep.equal(expected);

      // Each tab links its guide, relative to the page.
      for (const [form, guide] of [
        ['tag', 'webflow'],
        ['mount-point', 'wordpress'],
        ['react', 'frameworks'],
        ['gtm', 'google-tag-manager'],
      ] as const) {
        await tab(form);
        const links = [...doc.querySelectorAll<HTMLAnchorElement>('#guide-links a')].map((a) => a.href);
        expect(links).to.include(new URL(`../docs/guides/${guide}.html`, new URL(base, location.origin)).href);
      }
    });
  }

  it('writes the mount point and the WordPress shortcode for plain options as snippet.js does', async function () {
    this.timeout(30000);
    const { doc, set, click, tab, snippet } = await openBuilder();
    await click('#apps li[data-name="Google"] input[type="checkbox"]');
    await set('layout', 'list');
    await set('heading-level', '3');
    await set('heading', 'Built "with" Python');
    await set('partner', 'acme');
    await set('takeaways', true);
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
      src: '',
    };

    await tab('mount-point');
    expect(snippet()).to.match(/^<div data-python-showcase data-apps="instagram,spotify,netflix,dropbox"/);
    expect(snippet()).to.include('data-heading="Built &quot;with&quot; Python"').and.include('style="min-height: ');
    expect(doc.querySelector<HTMLElement>('#companion-box')!.hidden).to.be.false;
    expect(doc.querySelector<HTMLElement>('#content-warning')!.hidden, 'no content of its own: no file needed').to.be
      .true;
    const siteScript = doc.querySelector('#companion')!.textContent;
    expect(visibleState(await pasteIntoBlankPage(snippet() + siteScript))).to.deep.equal(visibleState(doc));
    const heights = [...snippet().matchAll(/min-height: (\d+)px/g)].map((m) => Number(m[1]));
    expect(snippet(), 'the builder writes what snippet.js writes').to.equal(
      mountPointSnippet({ attributes, heights: [heights[0]!] }),
    );

    // The shortcode: what tests/node/wordpress.test.mjs saves in WordPress for these same options.
    await tab('shortcode');
    expect(snippet()).to.equal(
      '[python_showcase apps="instagram,spotify,netflix,dropbox" layout="list" heading-level="3" heading="Built &quot;with&quot; Python" takeaways partner="acme"]',
    );
    expect(snippet()).to.equal(shortcodeSnippet({ attributes }));
    expect(doc.querySelector<HTMLElement>('#companion-box')!.hidden).to.be.true;
  });

  it('checks the content with the widget’s rules as you type, naming the field, and imports a content.json to keep editing', async function () {
    this.timeout(30000);
    const builder = await openBuilder();
    const { doc, win, set, editApp } = builder;
    await editApp('Netflix', 'url', 'javascript:alert(1)');
    const link = doc.querySelector<HTMLInputElement>('#apps li[data-name="Netflix"] [data-app-field="url"]')!;
    expect(link.getAttribute('aria-invalid')).to.equal('true');
    const message = doc.getElementById(link.getAttribute('aria-describedby')!)!;
    expect(message.textContent).to.equal('not an https, http or mailto URL');
    expect(doc.querySelector('#content-problems')!.textContent).to.include(
      'App “Netflix”, Link (https://…): not an https, http or mailto URL',
    );
    expect(builder.snippet(), 'the snippet still carries what was typed').to.include('javascript:alert(1)');
    await editApp('Netflix', 'color', 'red');
    expect(doc.querySelector('#content-problems')!.textContent).to.include(
      'App “Netflix”, Colour (#rrggbb): not #rgb or #rrggbb',
    );
    await editApp('Netflix', 'url', 'https://www.netflix.com/');
    await editApp('Netflix', 'color', '#e50914');
    expect(link.hasAttribute('aria-invalid')).to.be.false;
    expect(doc.querySelector('#content-problems')!.textContent).to.equal('');
    await set('copy-cta-href', 'ftp://example.com/');
    expect(doc.querySelector('#content-problems')!.textContent).to.include(
      'Promo button link: not an https, http or mailto URL',
    );
    await set('copy-cta-href', 'https://www.nobledesktop.com/');
    await set('promo-campaign', true);
    await set('promo-title', '');
    expect(doc.querySelector('#content-problems')!.textContent).to.include('Campaign title: not text');
    await set('promo-title', 'Winter cohort');
    // The campaign takes the promo's button: a bad link is named at that field, for both promos.
    await set('copy-cta-href', 'ftp://example.com/');
    const problems = [...doc.querySelectorAll('#content-problems li')].map((item) => item.textContent);
    expect(
      problems.filter((problem) => problem === 'Promo button link: not an https, http or mailto URL'),
    ).to.have.length(1);
    expect(
      problems.every((problem) => problem.startsWith('Promo button link: ')),
      problems.join('; '),
    ).to.be.true;
    expect(doc.querySelector('input[name="promo-campaign"]')!.hasAttribute('aria-invalid')).to.be.false;
    await set('copy-cta-href', 'https://www.nobledesktop.com/');
    await set('promo-campaign', false);

    // Import: a content.json with an app of its own, takeaways and a bad link.
    const imported = {
      heading: 'Imported heading',
      intro: 'From a file.',
      apps: [
        { id: 'reddit', name: 'Reddit', summary: 'Python served the front page.', url: 'https://www.reddit.com/' },
        { id: 'bad', name: 'Bad', summary: 'A bad link.', url: 'javascript:alert(1)' },
        { id: 'spotify', name: 'Spotify', summary: 'Changed.', stat: { value: 600000000, label: 'listeners' } },
      ],
      takeaways: ['One takeaway from the file.'],
    };
    const input = doc.querySelector<HTMLInputElement>('#import-content')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(imported)], 'content.json', { type: 'application/json' }));
    input.files = transfer.files;
    const before = builder.step();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await builder.ready(before);
    expect(doc.querySelector('#import-status')!.textContent).to.include(
      'content.json: apps[1].url: not an https, http or mailto URL',
    );
    await set('takeaways', true);
    const state = visibleState(doc);
    expect(state.heading).to.equal('Imported heading');
    expect(state.intro).to.equal('From a file.');
    expect(state.cards.map((card) => card.name)).to.deep.equal(['Reddit', 'Bad', 'Spotify']);
    expect(
      doc.querySelector('#preview python-showcase')!.shadowRoot!.querySelector('.takeaways')!.textContent,
    ).to.include('One takeaway from the file.');
    // Keep editing what was imported; the download holds the file's content with the edit.
    await editApp('Reddit', 'summary', 'Edited after import.');
    const downloads = catchDownloads(win);
    doc.querySelector<HTMLButtonElement>('#download-content')!.click();
    await waitFor(() => downloads.length, 'the download');
    const saved = JSON.parse(await downloads[0]!.text()) as {
      apps: Array<{ id: string; summary: string }>;
      takeaways: string[];
    };
    expect(saved.apps.map((app) => app.id)).to.deep.equal(['reddit', 'bad', 'spotify']);
    expect(saved.apps[0]!.summary).to.equal('Edited after import.');
    expect(saved.takeaways).to.deep.equal(['One takeaway from the file.']);

    // Not JSON: a message, and nothing changes.
    const broken = new DataTransfer();
    broken.items.add(new File(['{"heading": '], 'broken.json', { type: 'application/json' }));
    input.files = broken.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(
      () => doc.querySelector('#import-status')!.textContent.includes('broken.json: not JSON'),
      'the message',
    );
    expect(visibleState(doc).heading).to.equal('Imported heading');
  });

  it('edits a campaign promo (schedule, deadline, A/B test, frequency), previews any variant at any date, and writes it as inline JSON', async function () {
    this.timeout(30000);
    const { doc, set, tab } = await openBuilder();
    /** A datetime-local value `days` from now, in the browser's time. */
    const inDays = (days: number) => {
      const date = new Date(Date.now() + days * 86_400_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
    };
    await set('promo-campaign', true);
    await set('promo-starts', inDays(-1));
    await set('promo-ends', inDays(10));
    await set('promo-deadline', inDays(3));
    await set('promo-variant-title', 'Learn the language behind Netflix');
    await set('promo-weight-b', '3');
    await set('promo-views', '3');
    await set('promo-per-days', '7');
    await set('promo-converted-days', '90');

    const preview = doc.querySelector('#preview python-showcase')!;
    const shownTitle = () =>
      preview.shadowRoot!.querySelector('python-course-promo')!.shadowRoot!.querySelector('.title')?.textContent;
    const shownDeadline = () =>
      preview.shadowRoot!.querySelector('python-course-promo')!.shadowRoot!.querySelector('.deadline')?.textContent;
    await set('review-variant', 'b');
    expect(shownTitle()).to.equal('Learn the language behind Netflix');
    expect(shownDeadline()).to.match(/^Next cohort starts .+, in 3 days$/);
    await set('review-variant', 'a');
    expect(shownTitle()).to.equal('Winter cohort: enrol now');
    await set('review-at', inDays(11));
    expect(shownTitle(), 'after the campaign ends, the bootcamp promo').to.equal('Python for Data Science Bootcamp');

    const snippet = doc.querySelector('#snippet')!.textContent;
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
    await tab('mount-point');
    expect(doc.querySelector<HTMLElement>('#content-box')!.hidden).to.be.false;
    expect(JSON.parse(doc.querySelector('#content-json')!.textContent)).to.deep.equal(JSON.parse(json));
  });

  it('keeps its set-up in a link of at most 2,000 characters, which restores it elsewhere, with a notice to check the links', async function () {
    this.timeout(90000);
    const builder = await openBuilder();
    expect(new URL(await builder.link()).hash, 'the defaults need no link').to.equal('');
    await builder.set('layout', 'carousel');
    await builder.set('partner', 'acme');
    await builder.set('heading', 'Shared heading');
    await builder.set('intro', 'Shared intro.');
    await builder.editApp('Dropbox', 'url', 'https://example.com/dropbox');
    await builder.tab('gtm');
    const link = await builder.link();
    expect(link).to.match(/#config=[\w-]+$/);
    expect(link.length).to.be.at.most(2000);
    expect(link, 'nothing about the script is in the link').to.not.match(/integrity|jsdelivr/);
    const original = { snippet: builder.snippet(), state: visibleState(builder.doc) };

    const shared = await openBuilder(new URL(link).hash);
    expect(shared.snippet(), 'the same snippet').to.equal(original.snippet);
    expect(visibleState(shared.doc)).to.deep.equal(original.state);
    expect(shared.doc.querySelector('#tab-gtm')!.getAttribute('aria-selected')).to.equal('true');
    const notice = shared.doc.querySelector<HTMLElement>('#shared-notice')!;
    expect(notice.hidden).to.be.false;
    expect(notice.textContent).to.include('check every address').and.include('https://example.com/dropbox');
    expect(shared.doc.body.dataset.sharedNotes).to.equal('0');
    expect(shared.doc.activeElement, 'the notice is where the reader starts').to.equal(
      shared.doc.querySelector('#shared-notice-title'),
    );
    // Without a shared link there is no notice.
    expect(builder.doc.querySelector<HTMLElement>('#shared-notice')!.hidden).to.be.true;
    // The restored set-up's snippets render the restored preview where they run.
    const restoredState = visibleState(shared.doc);
    const gtmPage = await pasteIntoBlankPage('', {
      before: '<div id="python-showcase-spot"></div>',
      after: shared.snippet(),
    });
    expect(visibleState(gtmPage), 'Google Tag Manager, restored').to.deep.equal(restoredState);
    await shared.tab('tag');
    expect(visibleState(await pasteIntoBlankPage(shared.snippet())), 'HTML, restored').to.deep.equal(restoredState);
    // Copy link at once after typing: the link holds the latest change.
    const copier = await openBuilder();
    const copiedLink = spyOnClipboard(copier.win);
    await copier.set('heading', 'The latest heading');
    copier.doc.querySelector<HTMLButtonElement>('#copy-link')!.click();
    await waitFor(() => copiedLink(), 'the copied link');
    const copiedState = JSON.parse(
      atob(new URL(copiedLink()).hash.slice('#config='.length).replace(/-/g, '+').replace(/_/g, '/')),
    ) as {
      o: Record<string, unknown>;
    };
    expect(copiedState.o.heading).to.equal('The latest heading');
    await waitFor(() => copier.doc.querySelector('#copy-link-status')!.textContent, 'the copy status');
    expect(copier.doc.querySelector('#copy-link-status')!.textContent).to.equal('Copied the link to the clipboard.');
    // Someone else's link pasted into the address bar of an open builder: read afresh, with the notice.
    sessionStorage.clear();
    const pasting = new Promise((resolve) => copier.frame.addEventListener('load', resolve, { once: true }));
    copier.win.location.hash = new URL(link).hash;
    await pasting;
    await waitFor(() => Number(copier.frame.contentDocument?.body?.dataset.snippetReady) > 0, 'the pasted link', 10000);
    const pastedLink = copier.frame.contentDocument!;
    expect(pastedLink.querySelector<HTMLElement>('#shared-notice')!.hidden).to.be.false;
    expect(visibleState(pastedLink)).to.deep.equal(original.state);
    // One's own link, reloaded in the same tab, is one's own work: no notice.
    const own = await openBuilder();
    await own.set('layout', 'list');
    await own.link();
    const loaded = new Promise((resolve) => own.frame.addEventListener('load', resolve, { once: true }));
    own.win.location.reload();
    await loaded;
    await waitFor(
      () => Number(own.frame.contentDocument?.body?.dataset.snippetReady) > 0,
      'the reloaded builder',
      10000,
    );
    const reloaded = own.frame.contentDocument!;
    expect(visibleState(reloaded).layout, 'restored').to.equal('list');
    expect(reloaded.querySelector<HTMLElement>('#shared-notice')!.hidden, 'no notice for one’s own link').to.be.true;

    // Content too long for a link: left out, said, offered as a file; the options still travel.
    for (let n = 0; n < 8; n++) {
      await addApp(builder, {
        name: `App number ${n}`,
        summary: `${'A long summary that takes room. '.repeat(10)}${n}`,
      });
    }
    const long = await builder.link();
    expect(long.length).to.be.at.most(2000);
    const status = builder.doc.querySelector('#share-status')!;
    expect(status.textContent).to.include('Your content is too long for a link');
    const downloads = catchDownloads(builder.win);
    status.querySelector<HTMLButtonElement>('button')!.click();
    await waitFor(() => downloads.length, 'the download');
    expect((JSON.parse(await downloads[0]!.text()) as { apps: unknown[] }).apps).to.have.length(13);
    // One's own link reloaded: the content the link left out comes back from this tab's memory, with no notice.
    const reloading = new Promise((resolve) => builder.frame.addEventListener('load', resolve, { once: true }));
    builder.win.location.reload();
    await reloading;
    await waitFor(() => Number(builder.frame.contentDocument?.body?.dataset.snippetReady) > 0, 'the reload', 10000);
    const ownReload = builder.frame.contentDocument!;
    // Its own address written again (and remembered) before another reader's frame opens in this same tab.
    await waitFor(() => ownReload.body.dataset.linkReady === ownReload.body.dataset.snippetReady, 'the link', 10000);
    expect(visibleState(ownReload).cards.map((card) => card.name)).to.include('App number 7');
    expect(
      ownReload.querySelector<HTMLElement>('#shared-notice')!.hidden,
      ownReload.querySelector('#shared-notes')!.textContent,
    ).to.be.true;

    const restored = await openBuilder(new URL(long).hash);
    expect(restored.doc.querySelector('#shared-notes')!.textContent).to.include(
      'content was too long for a link and is not in it',
    );
    expect(visibleState(restored.doc).heading).to.equal('Shared heading');
    expect(visibleState(restored.doc).layout).to.equal('carousel');
    expect(visibleState(restored.doc).cards.map((card) => card.name)).to.deep.equal([
      'Instagram',
      'Google',
      'Spotify',
      'Netflix',
      'Dropbox',
    ]);
  });

  it('reads a tampered or hostile link for what it holds, with messages, and runs nothing from it', async function () {
    this.timeout(60000);
    const script = '<img src=x onerror="parent.hostileRan=1"><script>parent.hostileRan=1</script><!--';
    const payload = {
      v: 0,
      o: {
        heading: `"></python-showcase>${script}`,
        partner: `{{Page URL}}" onload="parent.hostileRan=1`,
        campaign: `</script>${script}`,
        layout: 'hexagon',
        takeaways: 'yes',
        form: 'react"><img src=x>',
        apps: `instagram,<b>bold</b>`,
        intro: `${script}`,
        src: 'javascript:parent.hostileRan=1',
        'review-at': '<script>',
        integrity: 'sha384-forged',
        version: '0.0.1-evil',
        constructor: 'x',
      },
      c: {
        heading: `</script>${script}`,
        intro: `{{Page URL}}\u2028${script}`,
        apps: [
          {
            id: `evil"${script}`,
            name: `${script}`,
            summary: '</script><script>parent.hostileRan=1</script>',
            stat: { value: '1e9<script>', label: script, over: 'yes', asOf: script },
            uses: [script, { toString: 1 }],
            url: 'javascript:parent.hostileRan=1',
            color: 'red;background:url(x)',
            icon: script,
          },
          'spotify',
          { id: 'ok', name: 'Fine', summary: 'A fine app.', url: 'https://example.com/' },
        ],
        promo: [
          {
            id: 'campaign',
            title: script,
            startsAt: `2020-01-01T00:00:00Z${script}`,
            deadline: { at: script, label: `{date}${script}` },
            variants: [
              { id: 'a', weight: 'x' },
              { id: 'b', weight: 1, title: script },
            ],
            frequency: { views: script, perDays: -1 },
          },
          {
            id: 'p',
            eyebrow: script,
            title: 'Promo',
            body: script,
            cta: { label: script, href: 'data:text/html,<script>parent.hostileRan=1</script>' },
            secondary: { label: 'Two', href: 'javascript:parent.hostileRan=1' },
          },
        ],
        takeaways: [script, 7],
        strings: { visit: `${script}{name}`, close: script },
      },
      script: 'https://evil.example/x.js',
      integrity: 'sha384-forged',
    };
    // "__proto__" as an own key, as JSON.parse makes it, in the options, the content and a built-in app's changes.
    const json = JSON.stringify(payload)
      .replace('"constructor":"x"', '"constructor":"x","__proto__":{"polluted":true}')
      .replace('"strings":', '"__proto__":{"polluted":true},"strings":')
      .replace('"spotify"', '{"id":"spotify","__proto__":{"polluted":true}}');
    const encoded = btoa(String.fromCharCode(...new TextEncoder().encode(json)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    const win = window as Window & { hostileRan?: number };
    delete win.hostileRan;
    const shared = await openBuilder(`#config=${encoded}`);
    const { doc } = shared;
    const built = await (await fetch('/dist/python-showcase.js')).text();
    /** Nothing from the link became an element, ran, or changed Object.prototype in `page`. */
    const expectNothingInjected = (page: Document, what: string) => {
      expect(page.querySelectorAll('img, b').length, `${what}: no element from the link`).to.equal(0);
      expect(
        [...page.querySelectorAll('python-showcase')].flatMap((widget) => [
          ...widget.shadowRoot!.querySelectorAll('img, script, b'),
        ]).length,
        `${what}: none in the widget either`,
      ).to.equal(0);
      expect(
        (page.defaultView as unknown as { Object: ObjectConstructor }).Object.prototype,
        what,
      ).to.not.have.property('polluted');
    };
    for (const form of ['tag', 'mount-point', 'shortcode', 'react', 'vue', 'gtm']) {
      await shared.tab(form);
      expect(doc.querySelectorAll('img, script:not([type="module"]), b').length, `${form}: in the builder`).to.equal(0);
      expect(shared.snippet(), `${form}: nothing about the script from the link`)
        .to.not.include('forged')
        .and.not.include('0.0.1-evil')
        .and.not.include('evil.example');
      if (['tag', 'gtm'].includes(form)) {
        expect(shared.snippet(), `${form}: the built file's integrity`).to.include(
          `integrity="${await sha384(built)}"`,
        );
      }
      // Each form where it runs: the text stays text, and nothing runs.
      if (form === 'tag') {
        const pasted = await pasteIntoBlankPage(shared.snippet());
        expectNothingInjected(pasted, form);
        expect(pasted.querySelectorAll('script').length, `${form}: its own two scripts`).to.equal(2);
      } else if (form === 'gtm') {
        expect(shared.snippet(), 'no Tag Manager variable').to.not.include('{{');
        const pasted = await pasteIntoBlankPage('', {
          before: '<div id="python-showcase-spot"></div>',
          after: shared.snippet(),
        });
        expectNothingInjected(pasted, form);
        expect(pasted.querySelectorAll('script').length, `${form}: its own two scripts`).to.equal(2);
      } else if (form === 'mount-point') {
        const pasted = await pasteIntoBlankPage(shared.snippet() + doc.querySelector('#companion')!.textContent);
        expectNothingInjected(pasted, form);
        expect(pasted.querySelectorAll('script').length, `${form}: the site's script only`).to.equal(1);
      } else if (form === 'react' || form === 'vue') {
        expectNothingInjected(await renderInFrameworkApp(form, shared.snippet()), form);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.hostileRan, 'no script from the link ran').to.equal(undefined);
    expect(
      (shared.win as unknown as { Object: ObjectConstructor }).Object.prototype,
      'the builder',
    ).to.not.have.property('polluted');

    const notice = doc.querySelector<HTMLElement>('#shared-notice')!;
    expect(notice.hidden).to.be.false;
    const notes = doc.querySelector('#shared-notes')!.textContent;
    for (const expected of [
      'another version of the builder (settings version 0)',
      'layout: not an option the builder has',
      'takeaways: not an option the builder has',
      'integrity: not an option the builder has',
      'version: not an option the builder has',
      'script: not something a link sets; ignored',
      'content: apps[0].url: not an https, http or mailto URL',
      'content: promo[0].startsAt: not an ISO 8601 time',
      'content: promo[1].cta.href: not an https, http or mailto URL',
      'content: takeaways[1]: not text',
    ]) {
      expect(notes).to.include(expected);
    }
    expect(doc.querySelector('#shared-links')!.textContent).to.include('javascript:parent.hostileRan=1');
    // The text options it held are shown as text.
    expect(doc.querySelector<HTMLInputElement>('input[name="heading"]')!.value).to.equal(payload.o.heading);

    // A link cut short or changed by hand: one message, the defaults.
    const cut = await openBuilder(`#config=${encoded.slice(0, 41)}%%`);
    expect(cut.doc.querySelector('#shared-notes')!.textContent).to.include('could not be read');
    expect(cut.snippet()).to.include('<python-showcase>');
    expect(win.hostileRan).to.equal(undefined);
  });

  it('is usable by keyboard alone: tabs with the arrow keys, an app card’s editor, reordering, copying', async function () {
    this.timeout(30000);
    const builder = await openBuilder();
    const { doc, win } = builder;
    const focused = () => doc.activeElement as HTMLElement;
    const tabTo = async (test: (element: HTMLElement) => boolean, what: string) => {
      for (let presses = 0; presses < 200; presses++) {
        await sendKeys({ press: 'Tab' });
        if (test(focused())) return;
      }
      throw new Error(`Tab never reached ${what}`);
    };
    win.focus();
    doc.body.focus();
    // The first app's checkbox, then Space hides it.
    await tabTo((element) => element.matches('#apps input[type="checkbox"]'), 'the first app');
    let before = builder.step();
    await sendKeys({ press: ' ' });
    await builder.ready(before, 'the snippet after keyboard step 1');
    expect(doc.querySelector('#preview python-showcase')!.getAttribute('apps')).to.equal(
      'google,spotify,netflix,dropbox',
    );
    // Move Google down with its button.
    await tabTo((element) => element.getAttribute('aria-label') === 'Move Google down', 'Move Google down');
    before = builder.step();
    await sendKeys({ press: 'Enter' });
    await builder.ready(before, 'the snippet after keyboard step 2');
    expect(doc.querySelector('#preview python-showcase')!.getAttribute('apps')).to.equal(
      'spotify,google,netflix,dropbox',
    );
    expect(focused().getAttribute('aria-label'), 'focus stays on the moved app’s button').to.equal('Move Google down');
    // Open Google's editor and type a summary.
    await tabTo((element) => element.textContent === 'Edit Google', 'Edit Google');
    await sendKeys({ press: 'Enter' });
    expect(doc.querySelector<HTMLDetailsElement>('#apps li[data-name="Google"] details')!.open).to.be.true;
    await tabTo((element) => element.dataset.appField === 'summary', 'the summary field');
    before = builder.step();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Typed.' });
    await builder.ready(before, 'the snippet after keyboard step 3');
    await waitFor(() => builder.snippet().includes('Typed.'), 'the typed summary');
    // The host tabs: Tab reaches the selected one, arrows move, Home and End jump.
    await tabTo((element) => element.getAttribute('role') === 'tab', 'the host tabs');
    expect(focused().id).to.equal('tab-tag');
    before = builder.step();
    await sendKeys({ press: 'ArrowRight' });
    await builder.ready(before, 'the snippet after keyboard step 4');
    expect(focused().id).to.equal('tab-mount-point');
    expect(focused().getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'End' });
    expect(focused().id).to.equal('tab-gtm');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused().id).to.equal('tab-tag');
    await waitFor(() => builder.snippet().startsWith('<style>'), 'the HTML tab');
    // Copy, with Tab then Enter.
    const written = spyOnClipboard(win);
    await tabTo((element) => element.id === 'copy', 'Copy snippet');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => written(), 'the copy');
    expect(written()).to.equal(builder.snippet());
  });

  it('previews at 320, 768 and 1280 px, not scaled, on a light or dark page, with the reserved height outlined', async function () {
    this.timeout(30000);
    const { doc, snippet, tab } = await openBuilder();
    const reserved = [...snippet().matchAll(/height:(\d+)px/g)].map((m) => Number(m[1]));
    expect(reserved).to.have.length(3);
    const pick = async (name: string, value: string) => {
      const before = doc.body.dataset.previewReady;
      doc.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.click();
      await waitFor(() => doc.body.dataset.previewReady !== before, 'the preview');
    };
    const widget = doc.querySelector<HTMLElement>('#preview python-showcase')!;
    const outline = doc.querySelector<HTMLElement>('#reservation')!;
    const note = () => doc.querySelector('#reservation-note')!.textContent;
    for (const [width, index] of [
      [320, 0],
      [768, 1],
      [1280, 2],
    ] as const) {
      await pick('preview-width', String(width));
      expect(widget.getBoundingClientRect().width, `laid out at ${width} px`).to.equal(width);
      expect(outline.getBoundingClientRect().height).to.equal(reserved[index]);
      expect(note()).to.include(`At ${width} px the snippet reserves ${reserved[index]} px`);
      expect(Math.abs(widget.getBoundingClientRect().height - reserved[index]!), 'the reservation fits').to.be.below(2);
    }
    // Each form outlines what it reserves: a mount point its min-height, a React component nothing.
    await tab('mount-point');
    const minHeight = Number(/min-height: (\d+)px/.exec(snippet())![1]);
    expect(minHeight).to.equal(Math.min(...reserved));
    expect(outline.getBoundingClientRect().height, 'the mount point’s min-height').to.equal(minHeight);
    await tab('react');
    expect(outline.hidden).to.be.true;
    expect(note()).to.include('the component reserves no height');
    await tab('tag');
    await pick('preview-page', 'dark');
    expect(widget.shadowRoot!.querySelector('.root')!.classList.contains('dark')).to.be.true;
    expect(getComputedStyle(doc.querySelector('#preview-frame')!).backgroundColor).to.equal('rgb(5, 8, 15)');
    await pick('preview-page', 'light');
    expect(widget.shadowRoot!.querySelector('.root')!.classList.contains('light')).to.be.true;
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px: passes axe (with a shared link’s notice, an open card editor and a problem shown), fits the screen, wraps the snippet, and lays out ${width > 900 ? 'options beside the preview' : 'in one column'}`, async function () {
      this.timeout(30000);
      const source = await openBuilder('', 1200);
      await source.editApp('Instagram', 'url', 'not a link');
      const builder = await openBuilder(new URL(await source.link()).hash, width);
      const { frame, doc } = builder;
      doc.querySelector<HTMLDetailsElement>('#apps li[data-name="Instagram"] details')!.open = true;
      expect(doc.querySelector('#content-problems')!.textContent).to.include('App “Instagram”, Link');
      expect(doc.querySelector<HTMLElement>('#shared-notice')!.hidden).to.be.false;
      for (const form of ['tag', 'gtm']) {
        await builder.tab(form);
        const pre = doc.querySelector('#snippet')!.closest('pre')!;
        expect(pre.scrollWidth, `${form}: the snippet does not run off its box`).to.be.at.most(pre.clientWidth + 1);
      }
      await builder.tab('tag');
      expect(doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
      expect(doc.querySelectorAll('#snippet .token-tag').length, 'syntax colouring').to.be.greaterThan(2);
      const options = doc.querySelector('#options')!.getBoundingClientRect();
      const results = doc.querySelector('.results')!.getBoundingClientRect();
      if (width > 900) {
        expect(results.left, 'side by side').to.be.at.least(options.right);
        // Scrolled down to the campaign's fields, the preview is still on screen.
        doc.querySelector('input[name="promo-views"]')!.scrollIntoView();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const shown = doc.querySelector('#preview-frame')!.getBoundingClientRect();
        expect(doc.scrollingElement!.scrollTop, 'the page scrolled').to.be.greaterThan(300);
        expect(shown.top, 'the preview in view').to.be.within(0, 900 - 200);
      } else expect(results.top, 'stacked').to.be.at.least(options.bottom);
      expect(getComputedStyle(doc.body).fontFamily).to.match(/^system-ui/);
      // axe, run in the builder's own page (its shadow roots included).
      const axeScript = doc.createElement('script');
      const loaded = new Promise((resolve) => axeScript.addEventListener('load', resolve, { once: true }));
      axeScript.src = '/node_modules/axe-core/axe.min.js';
      doc.head.append(axeScript);
      await loaded;
      const axe = (frame.contentWindow as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResult> } }).axe;
      const result = await axe.run(doc, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      expect(
        result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).to.deep.equal([]);
    });
  }
});

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
}
