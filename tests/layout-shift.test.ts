import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { engine } from './helpers/dom.js';
import { type Probe, waitFor } from './helpers/frames.js';

/**
 * The README's snippet, with the script answering 500 ms late, in a page whose text sits below the widget:
 * the cumulative layout shift must stay at or under 0.01. Chromium only: Firefox and WebKit report no
 * layout-shift entries.
 */
describe("the README's snippet and layout shift", () => {
  for (const width of [320, 768, 1280]) {
    it(`keeps cumulative layout shift at or under 0.01 at ${width} px with a late script (Chromium only)`, async function () {
      if (engine !== 'chromium') {
        console.log(`layout shift at ${width} px: not run in ${engine}, which reports no layout-shift entries`);
        this.skip();
      }
      this.timeout(10000);
      const frame = document.createElement('iframe');
      frame.style.width = `${width}px`;
      frame.style.height = '800px';
      frame.style.border = '0';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = `/tests/pages/readme-snippet.html?delay=500&run=${width}-${Date.now()}`;
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & { probe: Probe };
        const doc = frame.contentDocument!;
        await waitFor(
          () => doc.querySelector('python-showcase')?.shadowRoot?.querySelector('python-course-promo'),
          'the widget',
        );
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const script = win.performance
          .getEntriesByType('resource')
          .find((entry) => entry.name.includes('python-showcase.js'))!;
        expect(script.duration, 'the script arrived late').to.be.at.least(450);
        expect(win.probe.errors).to.deep.equal([]);
        expect(win.probe.layoutShift, 'cumulative layout shift').to.be.at.most(0.01);
        const widget = doc.querySelector('python-showcase')!.getBoundingClientRect();
        expect(widget.width).to.equal(width);
      } finally {
        frame.remove();
      }
    });
  }
});
