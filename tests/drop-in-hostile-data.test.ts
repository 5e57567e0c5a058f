import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { closePages, openPage, waitFor, widgetWarnings, type FramePage } from './helpers/frames.js';

/**
 * Hostile data reaching the built drop-in script as a partner's page would hand it over: a card's `data` set by a
 * script, a promo memory record another script on the origin wrote, an icon name that is an Object.prototype
 * key, and a promo whose window cannot be. Each must leave the page working, run nothing, and say so once.
 */
const SCRIPT = '/dist/python-showcase.js';
const MEMORY = 'python-showcase:promos';
type Widget = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown; content?: unknown };

/** The `showcase-error` events the page saw, counted from the page's own listener. */
const errorsSeen = (page: FramePage) => (page.window as unknown as { seenErrors: string[] }).seenErrors;
const COUNT_ERRORS = `<script>
  window.seenErrors = [];
  document.addEventListener('showcase-error', (event) => seenErrors.push(event.detail.source + ':' + event.detail.reason));
</script>`;

async function defined(page: FramePage) {
  await waitFor(() => page.window.customElements.get('python-showcase'), 'the drop-in script to define the elements');
}

describe('the built drop-in script with hostile data', () => {
  afterEach(() => {
    localStorage.removeItem(MEMORY);
    closePages();
  });

  for (const [what, url] of [
    ['a javascript: link', 'javascript:alert(document.domain)'],
    ['a link that is not a URL', 'http://[not a url'],
  ]) {
    it(`<python-app-card>.data with ${what}: the card renders without that link, one warning, one showcase-error`, async () => {
      const page = await openPage(
        `${COUNT_ERRORS}<python-app-card></python-app-card><script src="${SCRIPT}"></script>`,
      );
      await defined(page);
      const card = page.document.querySelector<Widget>('python-app-card')!;
      card.data = { id: 'x', name: 'X app', summary: 'Summary.', url };
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('.name')?.textContent).to.equal('X app');
      const hrefs = [...card.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs, 'no link with that URL').to.deep.equal([]);
      expect(widgetWarnings(page.window)).to.have.length(1);
      expect(widgetWarnings(page.window)[0]).to.include('url');
      expect(errorsSeen(page)).to.deep.equal(['property:schema']);
      expect(page.window.probe.errors, 'nothing thrown into the page').to.deep.equal([]);
    });
  }

  // Before the fix the 200,000-view record failed only in Chromium and WebKit: `Math.max(...views)` passed every
  // view time as an argument, past those engines' limit (a RangeError). Firefox accepts about 500,000 spread
  // arguments, so in Firefox alone this case passed with the 1.1.0 build too.
  const records: Array<[what: string, record: string]> = [
    [
      '200,000 view times',
      `{"p": {"python-data-science-bootcamp": {"v": [${Array.from({ length: 200_000 }, (_, i) => i + 1).join()}]}}}`,
    ],
    ['a record that is not an object', '"python-showcase"'],
  ];
  for (const [what, record] of records) {
    it(`a promo memory record of ${what}: the promo renders and its close button closes it`, async () => {
      localStorage.setItem(MEMORY, record);
      const page = await openPage(
        `<python-showcase dismissible apps="spotify"></python-showcase><script src="${SCRIPT}"></script>`,
      );
      await defined(page);
      const showcase = page.document.querySelector<Widget>('python-showcase')!;
      await showcase.updateComplete;
      const promo = showcase.shadowRoot!.querySelector<Widget>('python-course-promo')!;
      expect(promo.shadowRoot!.querySelector('.title')?.textContent).to.equal('Python for Data Science Bootcamp');
      promo.shadowRoot!.querySelector<HTMLButtonElement>('.close')!.click();
      await promo.updateComplete;
      expect(promo.shadowRoot!.querySelector('.title'), 'closed').to.equal(null);
      expect(page.window.probe.errors, 'nothing thrown into the page').to.deep.equal([]);
      expect(JSON.parse(localStorage.getItem(MEMORY)!), 'written back well-formed').to.be.an('object');
    });
  }

  it('icon: "constructor" draws a monogram, not a function\'s source', async () => {
    const page = await openPage(`<python-app-card></python-app-card><script src="${SCRIPT}"></script>`);
    await defined(page);
    const card = page.document.querySelector<Widget>('python-app-card')!;
    card.data = { id: 'x', name: 'Xylo', summary: 'Summary.', icon: 'constructor', color: '#123456' };
    await card.updateComplete;
    const paths = [...card.shadowRoot!.querySelectorAll('.mark path')].map((path) => path.getAttribute('d'));
    expect(paths.join(), 'no path from Object.prototype').to.not.include('function');
    expect(card.shadowRoot!.querySelector('.mark text')?.textContent?.trim(), 'the monogram').to.equal('X');
  });

  it('a promo that ends before it starts: one warning and one showcase-error, however many elements read it', async () => {
    const content = JSON.stringify({
      promo: {
        id: 'impossible',
        title: 'Never',
        cta: { label: 'Go', href: 'https://example.com/' },
        startsAt: '2026-06-01T00:00:00Z',
        endsAt: '2026-05-01T00:00:00Z',
      },
    });
    const page = await openPage(
      `${COUNT_ERRORS}<python-showcase><script type="application/json">${content}</script></python-showcase>
       <script src="${SCRIPT}"></script>`,
    );
    await defined(page);
    await page.document.querySelector<Widget>('python-showcase')!.updateComplete;
    expect(widgetWarnings(page.window), widgetWarnings(page.window).join('\n')).to.have.length(1);
    expect(widgetWarnings(page.window)[0]).to.match(/endsAt/);
    expect(errorsSeen(page)).to.deep.equal(['inline:schema']);
  });
});
