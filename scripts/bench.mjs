// `npm run bench`: what the widget costs a partner's page, side by side with what a partner could use instead,
// measured in the system Chromium through the DevTools protocol (puppeteer-core). Contenders, interleaved
// round by round:
//   static  - the widget's exact rendered DOM and styles as declarative shadow DOM, no script (the limit);
//   vanilla - a hand-written custom element, no library, building the same DOM from the same content;
//   widget  - the README snippet with the built dist/python-showcase.js;
//   iframe  - the widget page embedded as an <iframe>, the way most embeds ship.
// Each on loopback and under Slow 4G (150 ms round trip, 1.6 Mbit/s), the CPU throttled 4x. Ratios are taken
// round by round, then the median. Writes bench/results.json and bench/results.md and the README's table.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './system-browsers.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const SCALE_SAMPLES = Number(process.env.BENCH_SCALE_SAMPLES ?? 10);
const CPU_SLOWDOWN = 4;
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1e6) / 8,
  uploadThroughput: (750 * 1e3) / 8,
};
const CONTENDERS = ['static', 'vanilla', 'widget', 'iframe'];

execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
const dropIn = readFileSync('dist/python-showcase.js', 'utf8');
const { defaultContent } = await import('../dist/esm/content/default-content.js');
const { brandIconPaths } = await import('../dist/esm/icons/brand-icon-paths.js');
const readme = readFileSync('README.md', 'utf8');
const snippet = /<!-- snippet:start -->\s*```html\n([\s\S]*?)```/.exec(readme)[1];
const reservation = /<style>[\s\S]*?<\/style>/.exec(snippet)[0];
const widgetSnippet = snippet.replace(
  /<script src="[^"]+"[^>]*><\/script>/,
  '<script src="/python-showcase.js" defer></script>',
);

/** Runs first in every page: records long tasks and layout shifts, and when every card has rendered. */
const DETECTOR = `<script>
window.__bench = { longTasks: [], cls: 0 };
try {
  new PerformanceObserver((l) => { for (const e of l.getEntries()) __bench.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) __bench.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
} catch {}
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
const page = (body, { cards = 5, head = '' } = {}) =>
  `<!doctype html><html lang="en" data-cards="${cards}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>bench</title>${DETECTOR}${head}<style>body{margin:0;font:16px/1.5 serif}</style></head><body>${body}${TEXT_BELOW}</body></html>`;

const apps = (n) =>
  Array.from({ length: n }, (_, i) => ({ ...defaultContent.apps[i % 5], id: `${defaultContent.apps[i % 5].id}-${i}` }));
const setContent = (n) =>
  `<script>document.querySelector('python-showcase').content = ${JSON.stringify({ apps: apps(n) })};</script>`;

const files = new Map([
  ['/python-showcase.js', dropIn],
  ['/widget.html', page(widgetSnippet)],
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
]);
// The widget renders at most 100 cards (a cap that keeps host pages responsive): 500 given, 100 shown.
const shown = (n) => Math.min(n, 100);
for (const n of [5, 50, 500])
  files.set(
    `/scale-widget-${n}.html`,
    page(`<script src="/python-showcase.js" defer></script><python-showcase></python-showcase>${setContent(n)}`, {
      cards: shown(n),
    }),
  );

const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
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
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  ...chromiumLaunchOptions,
  args: [...chromiumLaunchOptions.args, '--headless=new'],
});

/** Serializes a rendered widget, shadow roots and adopted styles included, as declarative shadow DOM. */
async function staticCopy(url, cards) {
  const tab = await browser.newPage();
  if (process.env.BENCH_DEBUG)
    tab
      .on('pageerror', (e) => console.log('pageerror', url, e.message))
      .on('console', (m) => console.log('console', url, m.text()));
  await tab.setViewport({ width: 1280, height: 800 });
  await tab.goto(url);
  await tab.waitForFunction(() => window.__bench.cardsRendered);
  const html = await tab.evaluate(() => {
    const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const serialize = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return escape(node.data);
      if (node.nodeType !== Node.ELEMENT_NODE || ['script', 'style'].includes(node.localName)) return '';
      const attributes = [...node.attributes].map((a) => ` ${a.name}="${escape(a.value)}"`).join('');
      let inner = '';
      if (node.shadowRoot) {
        const css = node.shadowRoot.adoptedStyleSheets
          .map((s) => [...s.cssRules].map((r) => r.cssText).join(''))
          .join('');
        inner += `<template shadowrootmode="open"><style>${css}</style>${[...node.shadowRoot.childNodes].map(serialize).join('')}</template>`;
      }
      inner += [...node.childNodes].map(serialize).join('');
      return `<${node.localName}${attributes}>${inner}</${node.localName}>`;
    };
    return serialize(document.querySelector('python-showcase'));
  });
  const styles = await tab.evaluate(() => {
    const text = (root) => root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join(''));
    const showcase = document.querySelector('python-showcase').shadowRoot;
    const card = showcase.querySelector('python-app-card').shadowRoot;
    const promo = showcase.querySelector('python-course-promo').shadowRoot;
    const [shared, showcaseCss] = text(showcase);
    return {
      shared,
      showcase: showcaseCss.replaceAll('python-app-card', 'vanilla-card'),
      card: text(card)[1],
      promo: text(promo)[1],
    };
  });
  await tab.close();
  return { html: page(html, { cards }), styles };
}

const base = await staticCopy(`${origin}/widget.html`, 5);
files.set('/static.html', base.html);
const vanillaScript =
  `const CONTENT=${JSON.stringify(defaultContent)},ICONS=${JSON.stringify(brandIconPaths)},STYLES=${JSON.stringify(base.styles)};\n` +
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

/** One page load in a fresh context: what it cost, read from the page and the DevTools protocol. */
async function measure(path, network) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network === 'slow4g') await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await tab.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
  await tab.waitForFunction(() => window.__bench.cardsRendered, { timeout: 60_000, polling: 50 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const inPage = await tab.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    cardsRendered: window.__bench.cardsRendered,
    longTasks: window.__bench.longTasks.length,
    longestTask: Math.max(0, ...window.__bench.longTasks),
    cls: window.__bench.cls,
  }));
  const metrics = await tab.metrics();
  await context.close();
  return {
    ...inPage,
    bytes,
    taskMs: metrics.TaskDuration * 1000,
    scriptMs: metrics.ScriptDuration * 1000,
    styleMs: metrics.RecalcStyleDuration * 1000,
    layoutMs: metrics.LayoutDuration * 1000,
    heapBytes: metrics.JSHeapUsedSize,
  };
}

const median = (values) => {
  const sorted = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const METRICS = [
  'cardsRendered',
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
const results = { machine: {}, conditions: {}, scale: [] };
for (const network of ['loopback', 'slow4g']) {
  const rounds = [];
  for (let round = 0; round < SAMPLES; round++) {
    const sample = {};
    // Interleaved, in a rotating order, so drift on a shared machine touches every contender alike.
    const order = CONTENDERS.map((_, i) => CONTENDERS[(i + round) % CONTENDERS.length]);
    for (const contender of order) sample[contender] = await measure(`/${contender}.html`, network);
    rounds.push(sample);
    process.stdout.write(`\r${network}: round ${round + 1}/${SAMPLES}`);
  }
  process.stdout.write('\n');
  const medians = Object.fromEntries(
    CONTENDERS.map((c) => [c, Object.fromEntries(METRICS.map((m) => [m, median(rounds.map((r) => r[c][m]))]))]),
  );
  const ratio = (a, b, metric) => median(rounds.map((r) => r[a][metric] / r[b][metric]));
  const ratios = {};
  for (const metric of ['cardsRendered', 'fcp', 'taskMs', 'scriptMs']) {
    ratios[metric] = {
      widgetToVanilla: ratio('widget', 'vanilla', metric),
      widgetToStatic: ratio('widget', 'static', metric),
      widgetToIframe: ratio('widget', 'iframe', metric),
      vanillaToStatic: ratio('vanilla', 'static', metric),
    };
  }
  results.conditions[network] = { samples: SAMPLES, medians, ratios };
}

for (const n of [5, 50, 500]) {
  const rounds = [];
  for (let round = 0; round < SCALE_SAMPLES; round++) {
    const order = round % 2 ? ['widget', 'static'] : ['static', 'widget'];
    const sample = {};
    for (const kind of order) sample[kind] = await measure(`/scale-${kind}-${n}.html`, 'loopback');
    rounds.push(sample);
  }
  results.scale.push({
    cards: n,
    shown: shown(n),
    samples: SCALE_SAMPLES,
    staticMs: median(rounds.map((r) => r.static.cardsRendered)),
    widgetMs: median(rounds.map((r) => r.widget.cardsRendered)),
    widgetToStatic: median(rounds.map((r) => r.widget.cardsRendered / r.static.cardsRendered)),
    longestTaskMs: median(rounds.map((r) => r.widget.longestTask)),
  });
  process.stdout.write(`scale: ${n} cards\n`);
}

results.machine = {
  date: new Date().toISOString().slice(0, 10),
  cpu: `${os.cpus()[0].model} x${os.cpus().length}`,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  browser: await browser.version(),
  cpuThrottling: `${CPU_SLOWDOWN}x`,
  slow4g: '150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up',
  dropInGzipBytes: gzipSync(dropIn, { level: 9 }).length,
};
await browser.close();
server.close();

const fmt = (value, unit = '') =>
  value === null ? 'n/a' : `${value < 10 && unit !== ' B' ? value.toFixed(2) : Math.round(value)}${unit}`;
const x = (value) => (value === null ? 'n/a' : `${value.toFixed(2)}×`);
const rows = [];
for (const [network, { medians, ratios }] of Object.entries(results.conditions)) {
  rows.push(
    `\n**${network === 'loopback' ? 'Loopback' : 'Slow 4G'}**, CPU ${CPU_SLOWDOWN}× slower, median of ${SAMPLES} interleaved rounds\n`,
  );
  rows.push('| metric | static | vanilla | widget | iframe |', '| --- | --- | --- | --- | --- |');
  const line = (label, metric, unit) =>
    rows.push(`| ${label} | ${CONTENDERS.map((c) => fmt(medians[c][metric], unit)).join(' | ')} |`);
  line('all cards rendered', 'cardsRendered', ' ms');
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
  rows.push(
    '',
    '| ratio, round by round | widget ÷ vanilla | widget ÷ static | widget ÷ iframe | vanilla ÷ static |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const [metric, label] of [
    ['cardsRendered', 'all cards rendered'],
    ['fcp', 'first contentful paint'],
    ['taskMs', 'main-thread tasks'],
    ['scriptMs', 'script'],
  ]) {
    const r = ratios[metric];
    rows.push(
      `| ${label} | ${x(r.widgetToVanilla)} | ${x(r.widgetToStatic)} | ${x(r.widgetToIframe)} | ${x(r.vanillaToStatic)} |`,
    );
  }
}
rows.push(
  '',
  `**Scale** (cards set through the \`content\` property; loopback, CPU ${CPU_SLOWDOWN}× slower, median of ${SCALE_SAMPLES})`,
  '',
);
rows.push('| cards | static HTML | widget | widget ÷ static | longest task |', '| --- | --- | --- | --- | --- |');
for (const s of results.scale)
  rows.push(
    `| ${s.cards}${s.shown < s.cards ? ` (${s.shown} shown: the cap)` : ''} | ${fmt(s.staticMs, ' ms')} | ${fmt(s.widgetMs, ' ms')} | ${x(s.widgetToStatic)} | ${fmt(s.longestTaskMs, ' ms')} |`,
  );
const m = results.machine;
const table = `Measured ${m.date} on ${m.cpu}, ${m.memoryGiB} GiB, ${m.browser}, Node ${m.node}; drop-in script ${m.dropInGzipBytes} bytes gzip (zlib, level 9).\n${rows.join('\n')}`;

writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('bench/results.md', `${table}\n`);
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
if (readme.includes(start)) {
  writeFileSync(
    'README.md',
    `${readme.slice(0, readme.indexOf(start) + start.length)}\n\n${table}\n\n${readme.slice(readme.indexOf(end))}`,
  );
}
console.log(table);
