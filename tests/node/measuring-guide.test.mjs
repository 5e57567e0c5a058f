// @ts-check
// docs/guides/measuring.md's A/B comparison, as a visitor and Plausible see it: the A/B promo of docs/promo.md,
// shown by the built drop-in in Chromium with Plausible's own tracker (npm) on the page, once in each variant.
// The test takes the guide's screenshot of each variant, follows its call to action, and reads back what the
// tracker sent to a collection endpoint on loopback: the guide's example of those events must be exactly that, and
// each screenshot's description must name the title and button it shows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../../scripts/system-browsers.mjs';
import { keepScreenshotIn } from './helpers.mjs';

const GUIDE = 'docs/guides/measuring.md';
/** The screenshots the guide shows: each run's in dist/, the committed ones beside the guide. */
const SCREENSHOT_FOLDERS = {
  taken: 'dist/measuring-screenshots',
  committed: 'docs/guides/images',
  writer: 'npm run docs:measuring',
};
const VARIANTS = ['a', 'b'];

/** The promo of docs/promo.md's "An A/B test of the copy", as a reader copies it. */
function abPromo() {
  const section = readFileSync('docs/promo.md', 'utf8').split('## An A/B test of the copy')[1] ?? '';
  const block = /```json\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, 'docs/promo.md has the A/B example');
  return JSON.parse(block);
}

/** The widget the guide's examples come from, as the guide shows it. */
function exampleWidget() {
  const tag =
    /<!-- measuring:example-widget:start -->\s*```html\n(<python-showcase [^>]*><\/python-showcase>)\n```/.exec(
      readFileSync(GUIDE, 'utf8'),
    )?.[1];
  assert.ok(tag, `${GUIDE} shows the example widget`);
  return tag;
}

/** The files the page loads, from this checkout: the built drop-in and Plausible's tracker as npm installs it. */
const FILES = {
  '/python-showcase.js': 'dist/python-showcase.js',
  '/plausible.js': 'node_modules/@plausible-analytics/tracker/plausible.js',
};

/**
 * A partner's page: Plausible's tracker, set up as its README shows (sending to `/collect/<variant>`), and the
 * guide's example widget with `analytics="plausible"`, in `variant`, with the A/B promo as its content.
 * @param {string} variant
 */
function partnerPage(variant) {
  const widget = exampleWidget()
    .replace(/ analytics="[^"]*"/, ' analytics="plausible"')
    .replace(/ variant="[^"]*"/, ` variant="${variant}"`)
    .replace(
      '></python-showcase>',
      `><script type="application/json">${JSON.stringify({ promo: abPromo() })}</script></python-showcase>`,
    );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Variant ${variant}</title>
<script type="module">
  import { init } from '/plausible.js';
  // Plausible skips browsers driven by automation unless this is set, as its own tests do.
  window.__plausible = true;
  init({ domain: 'partner.example', endpoint: '/collect/${variant}', autoCapturePageviews: false, captureOnLocalhost: true });
</script></head>
<body style="margin: 0; padding: 16px; font-family: sans-serif; background: #fff">
${widget}
<script src="/python-showcase.js"></script>
</body></html>`;
}

/** @typedef {{ n: string, d: string, p: Record<string, unknown> }} PlausibleEvent */

/** What Plausible's tracker sent, by variant, as Plausible's server receives it. */
/** @type {Map<string, PlausibleEvent[]>} */
const received = new Map();

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const collect = /^\/collect\/(\w+)$/.exec(url.pathname);
  if (request.method === 'POST' && collect) {
    /** @type {Buffer[]} */
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const variant = collect[1] ?? '';
      received.set(variant, [...(received.get(variant) ?? []), JSON.parse(Buffer.concat(chunks).toString('utf8'))]);
      response.writeHead(202).end('ok');
    });
    return;
  }
  const page = /^\/page\/(\w+)$/.exec(url.pathname);
  const file = FILES[/** @type {keyof typeof FILES} */ (url.pathname)];
  if (page) response.writeHead(200, { 'content-type': 'text/html' }).end(partnerPage(page[1] ?? ''));
  else if (file) response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
  else response.writeHead(404).end();
});

/** Waits until `check` is true, polling; fails with `what` after ten seconds (two cores, busy). */
async function until(/** @type {() => boolean} */ check, /** @type {string} */ what) {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the measuring guide: variants A and B, in Plausible', () => {
  /** @type {import('puppeteer-core').Browser} */
  let browser;
  /** @type {string} */
  let origin;
  /** The promo's title and button as each variant showed them. */
  /** @type {Record<string, { title: string, button: string }>} */
  const shown = {};

  before(async () => {
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = server.address();
    assert.ok(address && typeof address === 'object');
    origin = `http://127.0.0.1:${address.port}`;
    browser = await puppeteer.launch(chromiumLaunchOptions);
  });
  after(async () => {
    await browser?.close();
    server.close();
  });

  for (const variant of VARIANTS) {
    it(`variant ${variant}: the promo as shown, its impression and its click as Plausible receives them`, async () => {
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 760, height: 900, deviceScaleFactor: 1 });
        const problems = /** @type {string[]} */ ([]);
        page.on('pageerror', (error) => problems.push(String(error)));
        page.on('console', (message) => {
          if (message.text().includes('[python-showcase]')) problems.push(message.text());
        });
        await page.goto(`${origin}/page/${variant}`, { waitUntil: 'load' });
        // Links open a new tab: the click is recorded, the page stays.
        await page.evaluate(() => document.addEventListener('click', (event) => event.preventDefault()));
        const promo = /** @type {import('puppeteer-core').ElementHandle<Element>} */ (
          await page.waitForFunction(() => {
            const element = document.querySelector('python-showcase')?.shadowRoot?.querySelector('python-course-promo');
            return element?.shadowRoot?.querySelector('.cta') && element;
          })
        );
        await page.evaluate(() => document.fonts.ready);
        // The impression: half visible for one continuous second.
        await until(
          () => (received.get(variant) ?? []).some((event) => event.n === 'view_promotion'),
          'view_promotion',
        );
        shown[variant] = await promo.evaluate((element) => ({
          title: element.shadowRoot?.querySelector('.title')?.textContent ?? '',
          // The button's label as it reads, without the words only screen readers get.
          button: (() => {
            const link = element.shadowRoot?.querySelector('.cta')?.cloneNode(true);
            if (!(link instanceof Element)) return '';
            link.querySelector('.sr-only')?.remove();
            return link.textContent?.trim() ?? '';
          })(),
        }));
        keepScreenshotIn(SCREENSHOT_FOLDERS, `measuring-variant-${variant}.png`, await promo.screenshot());
        // A visitor's click on the call to action.
        const cta = /** @type {import('puppeteer-core').ElementHandle<Element>} */ (
          await promo.evaluateHandle((element) => element.shadowRoot?.querySelector('.cta'))
        );
        await cta.click();
        await until(
          () => (received.get(variant) ?? []).some((event) => event.n === 'select_promotion'),
          'select_promotion',
        );
        assert.deepEqual(problems, [], 'no error and no warning of the widget');
      } finally {
        await page.close();
      }

      const events = received.get(variant) ?? [];
      assert.ok(
        events.every((event) => event.d === 'partner.example'),
        'sent for the partner’s site',
      );
      const promoEvents = events.filter((event) => event.n.endsWith('_promotion'));
      assert.deepEqual(
        promoEvents.map((event) => event.n),
        ['view_promotion', 'select_promotion'],
      );
      for (const event of promoEvents) {
        assert.equal(event.p.creative_name, variant, 'the variant, as creative_name');
        assert.equal(event.p.promotion_name, shown[variant]?.title, 'the title shown, as promotion_name');
      }
    });
  }

  it('the guide shows both screenshots, and its example is what Plausible received for each variant', () => {
    const guide = readFileSync(GUIDE, 'utf8');
    // Each screenshot's description names what the test saw: a new title or button fails here until the
    // screenshots are taken again (npm run docs:measuring) and the descriptions say what they show.
    for (const variant of VARIANTS) {
      const alt = new RegExp(`!\\[([^\\]]*)\\]\\(images/measuring-variant-${variant}\\.png\\)`).exec(guide)?.[1];
      assert.ok(alt, `${GUIDE} shows the screenshot of variant ${variant}`);
      const { title = '', button = '' } = shown[variant] ?? {};
      assert.ok(
        title && alt.includes(title) && button && alt.includes(button),
        `"${alt}" names "${title}" and "${button}"`,
      );
    }
    const example = /<!-- measuring:ab-clicks:start -->\s*```json\n([\s\S]*?)```/.exec(guide)?.[1];
    assert.ok(example, `${GUIDE} has the block marked measuring:ab-clicks`);
    const clicks = VARIANTS.map((variant) => {
      const click = (received.get(variant) ?? []).find((event) => event.n === 'select_promotion');
      return { name: click?.n, props: click?.p };
    });
    assert.deepEqual(JSON.parse(example), clicks);
    assert.notEqual(shown.a?.title, shown.b?.title, 'the two variants show different titles');
  });
});
