import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { closePages, openFrame, renderedCardNames, waitFor } from './helpers/frames.js';

/**
 * site/ (npm run build:site) served as a plain static host would, files as they are, under a path prefix: the
 * demo, the embed builder and the API reference work with no dev server, and ask for nothing outside the prefix.
 */
const PREFIX = '/tests/hosted/partner-team/showcase/';

async function sha384(bytes: ArrayBuffer) {
  const digest = await crypto.subtle.digest('SHA-384', bytes);
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

async function openSitePage(page: string) {
  const frame = await openFrame((f) => (f.src = `${PREFIX}${page}`), 1200, 900);
  return { window: frame.contentWindow!, document: frame.contentDocument! };
}

function requestsOutsidePrefix(win: Window) {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.protocol.startsWith('http') && !url.pathname.startsWith(PREFIX))
    .map((url) => url.href);
}

describe('the static site (npm run build:site), under a path prefix', () => {
  afterEach(closePages);

  it('the builder writes a snippet for the drop-in script the site carries', async () => {
    const page = await openSitePage('demo/builder.html');
    await waitFor(() => Number(page.document.body.dataset.snippetReady) > 0, 'the snippet', 10000);
    const snippet = page.document.querySelector('#snippet')!.textContent!;
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
      expect(await waitFor(() => renderedCardNames(doc, selector), 'the widget', 8000)).to.have.length.at.least(1);
      expect(requestsOutsidePrefix(win)).to.deep.equal([]);
    });
  }
});
