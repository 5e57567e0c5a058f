import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { closePages, openPage, renderedWidget, waitFor, widgetWarnings } from './helpers/frames.js';

/** The built file partners paste, as `npm run build` wrote it. */
const SCRIPT = '/dist/python-showcase.js';
const ALL_APPS = ['Instagram', 'Google', 'Spotify', 'Netflix', 'Dropbox'];
const FALLBACK =
  '<python-showcase><a href="https://www.nobledesktop.com/">Apps you use every day are built with Python</a></python-showcase>';

async function expectRendersCleanly(body: string) {
  const page = await openPage(body);
  const names = await renderedWidget(page.document);
  expect(names).to.deep.equal(ALL_APPS);
  expect(page.window.probe.errors, 'uncaught errors').to.deep.equal([]);
  expect(page.window.probe.consoleErrors, 'console errors').to.deep.equal([]);
  return page;
}

describe('dist/python-showcase.js, the drop-in script', () => {
  afterEach(closePages);

  it('renders the default widget from a classic script tag, making no other request', async () => {
    const page = await expectRendersCleanly(`${FALLBACK}<script src="${SCRIPT}"></script>`);
    const requests = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requests).to.deep.equal([SCRIPT]);
    const text = page.document.querySelector('python-showcase')!.shadowRoot!.textContent;
    expect(text).to.include('Apps you use every day are built with Python');
    const promo = page.document.querySelector('python-showcase')!.shadowRoot!.querySelector('python-course-promo')!;
    expect(promo.shadowRoot!.textContent).to.include('Python for Data Science Bootcamp');
  });

  it('works with defer, before the tag', () =>
    expectRendersCleanly(`<script src="${SCRIPT}" defer></script>${FALLBACK}`));
  it('works with async, before the tag', () =>
    expectRendersCleanly(`<script src="${SCRIPT}" async></script>${FALLBACK}`));
  it('works as type="module"', () =>
    expectRendersCleanly(`<script src="${SCRIPT}" type="module"></script>${FALLBACK}`));
  it('works in the head, before the tag exists', () =>
    expectRendersCleanly(`<script src="${SCRIPT}"></script>${FALLBACK}`));

  it('upgrades elements a script inserts later', async () => {
    const page = await openPage(`<script src="${SCRIPT}"></script>`);
    await waitFor(() => page.window.customElements.get('python-showcase'), 'the element to be defined');
    page.document.body.insertAdjacentHTML('beforeend', '<python-showcase apps="spotify"></python-showcase>');
    expect(await renderedWidget(page.document)).to.deep.equal(['Spotify']);
  });

  it('renders each element alone', async () => {
    const page = await openPage(
      `<python-app-card app="netflix"></python-app-card><python-course-promo></python-course-promo><script src="${SCRIPT}"></script>`,
    );
    const card = await waitFor(
      () => page.document.querySelector('python-app-card')!.shadowRoot?.querySelector('.name'),
      'the card',
    );
    expect(card.textContent.trim()).to.equal('Netflix');
    const promo = await waitFor(
      () => page.document.querySelector('python-course-promo')!.shadowRoot?.querySelector('.cta'),
      'the promo',
    );
    expect(promo.textContent).to.include('Explore the bootcamp');
  });

  it('a second copy returns before doing anything: no error, no warning, nothing defined twice', async () => {
    const page = await expectRendersCleanly(
      `${FALLBACK}<script src="${SCRIPT}"></script><script src="${SCRIPT}"></script>`,
    );
    const first = page.window.customElements.get('python-showcase') as unknown as { version: string };
    expect(first.version).to.match(/^\d+\.\d+\.\d+/);
    expect(widgetWarnings(page.window)).to.deep.equal([]);
    expect(
      page.document.querySelector('python-showcase')!.shadowRoot!.querySelectorAll('python-app-card'),
    ).to.have.length(5);
  });

  it('a copy of another version warns once, naming both versions', async () => {
    const source = await (await fetch(SCRIPT)).text();
    const version = /var v="([^"]+)"/.exec(source)![1]!;
    const other = URL.createObjectURL(
      new Blob([source.replace(`var v="${version}"`, 'var v="9.9.9"')], { type: 'text/javascript' }),
    );
    const page = await expectRendersCleanly(
      `${FALLBACK}<script src="${SCRIPT}"></script><script src="${other}"></script>`,
    );
    const warnings = widgetWarnings(page.window);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('9.9.9').and.to.include(version);
    URL.revokeObjectURL(other);
  });

  it('reports the package version on the element class', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    const page = await openPage(`<script src="${SCRIPT}"></script>`);
    const showcase = await waitFor(() => page.window.customElements.get('python-showcase'), 'the element');
    expect((showcase as unknown as { version: string }).version).to.equal(pkg.version);
  });
});
