// @ts-check
// What the browser tests need from the test server: pages served with the headers a hostile host would send,
// content documents that fail in every way a partner's server can, a late drop-in script, and element
// screenshots compared on the server.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** A mount point still waiting for its widget, as the WordPress plugin's reservation selects it. */
const MOUNT_POINT_WAITING = '[data-python-showcase]:not(:has(>python-showcase:defined))';
const FALLBACK = '<a href="https://www.nobledesktop.com/">Apps you use every day are built with Python</a>';

/**
 * @typedef {import('koa').Context} Context
 * @typedef {import('@web/test-runner').BasicTestSession} TestSession
 * @typedef {{ policy: string, scripts: string[], body: string }} HostPage
 * A session's launcher, as this file uses it: puppeteer's (Chromium, Firefox), or WebDriver's (WebKit), whose
 * webdriverio client is in a field its type keeps private.
 * @typedef {import('@web/test-runner').BrowserLauncher & (
 *   Pick<import('@web/test-runner-chrome').ChromeLauncher, 'getPage'> |
 *   (Pick<import('@web/test-runner-webdriver').WebdriverLauncher, 'takeScreenshot'> & { driver: Awaited<ReturnType<typeof import('webdriverio').remote>> })
 * )} Launcher
 */

/**
 * Host pages, each served with its Content-Security-Policy header: the probe first (it records errors,
 * warnings and violations), then the scripts, then the body.
 * @type {Record<string, HostPage>}
 */
const HOST_PAGES = {
  '/tests/pages/strict-csp.html': {
    policy: STRICT_CSP,
    scripts: ['/dist/python-showcase.js'],
    body: `<python-showcase src="/tests/src/ok" dismissible partner="acme">${FALLBACK}</python-showcase>
      <python-showcase id="default" theme="dark" layout="carousel" takeaways>${FALLBACK}</python-showcase>`,
  },
  '/tests/pages/strict-csp-twice.html': {
    policy: STRICT_CSP,
    scripts: ['/dist/python-showcase.js', '/dist/python-showcase.js?copy=2'],
    body: `<python-showcase>${FALLBACK}</python-showcase>`,
  },
  '/tests/pages/strict-csp-other-version.html': {
    policy: STRICT_CSP,
    scripts: ['/dist/python-showcase.js', '/tests/pages/other-version.js'],
    body: `<python-showcase>${FALLBACK}</python-showcase>`,
  },
  '/tests/pages/refused-trusted-types.html': {
    policy: STRICT_CSP.replace('trusted-types lit-html', 'trusted-types host-policy'),
    scripts: ['/dist/python-showcase.js'],
    body: `<python-showcase>${FALLBACK}</python-showcase>`,
  },
};

/** @param {HostPage} page */
function hostPage({ scripts, body }) {
  const tags = scripts.map((src) => `<script src="${src}" defer></script>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title>
    <script src="/tests/pages/probe.js"></script>${tags}</head><body>${body}</body></html>`;
}

const VALID_CONTENT = JSON.stringify({
  heading: 'Loaded from src',
  apps: [{ id: 'reddit', name: 'Reddit', summary: 'Served by the partner.', url: 'https://www.reddit.com/' }],
});

/**
 * Content documents for `src`, by the name after /tests/src/.
 * @type {Record<string, (ctx: Context) => unknown>}
 */
const SOURCES = {
  ok: (ctx) => json(ctx, VALID_CONTENT),
  'not-found': (ctx) => ((ctx.status = 404), (ctx.body = 'Not found')),
  'server-error': (ctx) => ((ctx.status = 500), (ctx.body = 'Internal error')),
  html: (ctx) => ((ctx.type = 'text/html'), (ctx.body = '<!doctype html><title>Login</title><p>Please sign in')),
  'wrong-type': (ctx) => ((ctx.type = 'text/plain'), (ctx.body = VALID_CONTENT)),
  redirect: (ctx) => ctx.redirect('/tests/src/ok'),
  'json-null': (ctx) => json(ctx, 'null'),
  malformed: (ctx) => json(ctx, '{"heading": "unterminated'),
  hang: (ctx) => new Promise((resolve) => setTimeout(() => resolve(json(ctx, VALID_CONTENT)), 8000)),
  slow: (ctx) => new Promise((resolve) => setTimeout(() => resolve(json(ctx, VALID_CONTENT)), 600)),
};

/**
 * @param {Context} ctx
 * @param {string} body
 */
function json(ctx, body) {
  ctx.type = 'application/json';
  ctx.body = body;
}

/** @type {Map<string, PNG>} */
const baselines = new Map();
/** @type {Promise<string> | undefined} */
let reactBundle;
/** Test apps built around components the embed builder wrote, by the number in /tests/compiled/<n>.js. */
/** @type {Map<string, string>} */
const compiledApps = new Map();
/**
 * Content files put on the test server by the tests, by name.
 * @type {Map<string, string>}
 */
const uploads = new Map();

/**
 * Builds the framework test app (tests/fixtures/<framework>-component-app.js) around `code`, a component the
 * embed builder wrote: JSX compiled as React 19's automatic runtime, or a Vue single-file component compiled
 * with @vue/compiler-sfc and the custom-element prefix the builder tells Vue users to set; `python-showcase` is the
 * package's ES module build. Returns the bundle's URL, or the compiler's message.
 * @param {'react' | 'vue'} framework
 * @param {string} code
 */
async function compileBuilderApp(framework, code) {
  try {
    let component = code;
    if (framework === 'vue') {
      const { parse, compileScript } = await import('vue/compiler-sfc');
      const { descriptor, errors } = parse(code, { filename: 'Showcase.vue' });
      if (errors.length) return { error: errors.map(String).join('\n') };
      const { CUSTOM_ELEMENT_PREFIX } = await import('../../dist/builder/snippets.js');
      component = compileScript(descriptor, {
        id: 'showcase',
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith(CUSTOM_ELEMENT_PREFIX) } },
      }).content;
    }
    const result = await build({
      entryPoints: [`tests/fixtures/${framework}-component-app.js`],
      bundle: true,
      format: 'esm',
      write: false,
      jsx: 'automatic',
      logLevel: 'silent',
      alias: { 'python-showcase': './dist/esm/index.js' },
      define: {
        'process.env.NODE_ENV': '"development"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      plugins: [
        {
          name: 'builder-component',
          setup(builder) {
            builder.onResolve({ filter: /^builder-component$/ }, () => ({ path: 'component', namespace: 'builder' }));
            builder.onLoad({ filter: /.*/, namespace: 'builder' }, () => ({
              contents: component,
              loader: 'jsx',
              resolveDir: process.cwd(),
            }));
          },
        },
      ],
    });
    const number = compiledApps.size + 1;
    compiledApps.set(String(number), result.outputFiles[0].text);
    return { url: `/tests/compiled/${number}.js` };
  } catch (error) {
    return { error: String(error instanceof Error ? error.message : error) };
  }
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function testServerPlugin() {
  return {
    name: 'python-showcase-test-server',
    async executeCommand({ command, payload, session }) {
      if (command === 'set-window-size') return setWindowSize(session, payload.width, payload.height);
      if (command === 'grant-clipboard') return grantClipboard(session, payload.origin);
      if (command === 'compile-builder-app') return compileBuilderApp(payload.framework, payload.code);
      if (command !== 'compare-element-screenshot') return undefined;
      const png = PNG.sync.read(await elementScreenshot(session, payload.selector));
      const key = `${session.id}:${payload.name}`;
      if (payload.phase === 'baseline') {
        baselines.set(key, png);
        return { width: png.width, height: png.height };
      }
      const baseline = baselines.get(key);
      if (!baseline) throw new Error(`no baseline named ${payload.name}`);
      if (baseline.width !== png.width || baseline.height !== png.height) {
        return { sizeDiffers: true, baseline: [baseline.width, baseline.height], actual: [png.width, png.height] };
      }
      const diff = process.env.SCREENSHOT_DIFF_DIR ? new PNG({ width: png.width, height: png.height }) : null;
      const differing = pixelmatch(baseline.data, png.data, diff?.data, png.width, png.height, {
        threshold: 0.1,
      });
      if (diff) {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(`${process.env.SCREENSHOT_DIFF_DIR}/${payload.name}-diff.png`, PNG.sync.write(diff));
        writeFileSync(`${process.env.SCREENSHOT_DIFF_DIR}/${payload.name}-actual.png`, PNG.sync.write(png));
      }
      return { sizeDiffers: false, differingRatio: differing / (png.width * png.height) };
    },
  };
}

/**
 * A page with the README's snippet exactly as written, but for the script URL, which points at this build
 * (answering `delay` ms late; `run` keeps each load out of the cache): the widget above the fold, text below it.
 * @param {number} delay
 * @param {string} run
 */
function readmeSnippetPage(delay, run) {
  const readme = readFileSync('README.md', 'utf8');
  const snippet = /<!-- snippet:start -->\s*```html\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!snippet) throw new Error('README.md has no snippet between <!-- snippet:start --> and <!-- snippet:end -->');
  const local = snippet.replace(
    /https:\/\/cdn\.jsdelivr\.net\/npm\/python-showcase@[^/]+\/dist\/python-showcase\.js/,
    `/dist/python-showcase.js?delay=${delay}&run=${encodeURIComponent(run)}`,
  );
  const paragraph = '<p>Text below the widget, which must not move when the widget renders. '.repeat(6) + '</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The README snippet</title>
    <script src="/tests/pages/probe.js"></script>
    <style>body { margin: 0; font: 16px/1.5 serif }</style></head>
    <body>${local}${paragraph.repeat(8)}</body></html>`;
}

/**
 * A page built on the server with `python-showcase/ssr` as built (dist/server/ssr.js), text below the widget.
 * `attributes` and `content` are JSON; `script=none` leaves every script out (JavaScript off), otherwise the
 * drop-in script comes `delay` ms late, after the probe.
 * @param {Context['query']} query
 */
async function serverRenderedPage(query) {
  const { renderShowcase } = await import(`${process.cwd()}/dist/server/ssr.js`);
  const widget = await renderShowcase({
    attributes: query.attributes ? JSON.parse(String(query.attributes)) : {},
    content: query.content ? JSON.parse(String(query.content)) : undefined,
    lang: query.lang ? String(query.lang) : undefined,
  });
  const scripts =
    query.script === 'none'
      ? ''
      : `<script src="/tests/pages/probe.js"></script>` +
        `<script src="/dist/python-showcase.js?delay=${Number(query.delay) || 0}&run=${encodeURIComponent(String(query.run ?? ''))}" defer></script>`;
  const paragraph = '<p>Text below the widget, which must not move when the widget takes over. '.repeat(4) + '</p>';
  return `<!doctype html><html lang="${query.lang ?? 'en'}"><head><meta charset="utf-8"><title>A server-rendered page</title>
    ${scripts}<style>body { margin: 0; font: 16px/1.5 serif }</style></head>
    <body>${widget}${paragraph.repeat(6)}</body></html>`;
}

/**
 * Lets the page use the clipboard without a prompt, where the launcher can say so (puppeteer on Chromium).
 * @param {TestSession} session
 * @param {string} origin
 */
async function grantClipboard(session, origin) {
  const browser = /** @type {Launcher} */ (session.browser);
  const page = 'getPage' in browser ? browser.getPage(session.id) : undefined;
  if (!page) return false;
  await page
    .browserContext()
    .overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  return true;
}

/**
 * Sizes the page's viewport (puppeteer) or the browser window (WebDriver, where viewports cannot be set).
 * @param {TestSession} session
 * @param {number} width
 * @param {number} height
 */
async function setWindowSize(session, width, height) {
  const browser = /** @type {Launcher} */ (session.browser);
  if ('getPage' in browser) {
    await browser.getPage(session.id).setViewport({ width, height });
  } else {
    // The WebDriver launcher keeps its webdriverio client in a field it does not export.
    await browser.driver.setWindowSize(width, height);
  }
  return true;
}

/**
 * @param {TestSession} session
 * @param {string} selector
 */
async function elementScreenshot(session, selector) {
  const browser = /** @type {Launcher} */ (session.browser);
  if ('getPage' in browser) {
    const page = browser.getPage(session.id);
    const element = await page.$(selector);
    if (!element) throw new Error(`nothing matches ${selector}`);
    return Buffer.from(await element.screenshot({ type: 'png' }));
  }
  return browser.takeScreenshot(session.id, `return document.querySelector(${JSON.stringify(selector)})`);
}

/**
 * What the analytics tools' own trackers sent to their collection endpoints, by test run and tool
 * (/tests/collect/<run>/<tool>/…), as their servers would receive it.
 * @type {Map<string, unknown[]>}
 */
const collected = new Map();

/**
 * Answers the /tests/src/ documents and the other-version script, adds each page's policy header, and makes the drop-in script answer late when asked with ?delay=ms.
 * @param {Context} ctx
 * @param {import('koa').Next} next
 */
export async function testServerMiddleware(ctx, next) {
  const source = /^\/tests\/src\/([\w-]+)$/.exec(ctx.path)?.[1];
  if (source && SOURCES[source]) {
    ctx.set('Cache-Control', 'no-store');
    return SOURCES[source](ctx);
  }
  const collect = /^\/tests\/collect\/([\w-]+)\/(\w+)/.exec(ctx.path);
  if (collect) {
    // A tool's collection endpoint (Plausible's /api/event, Umami's /api/send): POSTs are recorded; a GET of
    // /tests/collect/<run>/<tool> reads back what that run's tracker sent.
    const key = `${collect[1]}/${collect[2]}`;
    if (ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      collected.set(key, [...(collected.get(key) ?? []), JSON.parse(Buffer.concat(chunks).toString('utf8'))]);
      ctx.status = 202;
      ctx.body = 'ok';
      return undefined;
    }
    return json(ctx, JSON.stringify(collected.get(key) ?? []));
  }
  if (ctx.path === '/tests/pages/readme-snippet.html') {
    ctx.type = 'text/html';
    ctx.body = readmeSnippetPage(Number(ctx.query.delay) || 0, String(ctx.query.run ?? ''));
    return undefined;
  }
  if (ctx.path === '/tests/pages/server-rendered.html') {
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await serverRenderedPage(ctx.query);
    return undefined;
  }
  const sitePage = /^\/tests\/sites\/(\w+)\/(.*)$/.exec(ctx.path);
  if (sitePage) {
    // A page a generator built from a guide (tests/node/static-sites.test.mjs), as built, but for the CDN's
    // script URL, which points at this build (its integrity is checked); `script=none` leaves it out.
    const [, site, page] = sitePage;
    let html = readFileSync(`tests/.sites/${site}/_site/${page || 'index.html'}`, 'utf8');
    const cdnScript = /<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/python-showcase@[^"]+"[^>]*><\/script>/;
    if (!cdnScript.test(html)) throw new Error(`${ctx.path}: no drop-in script tag`);
    html =
      ctx.query.script === 'none'
        ? html.replace(cdnScript, '')
        : html
            .replace(
              /https:\/\/cdn\.jsdelivr\.net\/npm\/python-showcase@[^/]+\/dist\/python-showcase\.js/,
              `/dist/python-showcase.js?delay=${Number(ctx.query.delay) || 0}`,
            )
            .replace('<head>', '<head><script src="/tests/pages/probe.js"></script>');
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = html;
    return undefined;
  }
  if (ctx.path === '/tests/pages/long-article.html') {
    // A long article with the widget two screens down (the viewport is 800 px tall), reserved at `reserve` px
    // (0: no reservation) by the builder's CSS, or for `form=mount` (a mount point instead of the tag) by the
    // plugin's; then more text. `loading` is passed as the attribute (or its data- twin).
    const { BREAKPOINTS, reservationCss } = await import('../../dist/builder/snippets.js');
    const reserve = Number(ctx.query.reserve) || 0;
    const loading = ctx.query.loading ? String(ctx.query.loading) : '';
    const paragraph = `<p>${'A paragraph of the article around the widget, long enough to wrap a few times. '.repeat(5)}</p>`;
    const widget =
      ctx.query.form === 'mount'
        ? `<div data-python-showcase${loading && ` data-loading="${loading}"`}>${FALLBACK}</div>`
        : `<python-showcase${loading && ` loading="${loading}"`}>${FALLBACK}</python-showcase>`;
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long article</title>
      <script src="/tests/pages/probe.js"></script>
      <script src="/dist/python-showcase.js" defer></script>
      <style>body { margin: 0; font: 16px/1.5 serif } p { margin: 0 0 16px }
      ${reserve ? reservationCss(Array(BREAKPOINTS.length).fill(reserve), ctx.query.form === 'mount' ? MOUNT_POINT_WAITING : undefined) : ''}</style></head>
      <body><div id="above" style="height:1600px">${paragraph.repeat(3)}</div>${widget}<p id="below">Text below the widget.</p>${paragraph.repeat(12)}</body></html>`;
    return undefined;
  }
  if (ctx.path === '/tests/pages/mount-point.html') {
    // A mount point as an author writes one (no <style> possible), with an inline min-height when `reserve` is
    // given, and the drop-in script loaded for the site, answering `delay` ms late.
    const reserve = Number(ctx.query.reserve) || 0;
    const style = reserve ? ` style="min-height:${reserve}px"` : '';
    const paragraph = '<p>Text below the widget, which must not move when the widget renders. '.repeat(6) + '</p>';
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A mount point</title>
      <script src="/tests/pages/probe.js"></script>
      <script src="/dist/python-showcase.js?delay=${Number(ctx.query.delay) || 0}&run=${encodeURIComponent(String(ctx.query.run ?? ''))}" defer></script>
      <style>body { margin: 0; font: 16px/1.5 serif }</style></head>
      <body><div data-python-showcase${style}>${FALLBACK}</div>${paragraph.repeat(8)}</body></html>`;
    return undefined;
  }
  const hosted = /^\/tests\/hosted\/partner-team\/showcase\/(.*)$/.exec(ctx.path);
  if (hosted) {
    // site/ (npm run build:site) as a plain static host serves it under a path prefix: files as they are.
    const path = join('site', normalize(hosted[1] || 'index.html'));
    if (!path.startsWith('site/') || !existsSync(path) || !statSync(path).isFile()) {
      ctx.status = 404;
      return undefined;
    }
    ctx.type = extname(path);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = readFileSync(path);
    return undefined;
  }
  if (ctx.path === '/tests/pages/guide-strict-csp.html') {
    // The strict-CSP guide's snippet as pasted, its file paths mapped to this build and the reservation rules.
    const guide = readFileSync('docs/guides/strict-csp.md', 'utf8');
    const pasted = /```html\n([\s\S]*?)```/.exec(guide)?.[1];
    if (!pasted) throw new Error('docs/guides/strict-csp.md has no html snippet');
    const snippet = pasted
      .replace('/js/python-showcase.js', '/dist/python-showcase.js')
      .replace('/css/site.css', '/tests/pages/site.css');
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/tests/pages/probe.js"></script></head><body>${snippet}</body></html>`;
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return undefined;
  }
  if (ctx.path === '/tests/pages/site.css') {
    const { DEFAULT_HEIGHTS, reservationCss } = await import('../../dist/builder/snippets.js');
    ctx.type = 'text/css';
    ctx.body = reservationCss(DEFAULT_HEIGHTS);
    return undefined;
  }
  // A partner's own server for a content file: what a test puts there, answered as JSON.
  const upload = /^\/tests\/uploads\/([a-z0-9-]+)\.json$/.exec(ctx.path);
  if (upload && ctx.method === 'PUT') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    uploads.set(upload[1], Buffer.concat(chunks).toString('utf8'));
    ctx.status = 204;
    return undefined;
  }
  const uploaded = upload ? uploads.get(upload[1]) : undefined;
  if (uploaded !== undefined) return json(ctx, uploaded);
  const compiled = /^\/tests\/compiled\/(\d+)\.js$/.exec(ctx.path);
  if (compiled && compiledApps.has(compiled[1])) {
    ctx.type = 'application/javascript';
    ctx.body = compiledApps.get(compiled[1]);
    return undefined;
  }
  if (ctx.path === '/tests/vendor/react.js') {
    // React ships CommonJS only: bundled once into one ES module (development build) for the interop tests.
    reactBundle ??= build({
      stdin: {
        contents:
          "export { createElement, useState } from 'react'; export { flushSync } from 'react-dom'; export { createRoot } from 'react-dom/client';",
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((result) => result.outputFiles[0].text);
    ctx.type = 'application/javascript';
    ctx.body = await reactBundle;
    return undefined;
  }
  if (ctx.path === '/tests/pages/other-version.js') {
    ctx.type = 'application/javascript';
    ctx.body = readFileSync('dist/python-showcase.js', 'utf8').replace(/var v="[^"]+"/, 'var v="0.9.0"');
    return undefined;
  }
  const delay = ctx.path === '/dist/python-showcase.js' ? Number(ctx.query.delay) : 0;
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
  await next();
  const page = HOST_PAGES[ctx.path];
  if (page) {
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.body = hostPage(page);
    ctx.set('Content-Security-Policy', page.policy);
  }
  if (ctx.path.startsWith('/dist/')) ctx.set('Cache-Control', 'no-store');
}
