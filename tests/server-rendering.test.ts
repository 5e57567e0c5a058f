import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ShowcaseClickDetail } from '../src/index.js';
import { deepQueryAll, deepText, engine } from './helpers/dom.js';
import { closePages, openFrame, renderedCardNames, waitFor, type Probe } from './helpers/frames.js';

/**
 * Pages whose widget a server rendered with `python-showcase/ssr` as built (tests/server/test-server.js), as a
 * visitor gets them: first with no script at all, then with the drop-in script arriving late.
 */
interface Comparison {
  sizeDiffers: boolean;
  differingRatio?: number;
  baseline?: [number, number];
  actual?: [number, number];
}

type ShowcaseLike = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };

function pageUrl(query: Record<string, unknown>): string {
  const params = new URLSearchParams({ run: `${Date.now()}-${Math.random()}` });
  for (const [key, value] of Object.entries(query)) {
    params.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return `/tests/pages/server-rendered.html?${params}`;
}

async function openServerRendered(query: Record<string, unknown>, width = 1000, height = 1400) {
  const frame = await openFrame((frame) => (frame.src = pageUrl(query)), width, height);
  return { frame, window: frame.contentWindow as Window & { probe: Probe }, document: frame.contentDocument! };
}

describe('server rendering (python-showcase/ssr)', () => {
  afterEach(closePages);

  describe('with JavaScript off', () => {
    it('shows the chosen cards, styled, with real headings and links', async () => {
      const page = await openServerRendered({
        script: 'none',
        attributes: { apps: 'spotify, netflix', layout: 'list', 'heading-level': '3', partner: 'acme' },
      });
      expect(page.window.customElements.get('python-showcase'), 'no script defined the element').to.equal(undefined);
      const showcase = page.document.querySelector('python-showcase')!;
      expect(renderedCardNames(page.document)).to.deep.equal(['Spotify', 'Netflix']);
      expect(showcase.shadowRoot!.querySelector('.heading')!.tagName).to.equal('H3');
      const cards = deepQueryAll(showcase, 'python-app-card');
      for (const card of cards) {
        const box = card.getBoundingClientRect();
        expect(box.height, 'a card is laid out').to.be.greaterThan(100);
        const figure = card.shadowRoot!.querySelector('.value')!;
        expect(page.window.getComputedStyle(figure).fontSize, "the card's own styles apply").to.equal('36px');
      }
      const link = deepQueryAll<HTMLAnchorElement>(showcase, 'a.link')[0]!;
      expect(new URL(link.href).searchParams.get('utm_source')).to.equal('acme');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(deepText(showcase)).to.include('Python for Data Science Bootcamp');
      // The light-DOM fallback is in the page for crawlers, behind the rendered shadow root.
      const fallback = showcase.querySelector(':scope > a')!;
      expect(fallback.textContent).to.equal('Apps you use every day are built with Python');
      expect(fallback.getBoundingClientRect().height, 'the fallback is not shown').to.equal(0);
    });

    it("renders figures in the page's language", async () => {
      const page = await openServerRendered({ script: 'none', lang: 'de', attributes: { apps: 'instagram' } });
      const value = deepQueryAll(page.document.querySelector('python-showcase')!, '.value')[0]!;
      expect(value.textContent.trim(), 'German compact notation, with its no-break space').to.equal('2\u00a0Mrd.+');
    });
  });

  describe('when the drop-in script arrives', () => {
    it('takes over with no visible change and no layout shift, then fires its events', async function () {
      this.timeout(20000);
      await executeServerCommand('set-window-size', { width: 1200, height: 1600 });
      const frame = document.createElement('iframe');
      frame.id = 'server-rendered';
      frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 1000px; height: 1400px; border: 0';
      frame.src = pageUrl({ delay: 1500, attributes: { partner: 'acme', takeaways: true } });
      document.body.append(frame);
      try {
        const doc = () => frame.contentDocument;
        const showcase = await waitFor(
          () => doc()?.querySelector<ShowcaseLike>('python-showcase')?.shadowRoot && doc()!.querySelector<ShowcaseLike>('python-showcase'),
          'the server-rendered widget',
        );
        await waitFor(() => doc()!.querySelector('p'), 'the page below the widget');
        await new Promise((resolve) => setTimeout(resolve, 300));
        const win = frame.contentWindow as Window & { probe: Probe };
        expect(win.customElements.get('python-showcase'), 'the script has not arrived yet').to.equal(undefined);
        const serverCards = deepQueryAll(showcase, 'python-app-card');
        expect(renderedCardNames(doc()!)).to.deep.equal(['Instagram', 'Google', 'Spotify', 'Netflix', 'Dropbox']);
        const selector = '#server-rendered';
        await executeServerCommand('compare-element-screenshot', { name: 'ssr', selector, phase: 'baseline' });

        await waitFor(() => showcase.hasUpdated, 'the widget to take over', 8000);
        await showcase.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 300));
        const cards = deepQueryAll(showcase, 'python-app-card');
        expect(cards).to.have.length(5);
        expect(cards.some((card) => serverCards.includes(card)), "the cards are the browser's own now").to.be.false;
        expect(showcase.shadowRoot!.querySelectorAll('style'), 'no server style left').to.have.length(0);

        const result = await executeServerCommand<Comparison, object>('compare-element-screenshot', {
          name: 'ssr',
          selector,
          phase: 'compare',
        });
        expect(result.sizeDiffers, `size ${String(result.baseline)} then ${String(result.actual)}`).to.be.false;
        expect(result.differingRatio, 'share of pixels that differ').to.be.at.most(0.001);
        if (engine === 'chromium') expect(win.probe.layoutShift, 'cumulative layout shift').to.equal(0);
        expect(win.probe.errors).to.deep.equal([]);
        expect(win.probe.consoleErrors).to.deep.equal([]);
        expect(win.probe.warnings).to.deep.equal([]);

        const link = deepQueryAll<HTMLAnchorElement>(showcase, 'a.link')[2]!;
        const clicked = new Promise<CustomEvent<ShowcaseClickDetail>>((resolve) =>
          showcase.addEventListener('showcase-click', resolve, { once: true }),
        );
        link.addEventListener('click', (event) => event.preventDefault(), { once: true });
        link.click();
        const { detail } = await clicked;
        expect(detail.kind).to.equal('app');
        expect(detail.id).to.equal('spotify');
        expect(new URL(detail.href).searchParams.get('utm_source')).to.equal('acme');
      } finally {
        frame.remove();
      }
    });

    it('renders the content the server was given, read back from the inline JSON', async function () {
      this.timeout(10000);
      const content = {
        heading: 'Python in production </script><script>window.__ran = 1</script>',
        apps: [{ id: 'reddit', name: 'Reddit', summary: 'Python since 2005.', url: 'https://www.reddit.com/' }],
      };
      const page = await openServerRendered({ content });
      const showcase = page.document.querySelector<ShowcaseLike>('python-showcase')!;
      await waitFor(() => showcase.hasUpdated, 'the widget to take over');
      await showcase.updateComplete;
      expect((page.window as { __ran?: number }).__ran, 'no script from the content ran').to.equal(undefined);
      expect(showcase.shadowRoot!.querySelector('.heading')!.textContent.trim()).to.equal(content.heading);
      expect(renderedCardNames(page.document)).to.deep.equal(['Reddit']);
      expect(page.window.probe.warnings, 'the inline JSON read cleanly').to.deep.equal([]);
    });
  });
});
