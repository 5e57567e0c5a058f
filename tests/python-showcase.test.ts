import './helpers/lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { PythonShowcase, ShowcaseErrorDetail } from '../src/index.js';
import { propertyName } from '../src/elements/attribute-table.js';
import { PROMO_ATTRIBUTES } from '../src/elements/python-course-promo/python-course-promo.attributes.js';
import { deepActiveElement, deepQueryAll, deepText, engine, settled } from './helpers/dom.js';

const DEFAULT_FIGURES = {
  Instagram: '2B+',
  Google: '8.5B+',
  Spotify: '500M+',
  Netflix: '250M+',
  Dropbox: '700M+',
};

async function showcase(template: ReturnType<typeof html>): Promise<PythonShowcase> {
  const element = await fixture<PythonShowcase>(template);
  await settled(element);
  return element;
}

function cardNames(element: PythonShowcase): string[] {
  return deepQueryAll(element, '.name').map((name) => name.textContent.trim());
}

function shadow(element: PythonShowcase): ShadowRoot {
  return element.shadowRoot!;
}

describe('<python-showcase>', () => {
  describe('with no attributes', () => {
    it('shows the heading, every default app with its figure, and the bootcamp promo', async () => {
      const element = await showcase(html`<python-showcase></python-showcase>`);
      const text = deepText(element);
      expect(text).to.include('Apps you use every day are built with Python');
      for (const [name, figure] of Object.entries(DEFAULT_FIGURES)) {
        expect(text, name).to.include(name);
        expect(text, `${name}'s figure`).to.include(figure);
      }
      expect(cardNames(element)).to.deep.equal(Object.keys(DEFAULT_FIGURES));
      expect(text).to.include('Python for Data Science Bootcamp');
      const cta = deepQueryAll<HTMLAnchorElement>(element, 'a.cta')[0]!;
      expect(cta.textContent).to.include('Explore the bootcamp');
      expect(cta.href).to.equal('https://www.nobledesktop.com/');
    });

    it('keeps its light-DOM fallback in the page, hidden behind the rendered widget', async () => {
      const element = await showcase(
        html`<python-showcase
          ><a href="https://www.nobledesktop.com/">Apps you use every day are built with Python</a></python-showcase
        >`,
      );
      const fallback = element.querySelector('a')!;
      expect(fallback, 'the host page keeps what it had').to.exist;
      expect(fallback.getClientRects().length, 'the fallback is not rendered').to.equal(0);
    });

    it('hides the key takeaways until asked', async () => {
      const element = await showcase(html`<python-showcase></python-showcase>`);
      expect(deepText(element)).not.to.include('Key takeaways');
    });

    it('tells the screen reader the full figure', async () => {
      const element = await showcase(html`<python-showcase apps="instagram"></python-showcase>`);
      const spoken = deepQueryAll(element, '.figure .sr-only')[0]!.textContent;
      expect(spoken).to.equal('2 billion+');
      expect(deepQueryAll(element, '.figure .value')[0]!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('opens every link in a new tab with rel="noopener" and says so', async () => {
      const element = await showcase(html`<python-showcase></python-showcase>`);
      const links = deepQueryAll<HTMLAnchorElement>(element, 'a');
      expect(links).to.have.length(7);
      for (const link of links) {
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.include('noopener');
        expect(link.textContent).to.include('(opens in a new tab)');
      }
    });
  });

  describe('attributes', () => {
    it('apps chooses and orders the cards, ignoring case and spaces', async () => {
      const element = await showcase(html`<python-showcase apps=" Netflix,spotify , DROPBOX"></python-showcase>`);
      expect(cardNames(element)).to.deep.equal(['Netflix', 'Spotify', 'Dropbox']);
      element.apps = 'google';
      await settled(element);
      expect(cardNames(element)).to.deep.equal(['Google']);
    });

    it('apps skips unknown ids with a warning', async () => {
      const warnings: string[] = [];
      const originalWarn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const element = await showcase(html`<python-showcase apps="spotify,myspace"></python-showcase>`);
        expect(cardNames(element)).to.deep.equal(['Spotify']);
      } finally {
        console.warn = originalWarn;
      }
      expect(warnings.join('\n')).to.match(/\[python-showcase\].*"myspace"/);
    });

    it('layout switches between a grid, a list and a sideways-scrolling row', async () => {
      const element = await showcase(html`<python-showcase style="width: 1000px"></python-showcase>`);
      const list = shadow(element).querySelector('.apps')!;
      const tops = () =>
        deepQueryAll(element, 'python-app-card').map((card) => Math.round(card.getBoundingClientRect().top));
      expect(new Set(tops()).size, 'grid: cards share rows').to.be.lessThan(5);

      element.layout = 'list';
      await settled(element);
      expect(new Set(tops()).size, 'list: one card per row').to.equal(5);

      element.layout = 'carousel';
      await settled(element);
      expect(new Set(tops()).size, 'carousel: one row').to.equal(1);
      expect(list.scrollWidth, 'carousel: the row scrolls').to.be.greaterThan(list.clientWidth);
      expect(getComputedStyle(list).overflowX).to.equal('auto');
    });

    it('an invalid layout falls back to grid with a warning', async () => {
      const warnings: string[] = [];
      const originalWarn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const element = await showcase(html`<python-showcase layout="hexagon" heading-level="9"></python-showcase>`);
        expect(shadow(element).querySelector('.root')!.classList.contains('grid')).to.be.true;
        expect(shadow(element).querySelector('.heading')!.tagName).to.equal('H2');
      } finally {
        console.warn = originalWarn;
      }
      expect(warnings.some((w) => w.includes('layout="hexagon"'))).to.be.true;
      expect(warnings.some((w) => w.includes('heading-level="9"'))).to.be.true;
    });

    it('theme switches the palette between light and dark', async () => {
      const element = await showcase(html`<python-showcase theme="light"></python-showcase>`);
      const root = shadow(element).querySelector('.root')!;
      const light = getComputedStyle(root).backgroundColor;
      element.theme = 'dark';
      await settled(element);
      const dark = getComputedStyle(root).backgroundColor;
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).to.equal('rgb(11, 18, 32)');
      const card = deepQueryAll(element, '.card')[0]!;
      expect(getComputedStyle(card).backgroundColor, 'cards follow the theme').to.equal('rgb(19, 28, 46)');
    });

    it('theme="auto" follows the system colour scheme (Chromium only: media emulation)', async function () {
      if (engine !== 'chromium') {
        console.log(
          `theme="auto": not run in ${engine}, whose automation protocol here cannot emulate prefers-color-scheme`,
        );
        this.skip();
      }
      const element = await showcase(html`<python-showcase></python-showcase>`);
      const root = shadow(element).querySelector('.root')!;
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(root).backgroundColor).to.equal('rgb(11, 18, 32)');
      await emulateMedia({ colorScheme: 'light' });
      expect(getComputedStyle(root).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('prefers-reduced-motion turns the hover lift off (Chromium only: media emulation)', async function () {
      if (engine !== 'chromium') {
        console.log(
          `reduced motion: not run in ${engine}, whose automation protocol here cannot emulate prefers-reduced-motion`,
        );
        this.skip();
      }
      const element = await showcase(html`<python-showcase></python-showcase>`);
      const card = deepQueryAll(element, '.card')[0]!;
      expect(getComputedStyle(card).transitionDuration).not.to.match(/^0s(, 0s)*$/);
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(card).transitionDuration).to.match(/^0s(, 0s)*$/);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('heading and heading-level set the heading, and cards sit one level below', async () => {
      const element = await showcase(
        html`<python-showcase heading="Built with Python" heading-level="3"></python-showcase>`,
      );
      const heading = shadow(element).querySelector('.heading')!;
      expect(heading.textContent.trim()).to.equal('Built with Python');
      expect(heading.tagName).to.equal('H3');
      expect(deepQueryAll(element, '[role="heading"]'), 'real headings, no ARIA stand-ins').to.deep.equal([]);
      const levels = deepQueryAll(element, '.name').map((name) => name.tagName);
      expect(new Set(levels)).to.deep.equal(new Set(['H4']));
      element.headingLevel = 6;
      await settled(element);
      expect(deepQueryAll(element, '.name')[0]!.tagName, 'never deeper than 6').to.equal('H6');
    });

    it('promo moves the banner to the top, the bottom, or removes it', async () => {
      const element = await showcase(html`<python-showcase promo="top"></python-showcase>`);
      const order = () => {
        const root = shadow(element).querySelector('.root')!;
        return [...root.children].map(
          (child) => child.localName + (child.className ? `.${child.className.split(' ')[0]}` : ''),
        );
      };
      expect(order().indexOf('python-course-promo.promo-top')).to.be.lessThan(order().indexOf('ul.apps'));
      element.promo = 'bottom';
      await settled(element);
      expect(order().indexOf('python-course-promo.promo-bottom')).to.be.greaterThan(order().indexOf('ul.apps'));
      element.promo = 'none';
      await settled(element);
      expect(deepText(element)).not.to.include('Python for Data Science Bootcamp');
    });

    it('takeaways shows the key takeaways, whatever its value', async () => {
      const element = await showcase(html`<python-showcase takeaways="false"></python-showcase>`);
      const text = deepText(element);
      expect(text).to.include('Key takeaways');
      expect(deepQueryAll(element, '.takeaways li')).to.have.length(5);
      element.takeaways = false;
      await settled(element);
      expect(deepText(element)).not.to.include('Key takeaways');
    });

    it('formats figures for the page language, and in English for an invalid language tag', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div lang="de"><python-showcase apps="dropbox"></python-showcase></div>`,
      );
      const element = page.querySelector('python-showcase')!;
      await settled(element);
      const value = () => deepQueryAll(element, '.value')[0]!.textContent.trim();
      expect(value()).to.match(/^700\sMio\.\+$/);
      page.lang = 'not a language!';
      element.requestUpdate();
      await settled(element);
      deepQueryAll<PythonShowcase>(element, 'python-app-card').forEach((card) => card.requestUpdate());
      await settled(element);
      expect(value()).to.equal('700M+');
    });

    it('rounds figures down so they never overstate', async () => {
      const element = await showcase(html`<python-showcase></python-showcase>`);
      element.content = {
        apps: [{ id: 'x', name: 'X', summary: 'Y', stat: { value: 2_499_000_000, label: 'users' } }],
      };
      await settled(element);
      expect(deepQueryAll(element, '.value')[0]!.textContent.trim()).to.equal('2.4B');
    });
  });

  describe('the content property', () => {
    it('replaces what the cards and promo say, field by field over the default', async () => {
      const element = await showcase(html`<python-showcase></python-showcase>`);
      element.content = {
        heading: 'Python in production',
        apps: [
          {
            id: 'reddit',
            name: 'Reddit',
            summary: 'Rewritten in Python early on.',
            stat: { value: 73_000_000, label: 'daily users', over: true },
            url: 'https://www.reddit.com/',
          },
        ],
      };
      await settled(element);
      const text = deepText(element);
      expect(text).to.include('Python in production');
      expect(cardNames(element)).to.deep.equal(['Reddit']);
      expect(text).to.include('73M+');
      expect(text, 'the promo was left out, so it is the default').to.include('Python for Data Science Bootcamp');
      const monogram = deepQueryAll(element, '.mark.monogram')[0]!;
      expect(monogram.textContent.trim(), 'an app without a brand mark gets a monogram').to.equal('R');

      element.content = { promo: null };
      await settled(element);
      expect(deepText(element)).not.to.include('Python for Data Science Bootcamp');
      expect(cardNames(element)).to.deep.equal(Object.keys(DEFAULT_FIGURES));
    });

    it('draws a monogram whose letter meets AA contrast on its colour', async () => {
      const element = await showcase(html`<python-showcase></python-showcase>`);
      element.content = {
        apps: [
          { id: 'light', name: 'Light', summary: 'On yellow.', color: '#FFD43B' },
          { id: 'dark', name: 'Dark', summary: 'On navy.', color: '#1f2a44' },
        ],
      };
      await settled(element);
      const [onYellow, onNavy] = deepQueryAll(element, '.mark.monogram text').map((letter) => getComputedStyle(letter).fill);
      expect(onYellow).to.equal('rgb(0, 0, 0)');
      expect(onNavy).to.equal('rgb(255, 255, 255)');
      await expect(element).to.be.accessible();
    });

    it('fires showcase-error and keeps the default when the property is not an object', async () => {
      const element = await showcase(html`<python-showcase></python-showcase>`);
      const originalWarn = console.warn;
      console.warn = () => {};
      try {
        setTimeout(() => (element.content = 'not content' as never));
        const { detail } = await oneEvent<CustomEvent<ShowcaseErrorDetail>>(element, 'showcase-error');
        expect(detail).to.deep.equal({ reason: 'parse', source: 'property' });
      } finally {
        console.warn = originalWarn;
      }
      await settled(element);
      expect(cardNames(element)).to.deep.equal(Object.keys(DEFAULT_FIGURES));
    });
  });

  describe('accessibility', () => {
    for (const layout of ['grid', 'list', 'carousel'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`passes axe in the ${layout} layout, ${theme} theme, with takeaways`, async () => {
          const element = await showcase(
            html`<python-showcase
              layout=${layout}
              theme=${theme}
              takeaways
              promo="top"
              style="width: 900px"
            ></python-showcase>`,
          );
          await expect(element).to.be.accessible();
        });
      }
    }

    it('passes axe in a 280 px sidebar', async () => {
      const element = await showcase(html`<python-showcase style="width: 280px"></python-showcase>`);
      await expect(element).to.be.accessible();
      const card = deepQueryAll(element, '.card')[0]!;
      expect(card.getBoundingClientRect().right, 'nothing overflows the sidebar').to.be.at.most(
        element.getBoundingClientRect().right,
      );
    });

    it('Tab reaches every card link and then the promo links in reading order, with a visible focus ring', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">before</button><python-showcase></python-showcase><button id="after">after</button>
        </div>`,
      );
      await settled(page);
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      const reached: string[] = [];
      for (let step = 0; step < 8; step++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement()!;
        reached.push(active.textContent.replace(/\s+/g, ' ').trim());
        if (active.localName === 'a') {
          const outline = getComputedStyle(active);
          expect(outline.outlineStyle, `${reached.at(-1)} shows a focus ring`).to.equal('solid');
          expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);
        }
      }
      expect(reached).to.deep.equal([
        'Visit Instagram (opens in a new tab) →',
        'Visit Google (opens in a new tab) →',
        'Visit Spotify (opens in a new tab) →',
        'Visit Netflix (opens in a new tab) →',
        'Visit Dropbox (opens in a new tab) →',
        'Explore the bootcamp (opens in a new tab)',
        'Data Science Certificate (opens in a new tab)',
        'after',
      ]);
    });
  });

  describe('its promo', () => {
    it('gets every attribute of the promo table that the showcase takes, set on the showcase', async () => {
      const values: Record<string, string> = {
        dismissible: '',
        storage: 'none',
        variant: 'b',
        'preview-at': '2026-06-01T12:00:00Z',
      };
      const promoAttributes = Object.keys(PROMO_ATTRIBUTES);
      expect(Object.keys(values).sort(), 'a value for each promo attribute').to.deep.equal([...promoAttributes].sort());
      const element = await showcase(html`<python-showcase></python-showcase>`);
      for (const [name, value] of Object.entries(values)) element.setAttribute(name, value);
      await element.updateComplete;
      const promo = shadow(element).querySelector('python-course-promo')! as unknown as Record<string, unknown>;
      for (const attribute of promoAttributes) {
        const property = propertyName(attribute);
        const expected = attribute === 'dismissible' ? true : values[attribute];
        expect(promo[property], attribute).to.equal(expected);
      }
    });
  });
});
