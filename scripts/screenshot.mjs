// @ts-check
// Takes the README's screenshots with the system Chromium: the partner page (the built drop-in script, as
// partners load it) in the light and dark themes, clipped to the widget, and the embed builder. Run after
// `npm run build`.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from './system-browsers.mjs';

const server = await createServer({ logLevel: 'silent', server: { port: 0 } });
await server.listen();
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('the Vite server gave no local URL');
const browser = await puppeteer.launch(chromiumLaunchOptions);
mkdirSync('docs', { recursive: true });
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1000, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(`${base}demo/partner.html`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      document.querySelector('python-showcase')?.shadowRoot?.querySelector('python-course-promo'),
    );
    await page.evaluate(() => document.fonts.ready);
    const widget = await page.$('python-showcase');
    if (!widget) throw new Error('demo/partner.html has no <python-showcase>');
    await widget.screenshot({ path: `docs/screenshot-${scheme}.png` });
    console.log(`docs/screenshot-${scheme}.png`);
    await page.close();
  }
  // The embed builder, as a marketer first sees it: options, snippet and preview.
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await page.goto(`${base}demo/builder.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => Number(document.body.dataset.snippetReady) > 0);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: 'docs/screenshot-builder.png' });
  console.log('docs/screenshot-builder.png');
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
