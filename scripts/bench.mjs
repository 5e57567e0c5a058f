// @ts-check
// `npm run bench`: what the widget costs a partner's page, side by side with what a partner could use instead,
// measured in the system Chromium through the DevTools protocol (puppeteer-core). Contenders, interleaved
// round by round in a rotating order:
//   static  - the widget's exact rendered DOM and styles as declarative shadow DOM, no script (the limit);
//   floor   - a deferred script whose only work is one setHTMLUnsafe of that same DOM: no script embed of these
//             five cards can do less, so it is the floor for any of them;
//   vanilla - a hand-written custom element, no library, building the same DOM from the same content;
//   widget  - the README snippet with the built dist/python-showcase.js;
//   server  - the page python-showcase/ssr renders, with the drop-in script (deferred), which takes it over;
//   iframe  - the widget page embedded as an <iframe>, the way most embeds ship.
// Each on loopback and under Slow 4G (150 ms round trip, 1.6 Mbit/s), the CPU throttled 4x, responses gzip-
// encoded as CDNs send them, the cache disabled; in one warm browser context (pages one after another) and in
// a fresh context for every load (which adds a fixed cost to every contender and so shrinks ratios). Ratios are
// taken round by round, then the median. Writes bench/results.json and bench/results.md (docs/performance.md links
// there; the README carries no copy of the tables).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { gzipCommandBytes } from './gzip-size.mjs';
import { chromiumLaunchOptions } from './system-browsers.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const SCALE_SAMPLES = Number(process.env.BENCH_SCALE_SAMPLES ?? 10);
const CPU_SLOWDOWN = 4;
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1e6) / 8,
  uploadThroughput: (750 * 1e3) / 8,
};
// BENCH_CONTENDERS, BENCH_CONTEXTS and BENCH_NETWORKS (comma lists) narrow a run, for a quick A/B while working.
/**
 * @param {string} name
 * @param {string[]} all
 */
const only = (name, all) => {
  const value = process.env[name];
  return value ? value.split(',') : all;
};
// BENCH_BASELINE names another build of the drop-in script (an earlier version's dist/python-showcase.js): it
// joins as the contender "baseline", the README snippet with that file, for a change's cost in the same run.
const CONTENDERS = only('BENCH_CONTENDERS', [
  'static',
  'floor',
  'vanilla',
  'widget',
  'server',
  'iframe',
  ...(process.env.BENCH_BASELINE ? ['baseline'] : []),
]);
const CONTEXTS = only('BENCH_CONTEXTS', ['warm', 'fresh']);
const NETWORKS = only('BENCH_NETWORKS', ['loopback', 'slow4g']);

execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
const dropIn = readFileSync('dist/python-showcase.js', 'utf8');
const { defaultContent } = await import('../dist/esm/content/default-content.js');
const { brandIconPaths } = await import('../dist/esm/icons/brand-icon-paths.js');
const readme = readFileSync('README.md', 'utf8');
const snippet = /<!-- snippet:start -->\s*```html\n([\s\S]*?)```/.exec(readme)?.[1];
if (!snippet) throw new Error('README.md has no snippet between <!-- snippet:start --> and <!-- snippet:end -->');
const reservation = /<style>[\s\S]*?<\/style>/.exec(snippet)?.[0];
if (!reservation) throw new Error("the README's snippet has no <style> reservation");
const widgetSnippet = snippet.replace(
  /<script src="[^"]+"[^>]*><\/script>/,
  '<script src="/python-showcase.js" defer></script>',
);

/**
 * What DETECTOR records on the window of each page.
 * @typedef {{ longTasks: number[], cls: number, takenOver?: number, cardsRendered?: number }} Bench
 * @typedef {Window & { __bench?: Bench }} BenchWindow
 */

/** Runs first in every page: records long tasks and layout shifts, and when every card has rendered. */
const DETECTOR = `<script>
window.__bench = { longTasks: [], cls: 0 };
try {
  new PerformanceObserver((l) => { for (const e of l.getEntries()) __bench.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) __bench.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
} catch {}
(function takenOver() {
  // The server-rendered page: taken over once the elements are defined and every shadow root is Lit's own.
  const showcase = document.querySelector('python-showcase');
  const cards = showcase?.shadowRoot?.querySelectorAll('python-app-card') ?? [];
  if (customElements.get('python-showcase') && showcase.hasUpdated && cards.length && [...cards].every((card) => card.hasUpdated)) {
    __bench.takenOver = performance.now();
  } else requestAnimationFrame(takenOver);
})();
(function poll() {
  const doc = document.querySelector('iframe')?.contentDocument ?? document;
  const root = doc.querySelector('python-showcase, vanilla-showcase')?.shadowRoot;
  const cards = root ? root.querySelectorAll('python-app-card, vanilla-card') : [];
  const want = Number(document.documentElement.dataset.cards);
  if (cards.length === want && [...cards].every((card) => card.shadowRoot && card.shadowRoot.querySelector('.name'))) {
    __bench.cardsRendered = performance.now();
  } else requestAnimationFrame(poll);
})();
</script>`;

const TEXT_BELOW = '<p>Text below the widget on the partner page. '.repeat(4) + '</p>';
/**
 * @param {string} body
 * @param {{ cards?: number, head?: string }} [options]
 */
const page = (body, { cards = 5, head = '' } = {}) =>
  `<!doctype html><html lang="en" data-cards="${cards}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>bench</title>${DETECTOR}${head}<style>body{margin:0;font:16px/1.5 serif}</style></head><body>${body}${TEXT_BELOW}</body></html>`;

const apps = (/** @type {number} */ n) =>
  Array.from({ length: n }, (_, i) => ({ ...defaultContent.apps[i % 5], id: `${defaultContent.apps[i % 5].id}-${i}` }));
const setContent = (/** @type {number} */ n) =>
  `<script>document.querySelector('python-showcase').content = ${JSON.stringify({ apps: apps(n) })};</script>`;

/** @type {Map<string, string>} */
const files = new Map(
  /** @type {[string, string][]} */ ([
    ['/python-showcase.js', dropIn],
    ['/widget.html', page(widgetSnippet)],
    ...(process.env.BENCH_BASELINE
      ? [
          ['/baseline.js', readFileSync(process.env.BENCH_BASELINE, 'utf8')],
          ['/baseline.html', page(widgetSnippet.replace('/python-showcase.js', '/baseline.js'))],
        ]
      : []),
    [
      '/widget-frame.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body{margin:0}</style></head><body>${widgetSnippet}</body></html>`,
    ],
    [
      '/iframe.html',
      page(
        '<iframe src="/widget-frame.html" title="Apps built with Python" style="display:block;width:100%;height:830px;border:0"></iframe>',
      ),
    ],
  ]),
);
// A long article with the widget below the fold (about 2,700 px down in an 800 px viewport: further than the one
// viewport a lazy widget looks ahead), as the README's snippet writes it,
// eager (the default) or with loading="lazy": what the page pays before its reader scrolls, and how soon the
// cards show once scrolled to.
const ARTICLE_PARAGRAPH = `<p>${"A paragraph of the partner's article, long enough to wrap a few times on a wide screen. ".repeat(6)}</p>`;
const article = (/** @type {string} */ snippetHtml) =>
  page(`${ARTICLE_PARAGRAPH.repeat(30)}<div id="widget">${snippetHtml}</div>${ARTICLE_PARAGRAPH.repeat(14)}`);
files.set('/article-eager.html', article(widgetSnippet));
files.set('/article-lazy.html', article(widgetSnippet.replace('<python-showcase', '<python-showcase loading="lazy"')));

// The widget renders at most 100 cards (a cap that keeps host pages responsive): 500 given, 100 shown.
const shown = (/** @type {number} */ n) => Math.min(n, 100);
for (const n of [5, 50, 500])
  files.set(
    `/scale-widget-${n}.html`,
    page(`<script src="/python-showcase.js" defer></script><python-showcase></python-showcase>${setContent(n)}`, {
      cards: shown(n),
    }),
  );

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const body = files.get(path);
  if (body === undefined) return response.writeHead(404).end();
  const type = path.endsWith('.js') ? 'text/javascript' : 'text/html';
  response.writeHead(200, {
    'Content-Type': `${type}; charset=utf-8`,
    'Content-Encoding': 'gzip',
    'Cache-Control': 'no-store',
  });
  response.end(gzipSync(body, { level: 9 }));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
const browser = await puppeteer.launch({
  ...chromiumLaunchOptions,
  args: [...chromiumLaunchOptions.args, '--headless=new'],
});

/**
 * Serializes a rendered widget, shadow roots and adopted styles included, as declarative shadow DOM.
 * @param {string} url
 * @param {number} cards
 */
async function staticCopy(url, cards) {
  const tab = await browser.newPage();
  if (process.env.BENCH_DEBUG)
    tab
      .on('pageerror', (e) => console.log('pageerror', url, /** @type {Error} */ (e).message))
      .on('console', (m) => console.log('console', url, m.text()));
  await tab.setViewport({ width: 1280, height: 800 });
  await tab.goto(url);
  await tab.waitForFunction(() => /** @type {BenchWindow} */ (window).__bench?.cardsRendered);
  const html = await tab.evaluate(() => {
    const escape = (/** @type {string} */ text) =>
      text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    /** @type {(node: Node) => string} */
    const serialize = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return escape(/** @type {Text} */ (node).data);
      const element = /** @type {Element} */ (node);
      if (node.nodeType !== Node.ELEMENT_NODE || ['script', 'style'].includes(element.localName)) return '';
      const attributes = [...element.attributes].map((a) => ` ${a.name}="${escape(a.value)}"`).join('');
      let inner = '';
      if (element.shadowRoot) {
        const css = element.shadowRoot.adoptedStyleSheets
          .map((s) => [...s.cssRules].map((r) => r.cssText).join(''))
          .join('');
        inner += `<template shadowrootmode="open"><style>${css}</style>${[...element.shadowRoot.childNodes].map(serialize).join('')}</template>`;
      }
      inner += [...element.childNodes].map(serialize).join('');
      return `<${element.localName}${attributes}>${inner}</${element.localName}>`;
    };
    return serialize(/** @type {Element} */ (document.querySelector('python-showcase')));
  });
  const styles = await tab.evaluate(() => {
    const text = (/** @type {ShadowRoot} */ root) =>
      root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join(''));
    // The rendered widget's shadow roots, which staticCopy waited for.
    const shadowOf = (/** @type {ParentNode} */ parent, /** @type {string} */ selector) =>
      /** @type {ShadowRoot} */ (parent.querySelector(selector)?.shadowRoot);
    const showcase = shadowOf(document, 'python-showcase');
    const card = shadowOf(showcase, 'python-app-card');
    const promo = shadowOf(showcase, 'python-course-promo');
    const [shared, showcaseCss] = text(showcase);
    return {
      shared,
      showcase: showcaseCss.replaceAll('python-app-card', 'vanilla-card'),
      card: text(card)[1],
      promo: text(promo)[1],
    };
  });
  await tab.close();
  return { html: page(html, { cards }), widgetHtml: html, styles };
}

const base = await staticCopy(`${origin}/widget.html`, 5);
files.set('/static.html', base.html);
// The floor: the same serialized DOM, set by a deferred script in one call, under the same height reservation.
files.set('/floor.js', `document.querySelector('#widget').setHTMLUnsafe(${JSON.stringify(base.widgetHtml)});`);
files.set(
  '/floor.html',
  page(
    `${reservation}<script src="/floor.js" defer></script><div id="widget"><python-showcase></python-showcase></div>`,
  ),
);
const { renderShowcase } = await import('../dist/server/ssr.js');
files.set(
  '/server.html',
  page(
    `<script src="/python-showcase.js" defer></script>${await renderShowcase({ attributes: { partner: 'acme', campaign: 'spring-launch' } })}`,
  ),
);
const vanillaScript =
  `const CONTENT=${JSON.stringify(defaultContent)},ICONS=${JSON.stringify(Object.fromEntries(brandIconPaths))},STYLES=${JSON.stringify(base.styles)};\n` +
  readFileSync('dist/esm/content/format-figure.js', 'utf8').replace(/^export /gm, '') +
  readFileSync('bench/vanilla-showcase.js', 'utf8');
files.set('/vanilla.js', vanillaScript);
files.set(
  '/vanilla.html',
  page(
    `${reservation.replaceAll('python-showcase', 'vanilla-showcase')}<script src="/vanilla.js" defer></script><vanilla-showcase></vanilla-showcase>`,
  ),
);
for (const n of [5, 50, 500])
  files.set(`/scale-static-${n}.html`, (await staticCopy(`${origin}/scale-widget-${n}.html`, shown(n))).html);

/** The warm context, one for the whole run: its fixed costs are paid once, before the first measured load. */
const warmContext = await browser.createBrowserContext();

/**
 * A tab in the warm context or a fresh one, 1280 × 800, the cache disabled, the CPU throttled, on `network`.
 * @param {string} mode
 * @param {string} network
 */
async function openTab(mode, network) {
  const context = mode === 'warm' ? warmContext : await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network === 'slow4g') await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, tab, cdp };
}

/**
 * One page load, in the warm context or a fresh one: what it cost, read from the page and the DevTools protocol.
 * @param {string} path
 * @param {string} network
 */
async function measure(path, network, mode = 'fresh') {
  const { context, tab, cdp } = await openTab(mode, network);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  // A renderer may serve more than one page of a context: the page's own costs are the difference.
  const before = await tab.metrics();
  await tab.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
  await tab.waitForFunction(() => /** @type {BenchWindow} */ (window).__bench?.cardsRendered, {
    timeout: 60_000,
    polling: 50,
  });
  if (path === '/server.html') {
    await tab.waitForFunction(() => /** @type {BenchWindow} */ (window).__bench?.takenOver, {
      timeout: 60_000,
      polling: 50,
    });
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  const inPage = await tab.evaluate(() => {
    const bench = /** @type {BenchWindow} */ (window).__bench;
    if (!bench) throw new Error('the detector did not run');
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      cardsRendered: bench.cardsRendered,
      takenOver: bench.takenOver ?? null,
      longTasks: bench.longTasks.length,
      longestTask: Math.max(0, ...bench.longTasks),
      cls: bench.cls,
    };
  });
  const metrics = await tab.metrics();
  await tab.close();
  if (mode === 'fresh') await context.close();
  /**
   * Milliseconds of `name` this load took.
   * @param {keyof import('puppeteer-core').Metrics} name
   */
  const spent = (name) => ((metrics[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return {
    ...inPage,
    bytes,
    taskMs: spent('TaskDuration'),
    scriptMs: spent('ScriptDuration'),
    styleMs: spent('RecalcStyleDuration'),
    layoutMs: spent('LayoutDuration'),
    heapBytes: metrics.JSHeapUsedSize,
  };
}
/** @typedef {Awaited<ReturnType<typeof measure>>} Measurement */

/**
 * One load of a long article (loopback): main-thread time until the page is idle, before any scroll (DevTools'
 * task and script durations, and the long tasks' total), then the time from scrolling to the widget until every
 * card has rendered.
 * @param {string} path
 * @param {string} mode
 */
async function measureArticle(path, mode) {
  const { context, tab } = await openTab(mode, 'loopback');
  const before = await tab.metrics();
  await tab.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
  // Idle: an eager widget has rendered by now; a lazy one waits below the fold.
  await tab.waitForFunction(() => customElements.get('python-showcase'), { timeout: 60_000, polling: 50 });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const idle = await tab.metrics();
  const beforeScroll = await tab.evaluate(() => {
    const bench = /** @type {BenchWindow} */ (window).__bench;
    if (!bench) throw new Error('the detector did not run');
    return {
      longTaskMs: bench.longTasks.reduce((a, b) => a + b, 0),
      cardsBeforeScroll: bench.cardsRendered !== undefined,
    };
  });
  const scrolledAt = await tab.evaluate(() => {
    const bench = /** @type {BenchWindow} */ (window).__bench;
    if (bench) delete bench.cardsRendered;
    const at = performance.now();
    document.getElementById('widget')?.scrollIntoView();
    return at;
  });
  // An eager widget's cards are already there: the poll (restarted here) sees them in the next frame.
  await tab.evaluate(() => {
    (function poll() {
      const root = document.querySelector('python-showcase')?.shadowRoot;
      const cards = root ? [...root.querySelectorAll('python-app-card')] : [];
      if (cards.length === 5 && cards.every((card) => card.shadowRoot?.querySelector('.name'))) {
        /** @type {Bench} */ (/** @type {BenchWindow} */ (window).__bench).cardsRendered = performance.now();
      } else requestAnimationFrame(poll);
    })();
  });
  await tab.waitForFunction(() => /** @type {BenchWindow} */ (window).__bench?.cardsRendered, {
    timeout: 60_000,
    polling: 50,
  });
  const shownAt = await tab.evaluate(() => Number(/** @type {BenchWindow} */ (window).__bench?.cardsRendered));
  await tab.close();
  if (mode === 'fresh') await context.close();
  /** @param {keyof import('puppeteer-core').Metrics} name */
  const spent = (name) => ((idle[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return {
    taskMs: spent('TaskDuration'),
    scriptMs: spent('ScriptDuration'),
    ...beforeScroll,
    cardsAfterScrollMs: shownAt - scrolledAt,
  };
}

/** @param {(number | null | undefined)[]} values */
const median = (values) => {
  const sorted = /** @type {number[]} */ (values.filter((v) => v !== null && Number.isFinite(v))).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** @type {(keyof Measurement)[]} */
const METRICS = [
  'cardsRendered',
  'takenOver',
  'fcp',
  'bytes',
  'taskMs',
  'scriptMs',
  'styleMs',
  'layoutMs',
  'longTasks',
  'longestTask',
  'cls',
  'heapBytes',
];
/** Slow 4G's download rate in bytes per millisecond, for the time the widget's extra bytes take to arrive. */
const SLOW_4G_BYTES_PER_MS = SLOW_4G.downloadThroughput / 1000;
/**
 * @typedef {{ mode: string, network: string, samples: number, medians: Record<string, Record<string, number | null>>,
 *   ratios: Record<string, number | null>, longestTaskOverStaticMs: number | null,
 *   serverLongestTaskOverStaticMs: number | null }} Condition
 * @typedef {{ cards: number, shown: number, samples: number, staticMs: number | null, widgetMs: number | null,
 *   widgetToStatic: number | null, longestTaskMs: number | null }} Scale
 */
/**
 * @typedef {{ mode: string, samples: number, medians: Record<string, Record<string, number | null>>,
 *   ratios: Record<string, number | null> }} LazyCondition
 * @typedef {{ machine: Record<string, string | number>, conditions: Record<string, Condition>, scale: Scale[],
 *   lazy?: { machine: Record<string, string | number>, conditions: LazyCondition[] } }} Results
 */
// BENCH_ONLY=lazy measures the long article alone, keeping the other results of the last full run.
const LAZY_ONLY = process.env.BENCH_ONLY === 'lazy';
/** @type {Results} */
const results = LAZY_ONLY
  ? JSON.parse(readFileSync('bench/results.json', 'utf8'))
  : { machine: {}, conditions: {}, scale: [] };
/** @type {('taskMs' | 'scriptMs' | 'longTaskMs' | 'cardsAfterScrollMs')[]} */
const LAZY_METRICS = ['taskMs', 'scriptMs', 'longTaskMs', 'cardsAfterScrollMs'];
/** @type {LazyCondition[]} */
const lazyConditions = [];
for (const mode of CONTEXTS) {
  if (mode === 'warm') for (const kind of ['eager', 'lazy']) await measureArticle(`/article-${kind}.html`, mode);
  /** @type {Record<string, Awaited<ReturnType<typeof measureArticle>>>[]} */
  const rounds = [];
  for (let round = 0; round < SAMPLES; round++) {
    const order = round % 2 ? ['lazy', 'eager'] : ['eager', 'lazy'];
    /** @type {Record<string, Awaited<ReturnType<typeof measureArticle>>>} */
    const sample = {};
    for (const kind of order) sample[kind] = await measureArticle(`/article-${kind}.html`, mode);
    if (sample.lazy.cardsBeforeScroll) throw new Error('the lazy widget rendered before it was scrolled to');
    rounds.push(sample);
    process.stdout.write(`\r${mode} context, long article: round ${round + 1}/${SAMPLES}`);
  }
  process.stdout.write('\n');
  /** @param {LAZY_METRICS[number]} metric */
  const ratio = (metric) => median(rounds.map((r) => r.lazy[metric] / r.eager[metric]));
  lazyConditions.push({
    mode,
    samples: SAMPLES,
    medians: Object.fromEntries(
      ['eager', 'lazy'].map((kind) => [
        kind,
        Object.fromEntries(LAZY_METRICS.map((m) => [m, median(rounds.map((r) => r[kind][m]))])),
      ]),
    ),
    ratios: Object.fromEntries(LAZY_METRICS.map((m) => [m, ratio(m)])),
  });
}
for (const mode of LAZY_ONLY ? [] : CONTEXTS) {
  for (const network of NETWORKS) {
    // One unmeasured load of every contender first, so the warm context really is warm.
    if (mode === 'warm') for (const contender of CONTENDERS) await measure(`/${contender}.html`, network, mode);
    /** @type {Record<string, Measurement>[]} */
    const rounds = [];
    for (let round = 0; round < SAMPLES; round++) {
      /** @type {Record<string, Measurement>} */
      const sample = {};
      // Interleaved, in a rotating order, so drift on a shared machine touches every contender alike.
      const order = CONTENDERS.map((_, i) => CONTENDERS[(i + round) % CONTENDERS.length]);
      for (const contender of order) sample[contender] = await measure(`/${contender}.html`, network, mode);
      rounds.push(sample);
      process.stdout.write(`\r${mode} context, ${network}: round ${round + 1}/${SAMPLES}`);
    }
    process.stdout.write('\n');
    const medians = Object.fromEntries(
      CONTENDERS.map((c) => [c, Object.fromEntries(METRICS.map((m) => [m, median(rounds.map((r) => r[c][m]))]))]),
    );
    /** @param {(round: Record<string, Measurement>) => number} f */
    const perRound = (f) =>
      median(
        rounds.map((r) => {
          try {
            return f(r);
          } catch {
            return null; // A contender this run left out.
          }
        }),
      );
    /**
     * @param {Record<string, Measurement>} r
     * @param {string} c
     */
    const cards = (r, c) => Number(r[c].cardsRendered);
    results.conditions[`${mode}-${network}`] = {
      mode,
      network,
      samples: SAMPLES,
      medians,
      ratios: {
        widgetToFloor: perRound((r) => cards(r, 'widget') / cards(r, 'floor')),
        // What the floor would take with the widget's extra bytes on the wire at Slow 4G's rate.
        widgetToFloorPlusTransfer: perRound(
          (r) =>
            cards(r, 'widget') /
            (cards(r, 'floor') + Math.max(0, r.widget.bytes - r.floor.bytes) / SLOW_4G_BYTES_PER_MS),
        ),
        widgetToStatic: perRound((r) => cards(r, 'widget') / cards(r, 'static')),
        widgetToVanilla: perRound((r) => cards(r, 'widget') / cards(r, 'vanilla')),
        widgetToIframe: perRound((r) => cards(r, 'widget') / cards(r, 'iframe')),
        widgetToBaseline: perRound((r) => cards(r, 'widget') / cards(r, 'baseline')),
        floorToStatic: perRound((r) => cards(r, 'floor') / cards(r, 'static')),
        serverShownToStatic: perRound((r) => cards(r, 'server') / cards(r, 'static')),
        serverTakenOverToWidget: perRound((r) => Number(r.server.takenOver) / cards(r, 'widget')),
        widgetFcpToStatic: perRound((r) => r.widget.fcp / r.static.fcp),
        serverFcpToStatic: perRound((r) => r.server.fcp / r.static.fcp),
      },
      // The widget's longest task less the static page's, round by round (target: at most 50 ms).
      longestTaskOverStaticMs: perRound((r) => r.widget.longestTask - r.static.longestTask),
      serverLongestTaskOverStaticMs: perRound((r) => r.server.longestTask - r.static.longestTask),
    };
  }
}

for (const n of SCALE_SAMPLES && !LAZY_ONLY ? [5, 50, 500] : []) {
  /** @type {Record<'static' | 'widget', Measurement>[]} */
  const rounds = [];
  for (let round = 0; round < SCALE_SAMPLES; round++) {
    /** @type {('static' | 'widget')[]} */
    const order = round % 2 ? ['widget', 'static'] : ['static', 'widget'];
    /** @type {Partial<Record<'static' | 'widget', Measurement>>} */
    const sample = {};
    for (const kind of order) sample[kind] = await measure(`/scale-${kind}-${n}.html`, 'loopback', 'warm');
    rounds.push(/** @type {Record<'static' | 'widget', Measurement>} */ (sample));
  }
  results.scale.push({
    cards: n,
    shown: shown(n),
    samples: SCALE_SAMPLES,
    staticMs: median(rounds.map((r) => r.static.cardsRendered)),
    widgetMs: median(rounds.map((r) => r.widget.cardsRendered)),
    widgetToStatic: median(rounds.map((r) => Number(r.widget.cardsRendered) / Number(r.static.cardsRendered))),
    longestTaskMs: median(rounds.map((r) => r.widget.longestTask)),
  });
  process.stdout.write(`scale: ${n} cards\n`);
}

const machine = {
  date: new Date().toISOString().slice(0, 10),
  cpu: `${os.cpus()[0].model} x${os.cpus().length}`,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  browser: await browser.version(),
  cpuThrottling: `${CPU_SLOWDOWN}x`,
  slow4g: '150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up',
  dropInGzipBytes: gzipCommandBytes(dropIn),
};
if (!LAZY_ONLY) results.machine = machine;
results.lazy = { machine, conditions: lazyConditions };
await browser.close();
server.close();

/**
 * @param {number | null} value
 * @param {string} [unit]
 */
const fmt = (value, unit = '') =>
  value === null ? 'n/a' : `${value < 10 && unit !== ' B' ? value.toFixed(2) : Math.round(value)}${unit}`;
const x = (/** @type {number | null} */ value) => (value === null ? 'n/a' : `${value.toFixed(2)}×`);
const rows = [];
for (const condition of Object.values(results.conditions)) {
  const { mode, network, medians, ratios } = condition;
  const context = mode === 'warm' ? 'one warm browser context' : 'a fresh browser context per load';
  rows.push(
    `\n**${network === 'loopback' ? 'Loopback' : 'Slow 4G'}, ${context}**, CPU ${CPU_SLOWDOWN}× slower, median of ${SAMPLES} interleaved rounds\n`,
  );
  rows.push(`| metric | ${CONTENDERS.join(' | ')} |`, `| --- |${' --- |'.repeat(CONTENDERS.length)}`);
  /**
   * @param {string} label
   * @param {string} metric
   * @param {string} unit
   */
  const line = (label, metric, unit) =>
    rows.push(`| ${label} | ${CONTENDERS.map((c) => fmt(medians[c][metric], unit)).join(' | ')} |`);
  line('all cards shown', 'cardsRendered', ' ms');
  line('taken over by the script', 'takenOver', ' ms');
  line('first contentful paint', 'fcp', ' ms');
  line('bytes transferred', 'bytes', ' B');
  line('main-thread tasks', 'taskMs', ' ms');
  line('script', 'scriptMs', ' ms');
  line('style', 'styleMs', ' ms');
  line('layout', 'layoutMs', ' ms');
  line('long tasks (count)', 'longTasks', '');
  line('longest task', 'longestTask', ' ms');
  line('cumulative layout shift', 'cls', '');
  line('JS heap used', 'heapBytes', ' B');
  rows.push('', '| ratio, round by round | median |', '| --- | --- |');
  /** @typedef {[label: string, ratio: number | null]} RatioRow */
  /** @type {RatioRow[]} */
  const ratioRows = [
    ['cards shown, widget ÷ floor', ratios.widgetToFloor],
    ...(network === 'slow4g'
      ? /** @type {RatioRow[]} */ ([
          ['cards shown, widget ÷ (floor + the extra bytes at 1.6 Mbit/s)', ratios.widgetToFloorPlusTransfer],
        ])
      : []),
    ['cards shown, widget ÷ static', ratios.widgetToStatic],
    ['cards shown, widget ÷ vanilla', ratios.widgetToVanilla],
    ['cards shown, widget ÷ iframe', ratios.widgetToIframe],
    ...(process.env.BENCH_BASELINE
      ? /** @type {RatioRow[]} */ ([['cards shown, widget ÷ baseline build', ratios.widgetToBaseline]])
      : []),
    ['cards shown, floor ÷ static', ratios.floorToStatic],
    ['cards shown, server-rendered ÷ static', ratios.serverShownToStatic],
    ['server-rendered page taken over ÷ widget cards shown', ratios.serverTakenOverToWidget],
    ['first contentful paint, widget ÷ static', ratios.widgetFcpToStatic],
    ['first contentful paint, server-rendered ÷ static', ratios.serverFcpToStatic],
  ];
  for (const [label, value] of ratioRows) rows.push(`| ${label} | ${x(value)} |`);
  rows.push(
    `| longest task, widget − static | ${fmt(condition.longestTaskOverStaticMs, ' ms')} |`,
    `| longest task, server-rendered − static | ${fmt(condition.serverLongestTaskOverStaticMs, ' ms')} |`,
  );
}
rows.push(
  '',
  `**Scale** (cards set through the \`content\` property; loopback, one warm context, CPU ${CPU_SLOWDOWN}× slower, median of ${SCALE_SAMPLES})`,
  '',
);
rows.push('| cards | static HTML | widget | widget ÷ static | longest task |', '| --- | --- | --- | --- | --- |');
for (const s of results.scale)
  rows.push(
    `| ${s.cards}${s.shown < s.cards ? ` (${s.shown} shown: the cap)` : ''} | ${fmt(s.staticMs, ' ms')} | ${fmt(s.widgetMs, ' ms')} | ${x(s.widgetToStatic)} | ${fmt(s.longestTaskMs, ' ms')} |`,
  );
const lazyMachine = results.lazy.machine;
rows.push(
  '',
  `**A long article, the widget about 2,700 px down: eager against \`loading="lazy"\`** (loopback, CPU ${CPU_SLOWDOWN}× slower, median of ${SAMPLES} interleaved rounds; measured ${lazyMachine.date}, drop-in script ${lazyMachine.dropInGzipBytes} bytes gzip)`,
  '',
  '| context | metric | eager | lazy | lazy ÷ eager, round by round |',
  '| --- | --- | --- | --- | --- |',
);
/** @type {[string, string][]} */
const LAZY_LABELS = [
  ['taskMs', 'main-thread tasks before the first scroll'],
  ['scriptMs', 'script before the first scroll'],
  ['longTaskMs', 'long tasks before the first scroll (total)'],
  ['cardsAfterScrollMs', 'cards shown, from the scroll'],
];
for (const { mode, medians, ratios } of results.lazy.conditions) {
  for (const [metric, label] of LAZY_LABELS) {
    rows.push(
      `| ${mode === 'warm' ? 'warm' : 'fresh'} | ${label} | ${fmt(medians.eager[metric], ' ms')} | ${fmt(medians.lazy[metric], ' ms')} | ${x(ratios[metric])} |`,
    );
  }
}
const m = results.machine;
const table = `Measured ${m.date} on ${m.cpu}, ${m.memoryGiB} GiB, ${m.browser}, Node ${m.node}; drop-in script ${m.dropInGzipBytes} bytes gzip -9.\n${rows.join('\n')}`;

const narrowed = ['BENCH_CONTENDERS', 'BENCH_CONTEXTS', 'BENCH_NETWORKS'].some((name) => process.env[name]);
if (narrowed) {
  console.log(table);
  process.exit(0);
}
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('bench/results.md', `${table}\n`);
console.log(table);
