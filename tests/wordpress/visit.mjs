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
 * What a visit got and showed.
 * @typedef {Awaited<ReturnType<typeof visit>>} Outcome
 */

/**
 * Loads `url` in `browser`: what it got and showed. `scriptDelay` holds the widget's script back.
 * @param {import('puppeteer-core').Browser} browser
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
  page.on('console', (message) => message.type() === 'error' && outcome.errors.push(message.text()));
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
      ['grid', 'list', 'carousel'].find((name) => showcase.shadowRoot?.querySelector('.root')?.classList.contains(name)),
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
