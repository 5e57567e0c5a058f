import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { closePages, openFrame, type Probe, waitFor } from './helpers/frames.js';

/** The ```html blocks of a guide in docs/guides/, with the CDN URL pointing at this build. */
async function guideSnippets(guide: string): Promise<string[]> {
  const text = await (await fetch(`/docs/guides/${guide}.md`)).text();
  return [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((match) =>
    match[1]!.replace(
      /https:\/\/cdn\.jsdelivr\.net\/npm\/python-showcase@[^/]+\/dist\/python-showcase\.js/g,
      '/dist/python-showcase.js',
    ),
  );
}

afterEach(closePages);

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`;

async function cardsIn(doc: Document, selector = 'python-showcase') {
  return waitFor(() => {
    const cards = doc.querySelector(selector)?.shadowRoot?.querySelectorAll('python-app-card');
    return cards?.length ? cards.length : undefined;
  }, `the widget in ${selector}`);
}

// WordPress's guide is tested in a real WordPress: tests/node/wordpress.test.mjs.
describe('host guides (docs/guides/), snippets as pasted', () => {
  for (const guide of ['webflow', 'squarespace']) {
    it(`${guide}: the embed renders`, async () => {
      const [snippet] = await guideSnippets(guide);
      const doc = (await openFrame((f) => (f.srcdoc = page(`<div class="embed">${snippet}</div>`)))).contentDocument!;
      expect(await cardsIn(doc)).to.equal(5);
    });
  }

  it('Google Tag Manager: the tag appended at the end of <body> moves the widget to the chosen spot', async () => {
    const [spot, tag] = await guideSnippets('google-tag-manager');
    const doc = (await openFrame((f) => (f.srcdoc = page(`<h1>Article</h1>${spot}<p>More text.</p>${tag}`))))
      .contentDocument!;
    expect(await cardsIn(doc)).to.equal(5);
    expect(doc.querySelector('#python-showcase-spot > python-showcase'), 'the widget sits in the spot').to.exist;
  });

  it('a strict-CSP site: the snippet with the reservation in its own stylesheet renders with zero violations', async () => {
    const doc = (await openFrame((f) => (f.src = '/tests/pages/guide-strict-csp.html'))).contentDocument!;
    expect(await cardsIn(doc)).to.equal(5);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const probe = (doc.defaultView as unknown as { probe: Probe }).probe;
    expect(probe.violations).to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
  });
});
