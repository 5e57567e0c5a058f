import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { deepQueryAll, engine } from './helpers/dom.js';
import { closePages, openFrame, renderedCardNames, waitFor, type Probe } from './helpers/frames.js';

/**
 * The pages Eleventy 3 built from docs/guides/static-sites.md as pasted (tests/node/static-sites.test.mjs),
 * served as built: with JavaScript off, and with the guide's script tag (its integrity checked) arriving late.
 */
async function openSitePage(path: string, query: string) {
  const frame = await openFrame((frame) => (frame.src = `/tests/sites/eleventy/${path}?${query}`), 1000, 1400);
  return { window: frame.contentWindow as Window & { probe: Probe }, document: frame.contentDocument! };
}

describe('the static-sites guide, built with Eleventy 3', () => {
  afterEach(closePages);

  it('shows the chosen cards with JavaScript off', async () => {
    const page = await openSitePage('index.html', 'script=none');
    expect(page.window.customElements.get('python-showcase')).to.equal(undefined);
    expect(renderedCardNames(page.document)).to.deep.equal(['Spotify', 'Netflix', 'Dropbox']);
    for (const card of deepQueryAll(page.document.querySelector('python-showcase')!, 'python-app-card')) {
      expect(card.getBoundingClientRect().height).to.be.greaterThan(100);
    }
  });

  it('shows content from Eleventy data with JavaScript off', async () => {
    const page = await openSitePage('ours/index.html', 'script=none');
    expect(renderedCardNames(page.document)).to.deep.equal(['Reddit']);
    expect(page.document.querySelector('python-showcase')!.shadowRoot!.querySelector('.heading')!.textContent.trim()).to.equal(
      'Python at work',
    );
  });

  for (const [path, names] of [
    ['index.html', ['Spotify', 'Netflix', 'Dropbox']],
    ['ours/index.html', ['Reddit']],
  ] as const) {
    it(`${path}: the guide's script tag takes over, with no layout shift and no console message`, async function () {
      this.timeout(10000);
      const page = await openSitePage(path, 'delay=600');
      const showcase = page.document.querySelector<HTMLElement & { hasUpdated?: boolean }>('python-showcase')!;
      await waitFor(() => showcase.hasUpdated, 'the widget to take over');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(renderedCardNames(page.document)).to.deep.equal(names);
      expect(page.window.probe.errors).to.deep.equal([]);
      expect(page.window.probe.consoleErrors, 'the integrity hash matched').to.deep.equal([]);
      expect(page.window.probe.warnings).to.deep.equal([]);
      if (engine === 'chromium') expect(page.window.probe.layoutShift).to.equal(0);
    });
  }
});
