import './helpers/lit-warnings.js';
import { VERSION } from '../src/version.js';
import { expect } from '@open-wc/testing';
import { engine } from './helpers/dom.js';
import { type Probe, waitFor, widgetWarnings } from './helpers/frames.js';

interface HostPage {
  window: Window & { probe: Probe; trustedTypes?: unknown };
  document: Document;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Opens one of tests/pages/ (served with its own headers) in an iframe. */
async function openHostPage(path: string): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return { window: frame.contentWindow as HostPage['window'], document: frame.contentDocument! };
}

function cardCount(page: HostPage, selector = 'python-showcase') {
  return page.document.querySelector(selector)?.shadowRoot?.querySelectorAll('python-app-card').length ?? 0;
}

describe('hostile host pages', () => {
  describe('a strict CSP with Trusted Types enforced (served as a header)', () => {
    it('renders with src content, the default, and every feature, with zero violations', async () => {
      const page = await openHostPage('/tests/pages/strict-csp.html');
      await waitFor(() => cardCount(page) === 1 && cardCount(page, '#default') === 5, 'both widgets');
      const srcWidget = page.document.querySelector('python-showcase')!.shadowRoot!;
      expect(srcWidget.textContent).to.include('Loaded from src');
      // The brand colours are SVG presentation attributes, which a strict style-src allows.
      const card = page.document.querySelector('#default')!.shadowRoot!.querySelector('python-app-card')!;
      const mark = card.shadowRoot!.querySelector('.mark path')!;
      expect(page.window.getComputedStyle(mark).fill).to.equal('rgb(228, 64, 95)');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(page.window.probe.violations, 'securitypolicyviolation events').to.deep.equal([]);
      expect(page.window.probe.errors).to.deep.equal([]);
      expect(page.window.probe.consoleErrors).to.deep.equal([]);
      // The policy is in force: a string sink throws under Trusted Types, and an inline style attribute (which
      // the widget never uses) is reported.
      const paragraph = page.document.createElement('p');
      expect(() => (paragraph.innerHTML = '<b>x</b>')).to.throw();
      paragraph.setAttribute('style', 'color: red');
      page.document.body.append(paragraph);
      await waitFor(() => page.window.probe.violations.some((v) => v.startsWith('style-src')), 'the style violation');
    });

    it('two copies of the script: one widget, no error, no violation', async () => {
      const page = await openHostPage('/tests/pages/strict-csp-twice.html');
      await waitFor(() => cardCount(page) === 5, 'the widget');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(page.window.probe.violations).to.deep.equal([]);
      expect(page.window.probe.errors).to.deep.equal([]);
      expect(widgetWarnings(page.window)).to.deep.equal([]);
    });

    it('a copy of another version: one warning naming both versions, no error, no violation', async () => {
      const page = await openHostPage('/tests/pages/strict-csp-other-version.html');
      await waitFor(() => cardCount(page) === 5, 'the widget');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const warnings = widgetWarnings(page.window);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('0.9.0').and.include(VERSION);
      expect(page.window.probe.violations).to.deep.equal([]);
      expect(page.window.probe.errors).to.deep.equal([]);
    });
  });

  describe('a CSP whose trusted-types does not allow lit-html', () => {
    it('throws nothing into the page, keeps the fallback, and logs one error naming the directive', async function () {
      const page = await openHostPage('/tests/pages/refused-trusted-types.html');
      if (!page.window.trustedTypes) {
        console.log(`refused Trusted Types: not run in ${engine}, which does not enforce Trusted Types`);
        this.skip();
      }
      await waitFor(() => page.document.readyState === 'complete', 'the page to load');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const widget = page.document.querySelector('python-showcase')!;
      expect(widget.shadowRoot, 'the widget did not start').to.equal(null);
      expect(widget.querySelector('a')!.getClientRects().length, 'the fallback is visible').to.be.greaterThan(0);
      expect(page.window.probe.errors, 'uncaught errors').to.deep.equal([]);
      const ours = page.window.probe.consoleErrors.filter((e) => e.startsWith('[python-showcase]'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.include('trusted-types').and.include('lit-html');
    });
  });

  describe('a sandboxed iframe without allow-same-origin', () => {
    it('renders, and the promo still closes though storage throws', async () => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.style.width = '1000px';
      frame.style.height = '700px';
      const report = new Promise<Record<string, unknown>>((resolve) => {
        addEventListener('message', function onMessage(event) {
          if (event.source !== frame.contentWindow) return;
          removeEventListener('message', onMessage);
          resolve(event.data as Record<string, unknown>);
        });
      });
      frame.src = '/tests/pages/sandboxed.html';
      document.body.append(frame);
      frames.push(frame);
      expect(await report).to.deep.equal({
        cards: 5,
        storageThrows: true,
        promoClosed: true,
        errors: [],
        consoleErrors: [],
      });
    });
  });
});
