import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { closePages, openPage, waitFor, widgetWarnings, type FramePage } from './helpers/frames.js';

/** The built file partners paste, as `npm run build` wrote it. */
const SCRIPT = '/dist/python-showcase.js';

/** The text of a docs page, as the test server serves this checkout. */
const docsPage = async (path: string) => (await fetch(path)).text();
/** The A/B promo of docs/promo.md's "An A/B test of the copy", as a reader copies it. */
const AB_PROMO = JSON.parse(
  /```json\n([\s\S]*?)```/.exec((await docsPage('/docs/promo.md')).split('## An A/B test of the copy')[1] ?? '')?.[1] ??
    'null',
) as { id: string; title: string; variants: Array<{ id: string; title?: string }> };
const TITLE_B = AB_PROMO.variants[1]!.title!;
/** The widget the measuring guide's examples come from, as the guide shows it. */
const MEASURING_GUIDE = await docsPage('/docs/guides/measuring.md');
const EXAMPLE_WIDGET =
  /<!-- measuring:example-widget:start -->\s*```html\n(<python-showcase [^>]*><\/python-showcase>)/.exec(
    MEASURING_GUIDE,
  )?.[1] ?? '';
const CONTENT = JSON.stringify({ promo: AB_PROMO });

type Params = Record<string, unknown>;
type ToolWindow = FramePage['window'] & { dataLayer?: unknown[]; _paq?: unknown[][] };

/** The GA4 parameters of each event, by GA4's names, as the widget above should send them. */
const attribution = { partner: 'acme', campaign: 'spring' };
const promotion = {
  promotion_id: 'bootcamp-ab',
  promotion_name: TITLE_B,
  creative_name: 'b',
  creative_slot: 'top',
};
const promoItems = [{ item_id: 'bootcamp-ab', item_name: TITLE_B }];
const spotify = { item_id: 'spotify', item_name: 'Spotify', index: 0 };
const netflix = { item_id: 'netflix', item_name: 'Netflix', index: 1 };
const list = { item_list_id: 'python-showcase' };
const GA4_EVENTS: Array<[string, Params]> = [
  ['view_promotion', { ...promotion, items: promoItems, ...attribution }],
  ['view_item_list', { ...list, items: [spotify], ...attribution }],
  ['view_item_list', { ...list, items: [netflix], ...attribution }],
  ['select_promotion', { ...promotion, items: promoItems, ...attribution }],
  ['select_item', { ...list, items: [netflix], ...attribution }],
];
/** The same, flattened, as Plausible, Umami and Matomo get them. */
const FLAT_EVENTS: Array<[string, Params]> = [
  ['view_promotion', { ...promotion, ...attribution }],
  ['view_item_list', { ...list, ...spotify, ...attribution }],
  ['view_item_list', { ...list, ...netflix, ...attribution }],
  ['select_promotion', { ...promotion, ...attribution }],
  ['select_item', { ...list, ...netflix, ...attribution }],
];

/** Values from the page's realm as plain JSON, in a stable order (impressions arrive in any order). */
const plain = <T>(values: T[]): T[] =>
  (JSON.parse(JSON.stringify(values)) as T[]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/**
 * Opens a page with `head` (the tool as the site loads it) and the widget with `analytics`, waits for the
 * promo's and both cards' impressions, then follows the promo's call to action and Netflix's card link.
 */
async function measuredPage(head: string, analytics: string): Promise<ToolWindow> {
  expect(EXAMPLE_WIDGET, 'the measuring guide shows its example widget').to.include('analytics="');
  const markup = EXAMPLE_WIDGET.replace(/ analytics="[^"]*"/, ` analytics="${analytics}"`).replace(
    '></python-showcase>',
    `><script type="application/json">${CONTENT}</script></python-showcase>`,
  );
  const page = await openPage(`${head}${markup}<script src="${SCRIPT}"></script>`);
  const seen: string[] = [];
  page.document.addEventListener('showcase-impression', (event) => seen.push(event.detail.id));
  // Links open a new tab: stay on the page.
  page.document.addEventListener('click', (event) => event.preventDefault());
  await waitFor(() => seen.length >= 3, 'the promo and both cards seen', 5000);
  const widget = page.document.querySelector('python-showcase')!.shadowRoot!;
  widget.querySelector('python-course-promo')!.shadowRoot!.querySelector<HTMLElement>('.cta')!.click();
  widget.querySelectorAll('python-app-card')[1]!.shadowRoot!.querySelector<HTMLElement>('a')!.click();
  return page.window;
}

/** What the run's tracker sent to its endpoint on the test server, once `count` requests are in. */
async function collected<T>(run: string, tool: string, count: number, pick: (body: T) => boolean): Promise<T[]> {
  let bodies: T[] = [];
  const deadline = performance.now() + 5000;
  while (performance.now() < deadline) {
    bodies = ((await (await fetch(`/tests/collect/${run}/${tool}`)).json()) as T[]).filter(pick);
    if (bodies.length >= count) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return bodies;
}

/** The JSON example docs/guides/measuring.md shows between <!-- measuring:NAME:start --> and its end. */
function guideExample(name: string): unknown {
  const block = new RegExp(`<!-- measuring:${name}:start -->\\s*\`\`\`json\\n([\\s\\S]*?)\`\`\``).exec(
    MEASURING_GUIDE,
  )?.[1];
  expect(block, `the guide's ${name} block`).to.be.a('string');
  return JSON.parse(block!);
}

describe('analytics in the host page’s own tools (dist/python-showcase.js)', () => {
  afterEach(closePages);

  it('gtag as Google’s snippet defines it: GA4’s promotion and item list events, with the variant', async function () {
    this.timeout(15000);
    const window = await measuredPage(
      '<script>window.dataLayer = []; function gtag(){dataLayer.push(arguments);}</script>',
      'ga4',
    );
    await waitFor(() => window.dataLayer!.length >= 5, 'five gtag calls');
    expect(plain(window.dataLayer!.map((args) => Array.from(args as ArrayLike<unknown>)))).to.deep.equal(
      plain(GA4_EVENTS.map(([name, params]) => ['event', name, params])),
    );
    // The guide's example is the promo's impression as gtag got it.
    const calls = window.dataLayer!.map((args) => Array.from(args as ArrayLike<unknown>));
    const impression = calls.find((call) => call[1] === 'view_promotion');
    expect(guideExample('gtag-call')).to.deep.equal(JSON.parse(JSON.stringify(impression)));
    expect(window.probe.errors).to.deep.equal([]);
  });

  it('without gtag, analytics="ga4": { ecommerce: null } then { event, ecommerce } in dataLayer', async function () {
    this.timeout(15000);
    const window = await measuredPage('', 'ga4');
    await waitFor(() => (window.dataLayer?.length ?? 0) >= 10, 'ten dataLayer pushes');
    const pushes = plain(window.dataLayer!);
    // Each event is cleared first, as Google's GA4 ecommerce guide for Tag Manager does.
    const inOrder = JSON.parse(JSON.stringify(window.dataLayer)) as Params[];
    expect(inOrder.filter((_, i) => i % 2 === 0)).to.deep.equal(Array(5).fill({ ecommerce: null }));
    expect(inOrder.filter((_, i) => i % 2 === 1).every((push) => 'event' in push && 'ecommerce' in push)).to.equal(
      true,
    );
    expect(pushes.filter((push) => 'event' in (push as Params))).to.deep.equal(
      plain(GA4_EVENTS.map(([event, ecommerce]) => ({ event, ecommerce }))),
    );
    const promoted = inOrder.findIndex((push) => push.event === 'view_promotion');
    expect(guideExample('datalayer-pushes')).to.deep.equal(inOrder.slice(promoted - 1, promoted + 1));
  });

  it('Plausible’s own tracker (npm, 0.4.6): the events and props its server receives', async function () {
    this.timeout(15000);
    const run = `plausible-${Math.random().toString(36).slice(2)}`;
    await measuredPage(
      // Plausible skips browsers driven by WebDriver unless window.__plausible is set, which its own tests do.
      `<script type="module">
        import { init } from '/node_modules/@plausible-analytics/tracker/plausible.js';
        window.__plausible = true;
        init({ domain: 'partner.example', endpoint: '/tests/collect/${run}/plausible', autoCapturePageviews: false, captureOnLocalhost: true });
      </script>`,
      'plausible',
    );
    const bodies = await collected<{ n: string; d: string; p: Params }>(run, 'plausible', 5, () => true);
    expect(bodies.every((body) => body.d === 'partner.example')).to.equal(true);
    expect(plain(bodies.map((body) => [body.n, body.p]))).to.deep.equal(plain(FLAT_EVENTS));
    // The example docs/guides/measuring.md shows is what Plausible's server received here.
    expect(guideExample('plausible-props')).to.deep.equal(bodies.find((body) => body.n === 'view_promotion')?.p);
  });

  it('Umami’s own tracker (from the umami 2.10.0 package): the events and data its server receives', async function () {
    this.timeout(15000);
    const run = `umami-${Math.random().toString(36).slice(2)}`;
    await measuredPage(
      `<script defer src="/tests/fixtures/umami-tracker-2.10.0.js" data-website-id="site-1"
        data-host-url="/tests/collect/${run}/umami"></script>`,
      'umami',
    );
    // Its page view has no name; the widget's events have.
    type Sent = { type: string; payload: { website: string; name?: string; data?: Params } };
    const bodies = await collected<Sent>(run, 'umami', 5, (body) => Boolean(body.payload.name));
    expect(bodies.every((body) => body.type === 'event' && body.payload.website === 'site-1')).to.equal(true);
    expect(plain(bodies.map(({ payload }) => [payload.name, payload.data]))).to.deep.equal(plain(FLAT_EVENTS));
    const click = bodies.find(({ payload }) => payload.name === 'select_item')!.payload;
    expect(guideExample('umami-event')).to.deep.equal({ name: click.name, data: click.data });
  });

  it('Matomo’s queue as its snippet defines it: trackEvent with the category, the event and the id', async function () {
    this.timeout(15000);
    const window = await measuredPage('<script>var _paq = window._paq = window._paq || [];</script>', 'matomo');
    await waitFor(() => window._paq!.length >= 5, 'five Matomo commands');
    expect(plain(window._paq!)).to.deep.equal(
      plain(
        FLAT_EVENTS.map(([name, params]) => [
          'trackEvent',
          'python-showcase',
          name,
          params.item_id ?? params.promotion_id,
        ]),
      ),
    );
    const click = window._paq!.find((command) => command[2] === 'select_item');
    expect(guideExample('matomo-command')).to.deep.equal(JSON.parse(JSON.stringify(click)));
  });

  it('analytics="auto" with no tool on the page: nothing sent, nothing thrown, no warning', async function () {
    this.timeout(15000);
    const window = await measuredPage('', 'auto');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(window.dataLayer, 'no dataLayer made').to.equal(undefined);
    expect(window.probe.errors).to.deep.equal([]);
    expect(widgetWarnings(window)).to.deep.equal([]);
  });

  it('a tool that throws: one warning, the widget works, the other tools still get every event', async function () {
    this.timeout(15000);
    const clicks: string[] = [];
    const window = await measuredPage(
      `<script>
        function gtag() { throw new Error('gtag is broken'); }
        var calls = [];
        function plausible(name, options) { calls.push([name, options.props]); }
      </script>`,
      'auto',
    );
    window.document.addEventListener('showcase-click', (event) => clicks.push(event.detail.id));
    window.document
      .querySelector('python-showcase')!
      .shadowRoot!.querySelector('python-app-card')!
      .shadowRoot!.querySelector<HTMLElement>('a')!
      .click();
    expect(clicks, 'the widget’s own event').to.deep.equal(['spotify']);
    const calls = (window as unknown as { calls: Array<[string, Params]> }).calls;
    expect(plain(calls)).to.deep.equal(
      plain([...FLAT_EVENTS, ['select_item', { ...list, ...spotify, ...attribution }] as [string, Params]]),
    );
    expect(widgetWarnings(window)).to.deep.equal(['[python-showcase] analytics: ga4 threw (Error: gtag is broken)']);
    expect(window.probe.errors).to.deep.equal([]);
  });
});
