import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { closePages, openPage, renderedWidget, waitFor, widgetWarnings } from './helpers/frames.js';

/**
 * App logos (`logo` in the content) with the built drop-in script. The test server speaks http only, so no logo
 * here can load: an `https:` URL on a closed local port fails at once, which is the fallback's case; the logo's
 * box is checked before its request starts (`loading="lazy"` keeps it from starting below the fold).
 */
const UNREACHABLE = 'https://127.0.0.1:9/logo.png';

function page(logo: unknown, above = 0) {
  const content = { apps: [{ id: 'acme', name: 'Acme', summary: 'Built with Python.', color: '#123456', logo }] };
  return openPage(
    `<div style="height:${above}px"></div><python-showcase><script type="application/json">${JSON.stringify(content)}</script></python-showcase>` +
      '<script src="/dist/python-showcase.js"></script>',
  );
}

const cardRoot = (doc: Document) =>
  doc.querySelector('python-showcase')!.shadowRoot!.querySelector('python-app-card')!.shadowRoot!;

describe('app logos', () => {
  afterEach(closePages);

  it('draws the logo at its own size, lazily and asynchronously decoded, before it loads', async () => {
    const { document: doc } = await page({ src: UNREACHABLE, width: 40, height: 32, alt: 'Acme logo' }, 3000);
    await renderedWidget(doc);
    const img = cardRoot(doc).querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(UNREACHABLE);
    expect(img.getAttribute('alt')).to.equal('Acme logo');
    expect([img.getAttribute('loading'), img.getAttribute('decoding')]).to.deep.equal(['lazy', 'async']);
    const box = img.getBoundingClientRect();
    expect([box.width, box.height], 'the box is reserved before the image arrives').to.deep.equal([40, 32]);
    expect(cardRoot(doc).querySelector('svg.mark'), 'no monogram while the logo may still load').to.be.null;
  });

  it('shows the monogram when the logo fails to load', async () => {
    const { document: doc, window: win } = await page({ src: UNREACHABLE, width: 40, height: 40, alt: '' });
    await renderedWidget(doc);
    await waitFor(() => cardRoot(doc).querySelector('svg.monogram'), 'the monogram');
    expect(cardRoot(doc).querySelector('svg.monogram text')?.textContent, 'the monogram').to.equal('A');
    expect(cardRoot(doc).querySelector('img'), 'the broken image').to.be.null;
    expect(widgetWarnings(win)).to.deep.equal([]);
  });

  it("a logo that fails leaves the card's layout as it was: the monogram takes the logo's size", async () => {
    const { document: doc } = await page({ src: UNREACHABLE, width: 40, height: 32, alt: 'Acme logo' });
    await renderedWidget(doc);
    const name = () => cardRoot(doc).querySelector('.name')!.getBoundingClientRect();
    const before = name();
    await waitFor(() => cardRoot(doc).querySelector('svg.monogram'), 'the monogram');
    const mark = cardRoot(doc).querySelector('svg.monogram')!.getBoundingClientRect();
    expect([mark.width, mark.height], "the monogram at the logo's size").to.deep.equal([40, 32]);
    const after = name();
    expect([after.left, after.top], 'the name did not move').to.deep.equal([before.left, before.top]);
  });

  for (const src of ['javascript:alert(1)', 'http://example.com/logo.png', 'data:image/png;base64,AAAA']) {
    it(`drops a logo at ${src.split(':')[0]}: with one warning; the card keeps its monogram`, async () => {
      const { document: doc, window: win } = await page({ src, width: 40, height: 40, alt: 'Acme' });
      await renderedWidget(doc);
      expect(cardRoot(doc).querySelector('img')).to.be.null;
      expect(cardRoot(doc).querySelector('svg.monogram')).to.exist;
      const warnings = widgetWarnings(win);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('apps[0].logo.src: not an https URL');
    });
  }

  it('drops a logo whose size is not a whole number from 1 to 100, or without alt', async () => {
    for (const logo of [
      { src: UNREACHABLE, width: 4000, height: 40, alt: '' },
      { src: UNREACHABLE, width: 40, height: 1.5, alt: '' },
      { src: UNREACHABLE, width: 40, height: 40 },
    ]) {
      const { document: doc, window: win } = await page(logo);
      await renderedWidget(doc);
      expect(cardRoot(doc).querySelector('img'), JSON.stringify(logo)).to.be.null;
      expect(win.probe.warnings.join('\n')).to.include('apps[0].logo');
    }
  });
});
