// @ts-check
// Loads a page of the test WordPress in puppeteer (Chromium or Firefox) as a visitor would, and reports what the
// browser got and showed. The CDN's drop-in URL is answered with the built file (with CORS, as the CDN answers),
// so the browser really checks a snippet's integrity hash; nothing outside the site is fetched.
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../../scripts/system-browsers.mjs';

const CDN_SCRIPT = /^https:\/\/cdn\.jsdelivr\.net\/npm\/python-showcase@[^/]+\/dist\/python-showcase\.js$/;
export const PLUGIN_SCRIPT = '/wp-content/plugins/python-showcase/assets/python-showcase.js';

/** @param {'chromium' | 'firefox'} browserName */
export function launch(browserName) {
  return browserName === 'chromium'
    ? puppeteer.launch({ ...chromiumLaunchOptions, args: [...chromiumLaunchOptions.args, '--headless=new'] })
    : puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
}

const dropIn = () => readFileSync('dist/python-showcase.js', 'utf8');

/**
 * The page's cumulative layout shift, kept on its window; null where the engine reports none.
 * @typedef {Window & { __cls?: number | null }} ShiftWindow
 * @typedef {PerformanceEntry & { value: number, hadRecentInput: boolean }} LayoutShift
 */

/**
 * Where a page is opened: the browser, or one of its contexts (a session of its own, such as a logged-in user's).
 * @typedef {import('puppeteer-core').Browser | import('puppeteer-core').BrowserContext} PageOpener
 */

/**
 * A page of sitePage(): with the dialogs, uncaught errors and console errors it met.
 * @typedef {import('puppeteer-core').Page & { outcome: { dialogs: string[], errors: string[] } }} SitePage
 */

/**
 * A block in the editor, as WordPress's block editor store holds it.
 * @typedef {{ name: string, attributes: Record<string, unknown> }} EditorBlock
 */

/**
 * The parts of WordPress's editor API, the page's `wp` global, that the tests read (in the page).
 * @typedef {{
 *   data: {
 *     select(store: 'core/editor'): {
 *       getCurrentPostId(): number | null;
 *       getCurrentPostAttribute(name: string): unknown;
 *       getEditedPostContent(): string;
 *       getPermalink(): string | null;
 *       isSavingPost(): boolean;
 *     };
 *     select(store: 'core/block-editor'): { getBlocks(): EditorBlock[] };
 *   };
 * }} WordPressEditorApi
 */

/**
 * The block editor's window, once its scripts have loaded.
 * @typedef {typeof window & { wp: WordPressEditorApi }} EditorWindow
 */

/**
 * What a visit got and showed.
 * @typedef {Awaited<ReturnType<typeof visit>>} Outcome
 */

/**
 * Loads `url` in `browser`: what it got and showed. `scriptDelay` holds the widget's script back.
 * @param {PageOpener} browser
 * @param {string} url
 * @param {{ width?: number, scriptDelay?: number }} [options]
 */
export async function visit(browser, url, { width = 1280, scriptDelay = 0 } = {}) {
  const origin = new URL(url).origin;
  const page = await browser.newPage();
  await page.setViewport({ width, height: 800 });
  /** @type {{ scripts: string[], dialogs: string[], errors: string[] }} */
  const outcome = { scripts: [], dialogs: [], errors: [] };
  page.on('dialog', (dialog) => {
    outcome.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => outcome.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') outcome.errors.push(`${message.text()} ${message.location()?.url ?? ''}`.trim());
  });
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    const url = request.url();
    if (CDN_SCRIPT.test(url) || url.includes(PLUGIN_SCRIPT)) outcome.scripts.push(url.replace(origin, ''));
    if (scriptDelay && (CDN_SCRIPT.test(url) || url.includes(PLUGIN_SCRIPT))) {
      await new Promise((resolve) => setTimeout(resolve, scriptDelay));
    }
    if (CDN_SCRIPT.test(url)) {
      return request.respond({
        status: 200,
        contentType: 'text/javascript',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: dropIn(),
      });
    }
    // Nothing but this WordPress: a theme's fonts or emoji from elsewhere would only slow the page down.
    if (!url.startsWith(origin) && !url.startsWith('data:')) return request.abort();
    return request.continue();
  });
  await page.evaluateOnNewDocument(() => {
    const page = /** @type {ShiftWindow} */ (window);
    page.__cls = 0;
    try {
      new PerformanceObserver((list) => {
        for (const entry of /** @type {LayoutShift[]} */ (list.getEntries())) {
          if (!entry.hadRecentInput) page.__cls = (page.__cls ?? 0) + entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    } catch {
      page.__cls = null;
    }
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response) throw new Error(`no response for ${url}`);
  const html = await response.text();
  // Each widget's cards, once rendered (an empty list for a widget that has not, none for no widget).
  const widgets = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('python-showcase')].map((showcase) =>
        [...(showcase.shadowRoot?.querySelectorAll('python-app-card') ?? [])].map((card) =>
          card.shadowRoot?.querySelector('.name')?.textContent.trim(),
        ),
      ),
    );
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && (await widgets()).some((cards) => !cards.length || cards.includes(undefined))) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const cards = await widgets();
  const shown = await page.evaluate(() => ({
    cls: /** @type {ShiftWindow} */ (window).__cls,
    text: /** @type {HTMLElement} */ (document.querySelector('main, .entry-content, body')).innerText,
    headingLevels: [...document.querySelectorAll('python-showcase')].map(
      (showcase) => showcase.shadowRoot?.querySelector('.heading')?.tagName,
    ),
    headings: [...document.querySelectorAll('python-showcase')].map((showcase) =>
      showcase.shadowRoot?.querySelector('.heading')?.textContent.trim(),
    ),
    layouts: [...document.querySelectorAll('python-showcase')].map((showcase) =>
      ['grid', 'list', 'carousel'].find((name) =>
        showcase.shadowRoot?.querySelector('.root')?.classList.contains(name),
      ),
    ),
    attributes: [...document.querySelectorAll('python-showcase')].map((showcase) =>
      Object.fromEntries([...showcase.attributes].map((attribute) => [attribute.name, attribute.value])),
    ),
    takeaways: [...document.querySelectorAll('python-showcase')].map(
      (showcase) => !!showcase.shadowRoot?.querySelector('.takeaways'),
    ),
    injected: [...document.querySelectorAll('img[src="x"], [onmouseover], script')].filter(
      (element) => element.localName !== 'script' || /alert\(/.test(element.textContent),
    ).length,
    links: [...document.querySelectorAll('python-showcase')].flatMap((showcase) =>
      [...(showcase.shadowRoot?.querySelectorAll('python-app-card') ?? [])].flatMap((card) =>
        [...(card.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.href),
      ),
    ),
  }));
  await page.close();
  return { ...outcome, html, widgets: cards, ...shown };
}

/**
 * A page in `context` (a browser or one of its contexts) that reaches nothing but `origin`, with its dialogs,
 * uncaught errors and console errors collected in `page.outcome`.
 * @param {PageOpener} context
 * @param {string} origin
 * @returns {Promise<SitePage>}
 */
export async function sitePage(context, origin) {
  /** @type {SitePage['outcome']} */
  const outcome = { dialogs: [], errors: [] };
  const page = Object.assign(await context.newPage(), { outcome });
  await page.setViewport({ width: 1400, height: 1000 });
  page.on('dialog', (dialog) => {
    page.outcome.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => page.outcome.errors.push(String(error)));
  // A console error names the address it is about, so a failing test says which.
  page.on('console', (message) => {
    if (message.type() === 'error')
      page.outcome.errors.push(`${message.text()} ${message.location()?.url ?? ''}`.trim());
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob|about):/.test(url) && !url.startsWith(origin)) return request.abort();
    return request.continue();
  });
  return page;
}

/**
 * Logs `user` (whose password is `<user>-password-1`, as setup-site.php made it) in through wp-login.php.
 * @param {PageOpener} context
 * @param {string} origin
 * @param {string} user
 */
export async function logIn(context, origin, user) {
  const page = await sitePage(context, origin);
  await page.goto(`${origin}/wp-login.php`, { waitUntil: 'load' });
  // wp-login.php focuses and selects the user name field 200 ms after loading: typing starts after that.
  await page.waitForFunction(() => document.activeElement?.id === 'user_login');
  await page.type('#user_login', user);
  await page.type('#user_pass', `${user}-password-1`);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  await page.close();
}

/**
 * Opens the block editor at `path` (post-new.php, or post.php?post=ID&action=edit) and waits until it has loaded
 * the post; the welcome guide a first visit shows is closed, as a person would close it.
 * @param {PageOpener} context
 * @param {string} origin
 * @param {string} path
 */
export async function openEditor(context, origin, path) {
  const page = await sitePage(context, origin);
  await page.goto(`${origin}/wp-admin/${path}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      // Until the editor's scripts have loaded, `wp` (or its data store) is not there yet.
      const editor = /** @type {Window & { wp?: Partial<WordPressEditorApi> }} */ (window).wp?.data?.select(
        'core/editor',
      );
      /** @type {HTMLIFrameElement | null} */
      const iframe = document.querySelector('iframe[name="editor-canvas"]');
      return (
        editor?.getCurrentPostId() &&
        (iframe?.contentDocument ?? document).querySelector('.block-editor-block-list__layout')
      );
    },
    { timeout: 30_000 },
  );
  const guide = await page
    .waitForSelector('[class*="welcome-guide"] button[aria-label^="Close"]', { timeout: 3000 })
    .catch(() => null);
  if (guide) await guide.click();
  return page;
}

/**
 * The frame the editor shows the post in: its canvas iframe (WordPress 6.3 on, for blocks of API version 3), or the page.
 * @param {import('puppeteer-core').Page} page
 */
export async function canvas(page) {
  const iframe = await page.$('iframe[name="editor-canvas"]');
  return (await iframe?.contentFrame()) ?? page.mainFrame();
}
