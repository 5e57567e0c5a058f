import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { deepQueryAll, deepText } from './helpers/dom.js';
import {
  closePages,
  openPage,
  renderedCardNames,
  renderedWidget,
  waitFor,
  widgetWarnings,
  type FramePage,
} from './helpers/frames.js';

/**
 * Mount points (`<div data-python-showcase data-…>`), the form of the widget that sanitizing editors keep, filled
 * by the built drop-in script on plain pages: options, bad values, late insertion and repeated scans.
 */
const SCRIPT = '/dist/python-showcase.js';
const FALLBACK_LINK = '<a href="https://www.nobledesktop.com/">Apps you use every day are built with Python</a>';

const showcaseIn = (page: FramePage, selector = '[data-python-showcase]') =>
  page.document.querySelector(selector)!.querySelector<HTMLElement & { hasUpdated?: boolean }>('python-showcase');

describe('mount points (<div data-python-showcase>)', () => {
  afterEach(closePages);

  it('carry every attribute custom-elements.json lists for <python-showcase> as its data- twin', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: Array<{
        declarations?: Array<{ tagName?: string; attributes: Array<{ name: string; type: { text: string } }> }>;
      }>;
    };
    const attributes = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'python-showcase')!.attributes;
    expect(attributes.length, 'the manifest lists the attributes').to.be.at.least(15);
    // A value each: a choice's last, a level, a flag bare, text; the element must carry each one over.
    const value = ({ name, type }: { name: string; type: { text: string } }) =>
      type.text
        .match(/'[^']*'/g)
        ?.at(-1)!
        .slice(1, -1) ??
      (type.text === 'boolean'
        ? ''
        : type.text.startsWith('number')
          ? '4'
          : name === 'apps'
            ? 'spotify'
            : `${name}-value`);
    const twins = attributes.map((attribute) => `data-${attribute.name}="${value(attribute)}"`).join(' ');
    const page = await openPage(
      `<div data-python-showcase ${twins}>${FALLBACK_LINK}</div><script src="${SCRIPT}"></script>`,
    );
    await waitFor(() => showcaseIn(page)?.hasUpdated, 'the widget');
    const showcase = showcaseIn(page)!;
    for (const attribute of attributes) {
      expect(showcase.getAttribute(attribute.name), attribute.name).to.equal(value(attribute));
    }
  });

  it('take every attribute as its data- twin, keep their div, and move the fallback inside', async () => {
    const page = await openPage(
      `<div data-python-showcase id="partner-box" class="sidebar-widget" data-apps="spotify, NETFLIX" data-layout="list"
        data-theme="dark" data-heading="Built with Python" data-heading-level="3" data-promo="top" data-takeaways
        data-partner="acme" data-campaign="spring" data-dismissible>${FALLBACK_LINK}</div>
       <script src="${SCRIPT}"></script>`,
    );
    expect(await renderedWidget(page.document)).to.deep.equal(['Spotify', 'Netflix']);
    const mount = page.document.querySelector('#partner-box')!;
    expect(mount.className, 'the div keeps its classes').to.equal('sidebar-widget');
    expect([...mount.children].map((child) => child.localName)).to.deep.equal(['python-showcase']);
    const showcase = showcaseIn(page)!;
    expect(showcase.querySelector(':scope > a')!.textContent, 'the fallback moved inside').to.include('Apps you use');
    const root = showcase.shadowRoot!;
    expect(root.querySelector('.root')!.classList.contains('list')).to.be.true;
    expect(root.querySelector('.root')!.classList.contains('dark')).to.be.true;
    expect(root.querySelector('.heading')!.tagName).to.equal('H3');
    expect(root.querySelector('.heading')!.textContent.trim()).to.equal('Built with Python');
    expect(root.querySelector('.takeaways'), 'data-takeaways, bare').to.exist;
    expect(root.querySelector('.header + python-course-promo'), 'data-promo="top"').to.exist;
    const promo = root.querySelector('python-course-promo')!.shadowRoot!;
    expect(promo.querySelector('button.close'), 'data-dismissible').to.exist;
    const cta = promo.querySelector<HTMLAnchorElement>('a.cta')!;
    expect(new URL(cta.href).searchParams.get('utm_source')).to.equal('acme');
    expect(new URL(cta.href).searchParams.get('utm_campaign')).to.equal('spring');
    expect(widgetWarnings(page.window)).to.deep.equal([]);
    expect(page.window.probe.errors).to.deep.equal([]);
  });

  it('the mount point of docs/embedding.md renders as pasted', async () => {
    const embedding = await (await fetch('/docs/embedding.md')).text();
    const section = embedding.slice(embedding.indexOf('## Where the editor strips scripts'));
    const snippet = /```html\n([\s\S]*?)```/.exec(section)![1]!;
    const page = await openPage(`${snippet}<script src="${SCRIPT}"></script>`);
    expect(await renderedWidget(page.document)).to.deep.equal(['Spotify', 'Netflix']);
    expect(widgetWarnings(page.window)).to.deep.equal([]);
  });

  it('read content from data-src', async () => {
    const page = await openPage(`<div data-python-showcase data-src="/tests/src/ok">${FALLBACK_LINK}</div>
      <script src="${SCRIPT}"></script>`);
    expect(await renderedWidget(page.document)).to.deep.equal(['Reddit']);
    expect(deepText(showcaseIn(page)!)).to.include('Loaded from src');
  });

  it('warn of bad values by the attribute the author wrote, and fall back to the defaults', async () => {
    const page = await openPage(`<div data-python-showcase data-layout="hexagon" data-heading-level="9"
      data-theme="neon" data-promo="sideways" data-apps="myspace">${FALLBACK_LINK}</div>
      <script src="${SCRIPT}"></script>`);
    expect(await renderedWidget(page.document)).to.have.length(5);
    const warnings = widgetWarnings(page.window).join('\n');
    expect(warnings).to.include('data-layout="hexagon"');
    expect(warnings).to.include('data-heading-level="9"');
    expect(warnings).to.include('data-theme="neon"');
    expect(warnings).to.include('data-promo="sideways"');
    expect(warnings).to.include('data-apps: "myspace" skipped');
    const root = showcaseIn(page)!.shadowRoot!;
    expect(root.querySelector('.root')!.classList.contains('grid')).to.be.true;
    expect(root.querySelector('.heading')!.tagName).to.equal('H2');
  });

  it('are upgraded when a page inserts them later, alone or inside other markup', async () => {
    const page = await openPage(`<main></main><script src="${SCRIPT}"></script>`);
    await waitFor(() => page.window.customElements.get('python-showcase'), 'the script');
    const main = page.document.querySelector('main')!;
    main.insertAdjacentHTML(
      'beforeend',
      `<div data-python-showcase data-apps="google" id="one">${FALLBACK_LINK}</div>`,
    );
    main.insertAdjacentHTML(
      'beforeend',
      `<article><section><div data-python-showcase data-apps="dropbox" id="two"></div></section></article>`,
    );
    await renderedWidget(page.document, '#one python-showcase');
    await renderedWidget(page.document, '#two python-showcase');
    expect(renderedCardNames(page.document, '#one python-showcase')).to.deep.equal(['Google']);
    expect(renderedCardNames(page.document, '#two python-showcase')).to.deep.equal(['Dropbox']);
  });

  it('are filled once, however often the page moves or scans them', async () => {
    const page = await openPage(`<div data-python-showcase data-apps="spotify">${FALLBACK_LINK}</div>
      <aside></aside><script src="${SCRIPT}"></script>`);
    await renderedWidget(page.document);
    const mount = page.document.querySelector('[data-python-showcase]')!;
    const first = mount.querySelector('python-showcase');
    for (let i = 0; i < 5; i++) {
      page.document.querySelector('aside')!.append(mount);
      page.document.body.prepend(mount);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // A copy of its markup, as a page builder's "duplicate block" makes: a mount point with a widget inside.
    page.document.body.insertAdjacentHTML('beforeend', mount.outerHTML.replace('data-apps="spotify"', 'id="copy"'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.document.querySelectorAll('python-showcase')).to.have.length(2);
    expect(mount.querySelectorAll('python-showcase')).to.have.length(1);
    expect(mount.querySelector('python-showcase')).to.equal(first);
    expect(deepQueryAll(first!, 'python-app-card')).to.have.length(1);
    expect(page.window.probe.errors).to.deep.equal([]);
  });

  it('show their fallback link, as an ordinary div, until the script arrives', async () => {
    const page = await openPage(`<div data-python-showcase>${FALLBACK_LINK}</div><p>Below.</p>`);
    const link = page.document.querySelector<HTMLAnchorElement>('[data-python-showcase] > a')!;
    expect(link.getBoundingClientRect().height, 'the link shows').to.be.greaterThan(0);
    expect(link.textContent).to.equal('Apps you use every day are built with Python');
    const script = page.document.createElement('script');
    script.src = SCRIPT;
    page.document.body.append(script);
    expect(await renderedWidget(page.document)).to.have.length(5);
  });
});
