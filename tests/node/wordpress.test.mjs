// @ts-check
// The widget in a real WordPress 6.1 (Debian's packages, on loopback), as each role places it: posts saved
// through WordPress's own API as administrator, author and contributor, the plugin installed from the zip
// `npm run build:wordpress` writes, and the pages WordPress serves loaded in Chromium and Firefox. The CDN's
// URL is answered with the built drop-in script, so the browser really checks the snippet's integrity hash.
// (WebKit cannot intercept requests over WebDriver classic; the mount-point tests cover it on plain pages.)
//
// The docs/guides/wordpress.md blocks between <!-- wordpress:NAME:start/end --> markers are this test's output:
// it fails when they are stale, and `npm run docs:wordpress` (WRITE_GUIDE=1) writes them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { manifestAttributes, pasted as pastedFrom, sampleValues } from './helpers.mjs';
import { shortcodeSnippet } from '../../dist/builder/snippets.js';
import { PLUGIN_SCRIPT, launch, visit as visitUrl } from '../wordpress/visit.mjs';
import { startWordPress } from '../wordpress/wordpress-site.mjs';

const GUIDE = 'docs/guides/wordpress.md';
const ALL_APPS = ['Instagram', 'Google', 'Spotify', 'Netflix', 'Dropbox'];

execFileSync('node', ['scripts/build-wordpress.mjs'], { stdio: 'ignore' });
const readmeMatch = /<!-- snippet:start -->\s*```html\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'));
assert.ok(readmeMatch, 'the README has its snippet');
const readmeSnippet = readmeMatch[1].trim();
const guide = readFileSync(GUIDE, 'utf8');
/** A snippet from the guide, as an editor pastes it. */
const pasted = (/** @type {string} */ name) => pastedFrom(GUIDE, name).trim();
const htmlBlock = (/** @type {string} */ html) => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`;

const CONTENT_JSON = JSON.stringify({
  heading: 'Python on our favourite sites',
  apps: [
    { id: 'reddit', name: 'Reddit', summary: 'Python has run Reddit since 2005.', url: 'https://www.reddit.com/' },
  ],
});

/**
 * A value for each attribute of `<python-showcase>` in custom-elements.json, as an author writes it in a
 * shortcode (a flag bare); a few text attributes need a value of their kind.
 */
const EVERY_ATTRIBUTE = sampleValues(manifestAttributes('python-showcase', 15), {
  apps: 'reddit',
  src: '/wp-content/uploads/python-showcase/content.json',
  'preview-at': '2026-06-01T12:00:00Z',
});
const everyAttributeShortcode = `[python_showcase ${Object.entries(EVERY_ATTRIBUTE)
  .map(([name, value]) => (value === true ? name : `${name}="${value}"`))
  .join(' ')}]`;

const CASES = [
  { name: 'every-attribute-shortcode', role: 'author', content: everyAttributeShortcode },
  { name: 'admin-classic-snippet', role: 'administrator', content: readmeSnippet },
  { name: 'admin-html-block-snippet', role: 'administrator', content: htmlBlock(readmeSnippet) },
  { name: 'author-html-block-snippet', role: 'author', content: htmlBlock(readmeSnippet) },
  { name: 'author-mount-point', role: 'author', content: htmlBlock(pasted('mount-point')) },
  { name: 'author-shortcode', role: 'author', content: pasted('shortcode') },
  { name: 'contributor-shortcode', role: 'contributor', content: '[python_showcase heading-level="3" partner="acme"]' },
  {
    name: 'two-shortcodes',
    role: 'author',
    content: '[python_showcase apps="google"]\n\n[python_showcase apps="dropbox" theme="dark"]',
  },
  {
    // What the embed builder writes for these options (tests/embed-builder/host-forms.test.ts checks it writes this).
    name: 'builder-shortcode',
    role: 'author',
    content: shortcodeSnippet({
      attributes: {
        apps: 'instagram,spotify,netflix,dropbox',
        layout: 'list',
        'heading-level': '3',
        heading: 'Built "with" Python',
        takeaways: true,
        partner: 'acme',
      },
    }),
  },
  {
    // The builder's shortcode for content of one's own: the content.json it offers, hosted and named by src.
    name: 'builder-shortcode-src',
    role: 'author',
    content: shortcodeSnippet({
      attributes: {
        layout: 'list',
        takeaways: true,
        partner: 'acme',
        src: '/wp-content/uploads/python-showcase/content.json',
      },
    }),
  },
  { name: 'no-widget', role: 'author', content: 'A post about something else.' },
  {
    // An administrator's text reaches the plugin as written (kses filters a contributor's before).
    name: 'admin-hostile-shortcode',
    role: 'administrator',
    content:
      `[python_showcase heading='"><img src=x onerror=alert(1)>' apps='x" onmouseover="alert(2)' ` +
      `src="javascript:alert(3)" partner="</div><script>alert(4)</script>" layout="list<b>" takeaways=no]`,
  },
  {
    name: 'hostile-shortcode',
    role: 'contributor',
    content:
      `[python_showcase heading='"><img src=x onerror=alert(1)>' apps='x" onmouseover="alert(2)' ` +
      `src="javascript:alert(3)" partner="</div><script>alert(4)</script>" layout="list<b>" takeaways=no]`,
  },
];

/** @type {import('../wordpress/wordpress-site.mjs').WordPressSite} */
let site;
/** @type {Partial<Record<'chromium' | 'firefox', import('puppeteer-core').Browser>>} */
const browsers = {};
/** @type {Record<string, import('../wordpress/visit.mjs').Outcome>} */
const results = {};

before(async () => {
  site = await startWordPress({
    cases: CASES,
    pluginZip: 'dist/python-showcase-wordpress.zip',
    uploads: { 'python-showcase/content.json': CONTENT_JSON },
    // A stand-in for a language pack: what a translation does, for the plugin's text domain, on pages asked for
    // with ?pseudo-locale.
    muPlugins: {
      'python-showcase-pseudo-locale.php': `<?php
add_filter( 'gettext', function ( $translation, $text, $domain ) {
	return 'python-showcase' === $domain && isset( $_GET['pseudo-locale'] ) ? '[pseudo] ' . $translation : $translation;
}, 10, 3 );
`,
    },
  });
  browsers.chromium = await launch('chromium');
  browsers.firefox = await launch('firefox');
});

after(async () => {
  await Promise.all(Object.values(browsers).map((browser) => browser.close()));
  await site?.stop();
});

/**
 * @param {'chromium' | 'firefox'} browserName
 * @param {string} caseName
 * @param {Parameters<typeof visitUrl>[2]} [options]
 */
const visit = (browserName, caseName, options) => {
  const browser = browsers[browserName];
  assert.ok(browser, `${browserName} is running`);
  return visitUrl(browser, site.posts[caseName].url, options);
};

/**
 * The post's content as WordPress (Twenty Twenty-Three) serves it: what its entry-content element holds.
 * @param {string} html
 */
const entryContent = (html) => {
  const match =
    /<div [^>]*class="[^"]*\bentry-content\b[^"]*"[^>]*>([\s\S]*?)<\/div>\s*<div class="wp-block-template-part">/.exec(
      html,
    );
  assert.ok(match, 'the served page has an entry-content element');
  return match[1].trim();
};

for (const browserName of /** @type {const} */ (['chromium', 'firefox'])) {
  describe(`WordPress 6.1 in ${browserName}`, { timeout: 120_000 }, () => {
    it('the README snippet pasted by an administrator works in the classic editor and a Custom HTML block', async () => {
      for (const name of ['admin-classic-snippet', 'admin-html-block-snippet']) {
        const outcome = await visit(browserName, name);
        assert.deepEqual(outcome.widgets, [ALL_APPS], name);
        assert.deepEqual(outcome.errors, [], `${name}: console errors (an integrity mismatch would be one)`);
        assert.equal(outcome.scripts.length, 1, `${name}: the CDN script, once`);
        results[name] = outcome;
      }
    });

    it('the README snippet pasted by an author: WordPress removes the tag, the script and the style', async () => {
      const outcome = await visit(browserName, 'author-html-block-snippet');
      assert.deepEqual(outcome.widgets, [], 'no widget');
      assert.deepEqual(outcome.scripts, [], 'no script');
      assert.match(outcome.text, /python-showcase:not\(:defined\)/, 'the CSS text shows as text');
      assert.match(outcome.text, /Apps you use every day are built with Python/, 'the fallback link stays');
      results['author-html-block-snippet'] = outcome;
    });

    it('a mount point written by an author, with data-src: the plugin loads the script for it', async () => {
      assert.match(site.posts['author-mount-point'].saved, /data-python-showcase/);
      assert.match(
        site.posts['author-mount-point'].saved,
        /style="min-height: 827px"/,
        'WordPress kept the min-height',
      );
      const outcome = await visit(browserName, 'author-mount-point');
      assert.deepEqual(outcome.widgets, [['Reddit']]);
      assert.deepEqual(outcome.scripts, [`${PLUGIN_SCRIPT}?ver=1.1.0`]);
      assert.deepEqual(outcome.errors, []);
      results['author-mount-point'] = outcome;
    });

    it('the shortcode, saved by an author and by a contributor', async () => {
      const author = await visit(browserName, 'author-shortcode');
      assert.deepEqual(author.widgets, [['Spotify', 'Netflix']]);
      assert.deepEqual(author.errors, []);
      assert.match(
        author.html,
        /<script defer integrity="sha384-[^"]+" crossorigin="anonymous" src='[^']+python-showcase\.js\?ver=1\.1\.0'/,
      );
      const contributor = await visit(browserName, 'contributor-shortcode');
      assert.deepEqual(contributor.widgets, [ALL_APPS]);
      assert.deepEqual(contributor.headingLevels, ['H3']);
      assert.ok(contributor.links.every((href) => new URL(href).searchParams.get('utm_source') === 'acme'));
      results['author-shortcode'] = author;
    });

    it('the fallback link is in the site’s language: its text is translated in the plugin’s text domain', async () => {
      const address = new URL(site.posts['author-shortcode'].url);
      address.searchParams.set('pseudo-locale', '1');
      const browser = browsers[browserName];
      assert.ok(browser);
      const outcome = await visitUrl(browser, address.href);
      assert.match(
        outcome.html,
        /data-python-showcase[^>]*><a href="https:\/\/www\.nobledesktop\.com\/">\[pseudo\] Apps you use every day are built with Python<\/a>/,
      );
      assert.deepEqual(outcome.widgets, [['Spotify', 'Netflix']]);
    });

    it('a shortcode with every attribute in custom-elements.json sets each on the element', async () => {
      const outcome = await visit(browserName, 'every-attribute-shortcode');
      assert.equal(outcome.attributes.length, 1);
      const expected = Object.fromEntries(
        Object.entries(EVERY_ATTRIBUTE).map(([name, value]) => [name, value === true ? '' : String(value)]),
      );
      const found = Object.fromEntries(Object.keys(expected).map((name) => [name, outcome.attributes[0][name]]));
      assert.deepEqual(found, expected, everyAttributeShortcode);
      // And the widget read them: the hosted content's app, in the carousel layout, with its heading at level 4.
      assert.deepEqual(outcome.widgets, [['Reddit']]);
      assert.deepEqual(outcome.layouts, ['carousel']);
      assert.deepEqual(outcome.headingLevels, ['H4']);
      assert.deepEqual(outcome.errors, []);
    });

    it("the embed builder's shortcode renders the options it was given", async () => {
      const outcome = await visit(browserName, 'builder-shortcode');
      assert.deepEqual(outcome.widgets, [['Instagram', 'Spotify', 'Netflix', 'Dropbox']]);
      assert.deepEqual(outcome.headingLevels, ['H3']);
      assert.deepEqual(outcome.headings, ['Built "with" Python']);
      assert.deepEqual(outcome.layouts, ['list']);
      assert.deepEqual(outcome.takeaways, [true]);
      assert.ok(outcome.links.every((href) => new URL(href).searchParams.get('utm_source') === 'acme'));
      assert.deepEqual(outcome.errors, []);
    });

    it("the embed builder's shortcode with src renders the hosted content.json", async () => {
      assert.match(
        site.posts['builder-shortcode-src'].saved,
        /src="\/wp-content\/uploads\/python-showcase\/content\.json"/,
      );
      const outcome = await visit(browserName, 'builder-shortcode-src');
      assert.deepEqual(outcome.widgets, [['Reddit']]);
      assert.deepEqual(outcome.headings, ['Python on our favourite sites']);
      assert.deepEqual(outcome.layouts, ['list']);
      assert.deepEqual(outcome.takeaways, [true]);
      assert.deepEqual(outcome.errors, []);
    });

    it('two shortcodes on one page: two widgets, one script request', async () => {
      const outcome = await visit(browserName, 'two-shortcodes');
      assert.deepEqual(outcome.widgets, [['Google'], ['Dropbox']]);
      assert.equal(outcome.scripts.length, 1);
      assert.equal(outcome.html.match(/id='python-showcase-js'/g)?.length, 1, 'one script tag');
    });

    it('a post without the widget gets no script and no reservation', async () => {
      const outcome = await visit(browserName, 'no-widget');
      assert.deepEqual(outcome.scripts, []);
      assert.doesNotMatch(outcome.html, /python-showcase/);
    });

    it('hostile shortcode attributes inject no markup and run nothing', async () => {
      for (const name of ['admin-hostile-shortcode', 'hostile-shortcode']) {
        const outcome = await visit(browserName, name);
        assert.deepEqual(outcome.dialogs, [], name);
        assert.equal(outcome.injected, 0, name);
        assert.equal(outcome.widgets.length, 1, name);
        assert.ok(outcome.widgets[0].length >= 1, `${name}: the widget still renders`);
        assert.deepEqual(outcome.errors, [], name);
        // One element with attributes, its link, and nothing else: no tag or attribute came out of a value.
        assert.match(
          entryContent(outcome.html),
          /^(<p>)?<div data-python-showcase( data-[a-z-]+(="[^"<>]*")?)*><a href="https:\/\/www\.nobledesktop\.com\/">Apps you use every day are built with Python<\/a><\/div>(<\/p>)?$/,
          name,
        );
        assert.doesNotMatch(entryContent(outcome.html), /data-src/, `${name}: a javascript: src is left out`);
      }
    });

    if (browserName === 'chromium') {
      for (const width of [320, 768, 1280]) {
        it(`the plugin reserves the widget's height: CLS at most 0.01 at ${width} px, script 500 ms late`, async () => {
          const outcome = await visit(browserName, 'contributor-shortcode', { width, scriptDelay: 500 });
          assert.deepEqual(outcome.widgets, [ALL_APPS]);
          assert.ok(typeof outcome.cls === 'number' && outcome.cls <= 0.01, `CLS ${outcome.cls}`);
        });
      }
    }
  });
}

describe(`${GUIDE} is this test's output`, () => {
  it('its generated blocks are current', async () => {
    results['author-shortcode'] ??= await visit('chromium', 'author-shortcode');
    const normalize = (/** @type {string} */ text) =>
      text.replaceAll(site.origin, 'https://partner.example').replace(/sha384-[A-Za-z0-9+/=]+/g, 'sha384-…');
    const scriptTag = /<script defer integrity[^>]*><\/script>/.exec(results['author-shortcode'].html);
    assert.ok(scriptTag, "the plugin's script tag");
    const blocks = {
      'author-saved': `\`\`\`html\n${normalize(site.posts['author-html-block-snippet'].saved)}\n\`\`\``,
      'shortcode-served': `\`\`\`html\n${normalize(entryContent(results['author-shortcode'].html))}\n\`\`\``,
      'plugin-script-tag': `\`\`\`html\n${normalize(scriptTag[0])}\n\`\`\``,
    };
    let text = guide;
    for (const [name, block] of Object.entries(blocks)) {
      const start = `<!-- wordpress:${name}:start -->`;
      const end = `<!-- wordpress:${name}:end -->`;
      assert.ok(text.includes(start) && text.includes(end), `${GUIDE} needs ${start} and ${end}`);
      text = `${text.slice(0, text.indexOf(start) + start.length)}\n\n${block}\n\n${text.slice(text.indexOf(end))}`;
    }
    if (process.env.WRITE_GUIDE) writeFileSync(GUIDE, text);
    else assert.equal(text, guide, `${GUIDE} is stale: run npm run docs:wordpress`);
  });
});
