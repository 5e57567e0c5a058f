// @ts-check
// docs/guides/static-sites.md, built as pasted: each file the guide names (a line "`path`:" above a code
// block) is written into a new site, which Eleventy 3 builds with the package as installed (a link to this
// checkout, built). tests/static-sites.test.ts then opens the pages in the three engines.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { cardNames } from './helpers.mjs';

export const ELEVENTY_SITE = 'tests/.sites/eleventy';

/**
 * The files a guide names, as `{ path: text }`.
 * @param {string} guide
 */
function guideFiles(guide) {
  /** @type {Record<string, string>} */
  const files = {};
  for (const match of readFileSync(guide, 'utf8').matchAll(/^`([^`\s]+)`:\n\n```\w*\n([\s\S]*?)```$/gm)) {
    files[match[1]] = match[2];
  }
  return files;
}


describe('the static-sites guide, built with Eleventy 3', () => {
  before(() => {
    rmSync(ELEVENTY_SITE, { recursive: true, force: true });
    const files = guideFiles('docs/guides/static-sites.md');
    assert.deepEqual(Object.keys(files).sort(), ['_data/showcase.json', 'eleventy.config.js', 'index.njk', 'ours.njk']);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(ELEVENTY_SITE, path)), { recursive: true });
      writeFileSync(join(ELEVENTY_SITE, path), text);
    }
    // `npm install python-showcase`, with this checkout as the package.
    mkdirSync(join(ELEVENTY_SITE, 'node_modules'), { recursive: true });
    symlinkSync(resolve('.'), join(ELEVENTY_SITE, 'node_modules', 'python-showcase'), 'dir');
    writeFileSync(join(ELEVENTY_SITE, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
    execFileSync(resolve('node_modules/.bin/eleventy'), ['--quiet'], { cwd: ELEVENTY_SITE, stdio: 'inherit' });
  });

  it('renders the widget into the page, with the shortcode attributes', () => {
    const html = readFileSync(join(ELEVENTY_SITE, '_site/index.html'), 'utf8');
    assert.match(html, /<python-showcase [^>]*apps="spotify, netflix, dropbox"[^>]*layout="list"/);
    assert.match(html, /<template shadowroot(mode)?="open"/);
    assert.deepEqual(cardNames(html), ['Spotify', 'Netflix', 'Dropbox']);
    assert.match(html, /utm_source=acme/);
  });

  it('renders content from Eleventy data, and writes it as inline JSON', () => {
    const html = readFileSync(join(ELEVENTY_SITE, '_site/ours/index.html'), 'utf8');
    assert.deepEqual(cardNames(html), ['Reddit']);
    assert.match(html, /<script type="application\/json">\{"heading":"Python at work"/);
  });
});
