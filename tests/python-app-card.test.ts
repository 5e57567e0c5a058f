import './helpers/lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { defaultContent } from '../src/index.js';
import type { PythonAppCard, ShowcaseApp, ShowcaseClickDetail, ShowcaseErrorDetail } from '../src/index.js';
import { capturingWarnings } from './helpers/console.js';
import { deepText } from './helpers/dom.js';

async function card(template: ReturnType<typeof html>): Promise<PythonAppCard> {
  const element = await fixture<PythonAppCard>(template);
  await element.updateComplete;
  return element;
}

describe('<python-app-card>', () => {
  describe('alone on a page', () => {
    it('renders its app from the default content: mark, name, figure, summary, chips and link', async () => {
      const element = await card(html`<python-app-card app="spotify"></python-app-card>`);
      const root = element.shadowRoot!;
      expect(root.querySelector('.name')!.textContent.trim()).to.equal('Spotify');
      expect(root.querySelector('.value')!.textContent.trim()).to.equal('500M+');
      expect(root.querySelector('.label')!.textContent.trim()).to.equal('users (2026)');
      expect(root.querySelector('.name')!.tagName, 'a real heading, one level below the page default').to.equal('H3');
      expect(root.querySelector('svg.mark path')!.getAttribute('d')).to.have.length.greaterThan(50);
      expect([...root.querySelectorAll('.uses li')].map((li) => li.textContent.trim())).to.include('Recommendations');
      const link = root.querySelector<HTMLAnchorElement>('a.link')!;
      expect(link.href).to.equal('https://www.spotify.com/');
      expect(link.textContent).to.include('Visit Spotify');
    });

    it('renders nothing, with a warning, for an unknown app', async () => {
      const warnings: string[] = [];
      const originalWarn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const element = await card(html`<python-app-card app="myspace"></python-app-card>`);
        expect(deepText(element)).to.equal('');
      } finally {
        console.warn = originalWarn;
      }
      expect(warnings.join()).to.include('[python-showcase]').and.include('myspace');
    });

    it('re-renders when app changes', async () => {
      const element = await card(html`<python-app-card app="google"></python-app-card>`);
      element.app = 'netflix';
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.name')!.textContent.trim()).to.equal('Netflix');
    });

    it('adds the partner attribution to its link and reports the click', async () => {
      const element = await card(
        html`<python-app-card app="dropbox" partner="acme" campaign="spring"></python-app-card>`,
      );
      const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('a.link')!;
      const url = new URL(link.href);
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        utm_source: 'acme',
        utm_medium: 'embed',
        utm_campaign: 'spring',
        utm_content: 'dropbox',
      });
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      setTimeout(() => link.click());
      const { detail } = await oneEvent<CustomEvent<ShowcaseClickDetail>>(element, 'showcase-click');
      expect(detail).to.deep.equal({ kind: 'app', id: 'dropbox', href: link.href });
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe in the ${theme} theme`, async () => {
        const element = await card(html`<python-app-card app="instagram" theme=${theme}></python-app-card>`);
        await expect(element).to.be.accessible();
      });
    }

    it('lays a wide card out with its figure beside the text', async () => {
      const element = await card(html`<python-app-card app="google" style="width: 700px"></python-app-card>`);
      const root = element.shadowRoot!;
      const lead = root.querySelector('.lead')!.getBoundingClientRect();
      const body = root.querySelector('.body')!.getBoundingClientRect();
      expect(body.left).to.be.greaterThan(lead.right - 1);
    });
  });

  describe('with data set on it', () => {
    /** A card given `data` (as a script on the page would), with the warnings and showcase-error events it gave. */
    async function cardWithData(data: unknown, attributes: Record<string, string> = {}) {
      const errors: ShowcaseErrorDetail[] = [];
      const { result: element, warnings } = await capturingWarnings(async () => {
        const created = document.createElement('python-app-card');
        for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
        created.addEventListener('showcase-error', (event) => errors.push(event.detail));
        created.data = data as ShowcaseApp;
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(created);
        await created.updateComplete;
        return created;
      });
      return { element, warnings, errors };
    }

    it('drops a javascript: link, keeps the card, and warns once with one showcase-error', async () => {
      const { element, warnings, errors } = await cardWithData(
        { id: 'x', name: 'X', summary: 's', url: 'javascript:alert(document.domain)' },
        { datalayer: '' },
      );
      const root = element.shadowRoot!;
      expect(root.querySelector('.name')!.textContent.trim()).to.equal('X');
      expect(root.querySelector('a')?.getAttribute('href'), 'no link at all').to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('[python-showcase]').and.include('url');
      expect(errors).to.deep.equal([{ reason: 'schema', source: 'property' }]);
    });

    it('drops a url that is not a URL, with a partner set, and still renders', async () => {
      const { element, warnings } = await cardWithData(
        { id: 'x', name: 'X', summary: 's', url: 'not a url' },
        { partner: 'acme' },
      );
      expect(element.shadowRoot!.querySelector('.name')!.textContent.trim()).to.equal('X');
      expect(element.shadowRoot!.querySelector('a')?.getAttribute('href')).to.equal(undefined);
      expect(warnings).to.have.length(1);
    });

    it('reads a valid promo handed over as data as an app: it renders nothing, warns once, one showcase-error', async () => {
      // The default promo was validated as a promo, not as an app: it must not pass for one.
      const { element, warnings, errors } = await cardWithData(defaultContent.promo);
      expect(deepText(element)).to.equal('');
      expect(warnings).to.have.length(1);
      expect(errors).to.deep.equal([{ reason: 'schema', source: 'property' }]);
    });

    it('renders nothing for an app without its required fields, with one warning and one showcase-error', async () => {
      const { element, warnings, errors } = await cardWithData({ id: 'x', summary: 's', url: 'https://example.com/' });
      expect(deepText(element)).to.equal('');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('name');
      expect(errors).to.deep.equal([{ reason: 'schema', source: 'property' }]);
    });

    for (const icon of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      it(`draws a monogram for icon "${icon}", a name only Object.prototype has`, async () => {
        const { element } = await cardWithData({ id: 'x', name: 'Xavier', summary: 's', icon });
        const mark = element.shadowRoot!.querySelector('svg.mark')!;
        expect(mark.querySelector('path')?.getAttribute('d'), 'no brand path').to.equal(undefined);
        expect(mark.classList.contains('monogram')).to.be.true;
        expect(mark.textContent.trim()).to.equal('X');
      });
    }

    it('shows valid data as it is, with no warning', async () => {
      const { element, warnings, errors } = await cardWithData({
        id: 'x',
        name: 'X',
        summary: 'Summary.',
        url: 'mailto:team@example.com',
      });
      expect(element.shadowRoot!.querySelector<HTMLAnchorElement>('a.link')!.href).to.equal('mailto:team@example.com');
      expect(warnings).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });
  });
});
