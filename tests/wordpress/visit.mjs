// Loads a page of the test WordPress in puppeteer (Chromium or Firefox) as a visitor would, and reports what the
// browser got and showed. The CDN's drop-in URL is answered with the built file (with CORS, as the CDN answers),
// so the browser really checks a snippet's integrity hash; nothing outside the site is fetched.
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../../scripts/system-browsers.mjs';

const CDN_SCRIPT = /^https:\/\/cdn\.jsdelivr\.net\/npm\/python-showcase@[^/]+\/dist\/python-showcase\.js$/;
export const PLUGIN_SCRIPT = '/wp-content/plugins/python-showcase/assets/python-showcase.js';

export function launch(browserName) {
  return browserName === 'chromium'
    ? puppeteer.launch({ ...chromiumLaunchOptions, args: [...chromiumLaunchOptions.args, '--headless=new'] })
    : puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
}

const dropIn = () => readFileSync('dist/python-showcase.js', 'utf8');

/** Loads `url` in `browser`: what it got and showed. `scriptDelay` holds the widget's script back. */
export async function visit(browser, url, { width = 1280, scriptDelay = 0 } = {}) {
  const origin = new URL(url).origin;
  const page = await browser.newPage();
  await page.setViewport({ width, height: 800 });
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
    window.__cls = 0;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    } catch {
      window.__cls = null;
    }
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  outcome.html = await response.text();
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
  outcome.widgets = await widgets();
  Object.assign(
    outcome,
    await page.evaluate(() => ({
      cls: window.__cls,
      text: document.querySelector('main, .entry-content, body').innerText,
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
    })),
  );
  await page.close();
  return outcome;
}

/**
 * A page in `context` (a browser or one of its contexts) that reaches nothing but `origin`, with its dialogs,
 * uncaught errors and console errors collected in `page.outcome`.
 */
export async function sitePage(context, origin) {
  const page = await context.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  page.outcome = { dialogs: [], errors: [] };
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

/** Logs `user` (whose password is `<user>-password-1`, as setup-site.php made it) in through wp-login.php. */
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
 */
export async function openEditor(context, origin, path) {
  const page = await sitePage(context, origin);
  await page.goto(`${origin}/wp-admin/${path}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      window.wp?.data?.select('core/editor')?.getCurrentPostId() &&
      (document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document).querySelector(
        '.block-editor-block-list__layout',
      ),
    { timeout: 30_000 },
  );
  const guide = await page
    .waitForSelector('[class*="welcome-guide"] button[aria-label^="Close"]', { timeout: 3000 })
    .catch(() => null);
  if (guide) await guide.click();
  return page;
}

/** The frame the editor shows the post in: its canvas iframe (WordPress 6.3 on, for blocks of API version 3), or the page. */
export async function canvas(page) {
  const iframe = await page.$('iframe[name="editor-canvas"]');
  return (await iframe?.contentFrame()) ?? page.mainFrame();
}
