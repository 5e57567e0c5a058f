import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { engine } from './helpers/dom.js';
import { type FramePage, closePages, openFrame, openPage, renderedCardNames, waitFor } from './helpers/frames.js';

/**
 * `loading="lazy"` with the built drop-in script: a long article (tests/server) with the widget two screens
 * down. In these test frames the margin of one viewport does not reach outside the frame, so the widget renders
 * as it scrolls into the frame's view: the strictest case for the reservation.
 */
type Form = 'tag' | 'mount';

async function openArticle(query: Record<string, string | number>): Promise<FramePage> {
  const params = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]));
  const frame = await openFrame((f) => (f.src = `/tests/pages/long-article.html?${params}`), 1000, 800);
  return { frame, window: frame.contentWindow as FramePage['window'], document: frame.contentDocument! };
}

const showcaseOf = (page: FramePage) =>
  page.document.querySelector('python-showcase') as HTMLElement & { updateComplete: Promise<boolean> };
/** Where `#below` sits in the document (not the viewport), so scrolling does not change it. */
const belowTop = (page: FramePage) =>
  page.document.getElementById('below')!.getBoundingClientRect().top + page.window.scrollY;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The height this engine renders the default widget at in this page: what a good reservation reserves. */
async function renderedHeight(form: Form): Promise<number> {
  const page = await openArticle({ form });
  await waitFor(() => renderedCardNames(page.document), 'the eager widget');
  await showcaseOf(page).updateComplete;
  const box = form === 'mount' ? page.document.querySelector('[data-python-showcase]')! : showcaseOf(page);
  const { height } = box.getBoundingClientRect();
  closePages();
  return height;
}

for (const form of ['tag', 'mount'] as const) {
  describe(`loading="lazy" on ${form === 'tag' ? '<python-showcase>' : 'a mount point (data-loading)'}`, () => {
    afterEach(closePages);

    it('renders nothing until scrolled to, then renders with no layout shift; each impression fires once', async function () {
      this.timeout(20000);
      const reserve = await renderedHeight(form);
      const page = await openArticle({ form, loading: 'lazy', reserve });
      const impressions: string[] = [];
      page.document.addEventListener('showcase-impression', (event) =>
        impressions.push((event as CustomEvent<{ id: string }>).detail.id),
      );
      const showcase = await waitFor(() => showcaseOf(page), 'the element');
      await page.window.customElements.whenDefined('python-showcase');
      await pause(800);

      // Defined, but nothing rendered: no cards, no promo, only the fallback in the reserved box.
      expect(showcase.shadowRoot!.querySelector('python-app-card, python-course-promo'), 'cards before scrolling').to.be
        .null;
      expect(showcase.shadowRoot!.querySelector('slot'), 'the fallback shows meanwhile').to.exist;
      expect(impressions, 'impressions before scrolling').to.deep.equal([]);
      const before = belowTop(page);
      expect(before, 'the reservation holds while the widget waits').to.be.closeTo(1600 + reserve, 1);

      showcase.scrollIntoView();
      await waitFor(() => renderedCardNames(page.document), 'the cards, once scrolled to');
      await showcase.updateComplete;
      await pause(1500);
      expect(belowTop(page), 'the text below the widget did not move').to.be.closeTo(before, 1);
      if (engine === 'chromium') expect(page.window.probe.layoutShift, 'cumulative layout shift').to.be.at.most(0.01);

      // Every card or promo seen for a second counted once; scrolling away and back counts none again.
      expect(impressions.length, 'impressions once visible').to.be.greaterThan(0);
      expect(new Set(impressions).size, 'no id twice').to.equal(impressions.length);
      const counted = impressions.length;
      page.window.scrollTo(0, 0);
      await pause(300);
      showcase.scrollIntoView();
      await pause(1500);
      expect(impressions.length, 'no impression counted again').to.equal(counted);
      expect(page.window.probe.errors).to.deep.equal([]);
    });
  });
}

describe('loading, eager by default', () => {
  afterEach(closePages);

  it('renders the cards at once, even two screens below the fold', async () => {
    const page = await openArticle({ form: 'tag' });
    expect(await waitFor(() => renderedCardNames(page.document), 'the cards without scrolling')).to.have.length(5);
    expect(page.window.scrollY).to.equal(0);
  });

  it('renders at once where IntersectionObserver is missing, with nothing thrown', async () => {
    const page = await openPage(
      '<script>delete window.IntersectionObserver;</script><div style="height:3000px"></div>' +
        '<python-showcase loading="lazy"></python-showcase><script src="/dist/python-showcase.js"></script>',
    );
    await waitFor(() => renderedCardNames(page.document), 'the cards, without scrolling');
    expect(page.window.probe.errors, 'nothing thrown').to.deep.equal([]);
  });

  it('an invalid value warns, naming the attribute as written, and renders at once', async () => {
    const page = await openArticle({ form: 'mount', loading: 'later' });
    expect(await waitFor(() => renderedCardNames(page.document), 'the cards without scrolling')).to.have.length(5);
    expect(page.window.probe.warnings.join('\n')).to.include('data-loading="later" is not eager|lazy; using eager');
  });
});
