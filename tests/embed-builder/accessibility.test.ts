// The builder by keyboard alone, and axe, the screen’s width and the layout at a phone’s width and a desktop’s.
import '../helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closePages, waitFor } from '../helpers/frames.js';
import { openBuilder, spyOnClipboard, type AxeResult } from '../helpers/embed-builder.js';

afterEach(closePages);

describe('the embed builder (demo/builder.html): keyboard, axe and small screens', () => {
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
