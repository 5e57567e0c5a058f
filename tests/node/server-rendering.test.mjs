// @ts-check
// python-showcase/ssr and the `python-showcase render` command in plain Node, as a site's build runs them:
// no DOM shim, the package as built (npm test builds it first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardNames, manifestAttributes, sampleValues } from './helpers.mjs';
import { describe, it } from 'node:test';
import { renderShowcase, styleHashes } from '../../dist/server/ssr.js';

const CLI = 'dist/server/cli.js';

/** @param {...string} args */
function cli(...args) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

describe('renderShowcase', () => {
  it('renders the chosen cards as declarative shadow roots, with the attributes and a fallback link', async () => {
    const html = await renderShowcase({
      attributes: { apps: 'spotify, netflix', layout: 'list', 'heading-level': '3', takeaways: true, promo: false },
    });
    assert.match(html, /^<python-showcase\s[^>]*apps="spotify, netflix"[^>]*>/);
    assert.match(html.slice(0, 200), /layout="list"/);
    assert.match(html.slice(0, 200), /heading-level="3"/);
    assert.match(html.slice(0, 200), /\stakeaways[\s>]/);
    assert.doesNotMatch(html.slice(0, 200), /promo=/, 'false leaves an attribute out');
    assert.deepEqual(cardNames(html), ['Spotify', 'Netflix']);
    assert.equal(html.match(/<template shadowroot(mode)?="open"/g)?.length, 4, 'the showcase, two cards, the promo');
    assert.match(html, /<h3 class="heading"/);
    assert.ok(
      html.endsWith(
        '<a href="https://www.nobledesktop.com/">Apps you use every day are built with Python</a></python-showcase>',
      ),
    );
  });

  it('writes the language it rendered in on the element, and a plain fallback when there is no promo', async () => {
    const html = await renderShowcase({ content: { promo: null }, lang: 'de-AT' });
    assert.match(html, /^<python-showcase lang="de-AT"/);
    assert.ok(html.endsWith('<span>Apps you use every day are built with Python</span></python-showcase>'));
    assert.match(await renderShowcase(), /^<python-showcase lang="en">/);
  });

  it('warns that src is the browser\'s to fetch', () => {
    const result = cli('render', '--src', 'https://example.com/content.json');
    assert.equal(result.status, 0);
    assert.match(result.stderr, /src is fetched by the browser/);
  });

  it('writes given content as inline JSON that no markup in it can end', async () => {
    const content = {
      heading: 'Ours </script><script>alert(1)</script> <!--',
      apps: [{ id: 'reddit', name: 'Reddit', summary: 'Since 2005.', stat: { value: 73_000_000, label: 'daily users' } }],
    };
    const html = await renderShowcase({ content, lang: 'de' });
    const match = /<script type="application\/json">(.*?)<\/script>/s.exec(html);
    assert.ok(match, 'the content as inline JSON');
    const json = match[1];
    assert.deepEqual(JSON.parse(json), content);
    assert.equal(json.includes('<'), false);
    assert.deepEqual(cardNames(html), ['Reddit']);
    assert.match(html, /73\u00a0Mio\./, "figures in the page's language");
    assert.match(html, /Ours &lt;\/script&gt;/, 'the heading as text');
  });

  it('gives the hashes of every style element it writes, for a strict style-src', async () => {
    const html = await renderShowcase({ attributes: { takeaways: true } });
    const styles = [...html.matchAll(/<style>(.*?)<\/style>/gs)].map((m) => m[1]);
    assert.ok(styles.length >= 3);
    for (const text of styles) {
      assert.ok(styleHashes.includes(`'sha256-${createHash('sha256').update(text).digest('base64')}'`));
    }
  });

  it('writes every attribute the manifest lists for <python-showcase> on its tag, and hands the promo its own', async () => {
    const showcase = manifestAttributes('python-showcase', 15);
    const attributes = sampleValues(showcase, { apps: 'spotify' });
    /** The attribute as a tag carries it: bare for a flag. */
    const written = (/** @type {string} */ name) =>
      attributes[name] === true ? new RegExp(`\\s${name}(?=[\\s>])`) : new RegExp(`\\s${name}="${attributes[name]}"`);

    const html = await renderShowcase({ attributes });
    const openingTag = /^<python-showcase\b[^>]*>/.exec(html)?.[0] ?? '';
    for (const { name } of showcase) assert.match(openingTag, written(name), `<python-showcase> carries ${name}`);

    // The promo's own attributes reach the promo with the other settings the showcase hands down, as properties
    // (tests/python-showcase.test.ts walks the promo's table in the browser); rendered here, where one shows:
    // `dismissible` gives the promo its close button. Placed, since the last value of `promo` is `none`.
    const placed = await renderShowcase({ attributes: { ...attributes, promo: 'top' } });
    const promoRoot = /<python-course-promo\b[\s\S]*?<\/python-course-promo>/.exec(placed)?.[0] ?? '';
    assert.ok(promoRoot, 'the promo is rendered');
    assert.match(promoRoot, /part="close"/, 'dismissible reached the promo: its close button');
    const plain = await renderShowcase({ attributes: { promo: 'top' } });
    assert.doesNotMatch(/<python-course-promo\b[\s\S]*?<\/python-course-promo>/.exec(plain)?.[0] ?? '', /part="close"/);
  });

  it('warns of a name that is not an attribute (a JavaScript caller\'s; TypeScript rejects it) and renders without it', async () => {
    /** @type {string[]} */
    const warnings = [];
    const { warn } = console;
    console.warn = (/** @type {string} */ message) => void warnings.push(message);
    try {
      // As from JavaScript (dist/server/ssr.js is read here for its JavaScript's types); the packed-package test
      // checks that TypeScript rejects the name.
      const html = await renderShowcase({ attributes: { 'heading-levle': 3 } });
      assert.doesNotMatch(html, /heading-levle/);
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(warnings, ['[python-showcase] render: "heading-levle" is not an attribute of <python-showcase>; ignored']);
  });

  it('leaves no server code in the drop-in script', () => {
    const dropIn = readFileSync('dist/python-showcase.js', 'utf8');
    for (const word of ['parse5', 'renderShowcase', 'LitElementRenderer', 'shadowrootmode', 'node:crypto']) {
      assert.equal(dropIn.includes(word), false, word);
    }
  });
});

describe('python-showcase render', () => {
  it('prints the widget with every attribute as an option', () => {
    const result = cli('render', '--apps', 'google,dropbox', '--theme', 'dark', '--dismissible', '--partner', 'acme');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.deepEqual(cardNames(result.stdout), ['Google', 'Dropbox']);
    assert.match(result.stdout, /^<python-showcase [^>]*theme="dark"[^>]*dismissible/);
    assert.match(result.stdout, /utm_source=acme/);
  });

  it('warns of an invalid attribute value and renders the default, exit 0', () => {
    const result = cli('render', '--layout', 'hexagon', '--heading-level', '9');
    assert.equal(result.status, 0);
    assert.match(result.stderr, /\[python-showcase\] layout="hexagon" is not grid\|list\|carousel; using grid/);
    assert.match(result.stderr, /heading-level="9" is not 1-6; using 2/);
    assert.match(result.stdout, /<h2 class="heading"/);
    assert.equal(cardNames(result.stdout).length, 5);
  });

  it('reads content from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'showcase-'));
    const file = join(dir, 'content.json');
    writeFileSync(file, JSON.stringify({ apps: [{ id: 'reddit', name: 'Reddit', summary: 'Since 2005.' }] }));
    const result = cli('render', '--content', file);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(cardNames(result.stdout), ['Reddit']);
  });

  for (const [name, text, message] of /** @type {Array<[string, string | null, RegExp]>} */ ([
    ['a missing file', null, /cannot read .*ENOENT/],
    ['a file that is not JSON', '{"apps": [', /is not JSON/],
    ['JSON that is not an object', '[1, 2]', /is not a JSON object/],
    ['null', 'null', /is not a JSON object/],
  ])) {
    it(`fails on ${name}: a message, a non-zero exit, nothing on standard output`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'showcase-'));
      const file = join(dir, 'content.json');
      if (text !== null) writeFileSync(file, text);
      const result = cli('render', '--content', file);
      assert.notEqual(result.status, 0);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '');
    });
  }

  it('refuses an unknown option with its usage', () => {
    const result = cli('render', '--colour', 'red');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Unknown option '--colour'/);
    assert.equal(result.stdout, '');
  });
});
