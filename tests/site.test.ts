import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { closePages, openFrame, renderedCardNames, renderedWidget, waitFor } from './helpers/frames.js';

/**
 * site/ (npm run build:site) served as a plain static host would, files as they are, under a path prefix: the
 * demo, the embed builder, the API reference, the docs pages and the host guides work with no dev server, and ask
 * for nothing outside the prefix.
 */
const PREFIX = '/tests/hosted/partner-team/showcase/';

async function sha384(bytes: ArrayBuffer) {
  const digest = await crypto.subtle.digest('SHA-384', bytes);
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

/**
 * docs/*.md and docs/guides/*.md, which the site carries as pages beside them, at docs/<name>.html and
 * docs/guides/<name>.html (the builder links to the guides).
 */
const DOC_PAGES = [
  'docs/embedding',
  'docs/builder',
  'docs/content',
  'docs/promo',
  'docs/analytics',
  'docs/server-rendering',
  'docs/reference',
  'docs/performance',
  'docs/development',
  ...[
    'wordpress',
    'google-tag-manager',
    'frameworks',
    'static-sites',
    'webflow',
    'squarespace',
    'strict-csp',
    'measuring',
  ].map((guide) => `docs/guides/${guide}`),
];

async function openSitePage(page: string, width = 1200) {
  const frame = await openFrame((f) => (f.src = `${PREFIX}${page}`), width, 900);
  return { window: frame.contentWindow!, document: frame.contentDocument! };
}

function requestsOutsidePrefix(win: Window) {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.protocol.startsWith('http') && !url.pathname.startsWith(PREFIX))
    .map((url) => url.href);
}

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
}

/** axe's WCAG 2.2 AA violations of a page in a frame, run in that page. */
async function axeViolations(win: Window, doc: Document) {
  const script = doc.createElement('script');
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  script.src = '/node_modules/axe-core/axe.min.js';
  doc.head.append(script);
  await loaded;
  const axe = (win as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResult> } }).axe;
  const result = await axe.run(doc, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the static site (npm run build:site), under a path prefix', () => {
  afterEach(closePages);

  for (const width of [375, 1200]) {
    it(`answers at its root with a landing page, ${width} px wide: relative links to every part, each of which answers`, async () => {
      const { window: win, document: doc } = await openSitePage('', width);
      expect(doc.querySelector('h1')?.textContent).to.include('python-showcase');
      // The demo pages' stylesheet: the same page background.
      expect(win.getComputedStyle(doc.body).backgroundColor).to.equal('rgb(244, 241, 234)');
      const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[href]')];
      for (const link of links) {
        expect(link.getAttribute('href'), 'a relative URL').to.not.match(/^([a-z]+:|\/)/);
        expect(link.textContent.trim(), 'a link with a name').to.not.equal('');
      }
      const targets = links.map((link) => new URL(link.href).pathname);
      expect(targets).to.include.members([
        `${PREFIX}demo/index.html`,
        `${PREFIX}demo/builder.html`,
        `${PREFIX}demo/api.html`,
        ...DOC_PAGES.map((page) => `${PREFIX}${page}.html`),
      ]);
      for (const link of links) expect((await fetch(link.href)).ok, link.href).to.equal(true);
      expect(doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(win.innerWidth);
      expect(requestsOutsidePrefix(win)).to.deep.equal([]);
      expect(await axeViolations(win, doc)).to.deep.equal([]);
    });
  }

  it('the builder writes a snippet for the drop-in script the site carries', async () => {
    const page = await openSitePage('demo/builder.html');
    await waitFor(() => Number(page.document.body.dataset.snippetReady) > 0, 'the snippet', 10000);
    const snippet = page.document.querySelector('#snippet')!.textContent;
    const built = await (await fetch(`${PREFIX}dist/python-showcase.js`)).arrayBuffer();
    expect(snippet).to.include(`integrity="${await sha384(built)}"`);
    expect(renderedCardNames(page.document, '#preview python-showcase')).to.have.length(5);
    expect(requestsOutsidePrefix(page.window)).to.deep.equal([]);
  });

  for (const [page, selector] of [
    ['demo/index.html', 'python-showcase'],
    ['demo/partner.html', 'python-showcase'],
    ['demo/api.html', 'python-showcase'],
  ] as const) {
    it(`${page} renders the widget, with every request under the prefix`, async () => {
      const { window: win, document: doc } = await openSitePage(page);
      expect(await renderedWidget(doc, selector, 8000)).to.have.length.at.least(1);
      expect(requestsOutsidePrefix(win)).to.deep.equal([]);
    });
  }

  for (const docPage of DOC_PAGES) {
    it(`${docPage}.html: styled from under the prefix, 375 px wide, links to the builder`, async () => {
      const { window: win, document: doc } = await openSitePage(`${docPage}.html`, 375);
      expect(doc.querySelector('main h1')?.textContent).to.not.be.empty;
      const stylesheet = [...doc.styleSheets].find((sheet) => sheet.href);
      expect(stylesheet?.href).to.equal(`${location.origin}${PREFIX}demo/demo.css`);
      // demo.css's page background: the stylesheet loaded and applies.
      expect(win.getComputedStyle(doc.body).backgroundColor).to.equal('rgb(244, 241, 234)');
      const builder = doc.querySelector<HTMLAnchorElement>('nav[aria-label="Demo pages"] a[href$="builder.html"]');
      expect(builder?.href).to.equal(`${location.origin}${PREFIX}demo/builder.html`);
      // Links to other docs pages and guides point at their pages.
      const pageLinks = [...doc.querySelectorAll<HTMLAnchorElement>('main a[href]')]
        .map((link) => new URL(link.href))
        .filter((url) => url.pathname.startsWith(`${PREFIX}docs/`) && url.pathname !== win.location.pathname);
      for (const url of pageLinks) expect((await fetch(url)).ok, url.href).to.equal(true);
      // Images are there.
      for (const image of doc.querySelectorAll<HTMLImageElement>('main img')) {
        await waitFor(() => image.complete || undefined, image.src);
        expect(image.naturalWidth, image.src).to.be.greaterThan(0);
      }
      expect(doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(win.innerWidth);
      expect(requestsOutsidePrefix(win)).to.deep.equal([]);
    });
  }
});
