import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { engine } from './helpers/dom.js';
import { type Probe, waitFor } from './helpers/frames.js';

/**
 * Host pages whose widget script answers 500 ms late, with text below the widget: the cumulative layout shift
 * must stay at or under 0.01. Chromium only: Firefox and WebKit report no layout-shift entries.
 */
const WIDTHS = [320, 768, 1280];

/** Loads `page` (a test-server page taking `delay` and `run`) in an 800 px tall frame `width` wide; checks it. */
async function measureLateScript(page: string, width: number, check: (win: Window & { probe: Probe }) => void) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${page}${page.includes('?') ? '&' : '?'}delay=500&run=${width}-${Date.now()}`;
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
    check(win);
  } finally {
    frame.remove();
  }
}

function chromiumOnly(context: Mocha.Context, what: string) {
  if (engine === 'chromium') return;
  console.log(`${what}: not run in ${engine}, which reports no layout-shift entries`);
  context.skip();
}

describe("the README's snippet and layout shift", () => {
  for (const width of WIDTHS) {
    it(`keeps cumulative layout shift at or under 0.01 at ${width} px with a late script (Chromium only)`, async function () {
      chromiumOnly(this, `layout shift at ${width} px`);
      this.timeout(10000);
      await measureLateScript('/tests/pages/readme-snippet.html', width, (win) => {
        expect(win.document.querySelector('python-showcase')!.getBoundingClientRect().width).to.equal(width);
      });
    });
  }
});

/**
 * A mount point as an author writes one: no <style> can be saved, so what it reserves is an inline min-height,
 * which WordPress keeps (tests/node/wordpress.test.mjs). 827 px is the widget's height at its widest, so it
 * never leaves a gap below a default widget; the frame is 800 px tall and the mount point at its top.
 */
describe('a mount point with an inline min-height and layout shift', () => {
  for (const width of WIDTHS) {
    it(`keeps cumulative layout shift at or under 0.01 at ${width} px with a late script (Chromium only)`, async function () {
      chromiumOnly(this, `mount point layout shift at ${width} px`);
      this.timeout(10000);
      await measureLateScript('/tests/pages/mount-point.html?reserve=827', width, (win) => {
        const mount = win.document.querySelector('[data-python-showcase]')!.getBoundingClientRect();
        const widget = win.document.querySelector('python-showcase')!.getBoundingClientRect();
        expect(widget.height, 'no gap below the widget').to.be.at.least(mount.height - 1);
      });
    });
  }
});
