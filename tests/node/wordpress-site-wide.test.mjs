// @ts-check
// docs/guides/wordpress.md's path for sites without the plugin, in a real WordPress 6.1 (Debian's packages):
// the guide's must-use plugin loads the drop-in script on every page, and a mount point an author saved, taking
// its content from data-src, renders in Chromium and Firefox.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pasted as pastedFrom } from './helpers.mjs';
import { launch, visit } from '../wordpress/visit.mjs';
import { startWordPress } from '../wordpress/wordpress-site.mjs';

const pasted = (/** @type {string} */ name) => pastedFrom('docs/guides/wordpress.md', name);

/** @type {import('../wordpress/wordpress-site.mjs').WordPressSite} */
let site;
before(async () => {
  site = await startWordPress({
    cases: [
      { name: 'author-mount-point', role: 'author', content: `<!-- wp:html -->\n${pasted('mount-point')}\n<!-- /wp:html -->` },
      { name: 'contributor-mount-point', role: 'contributor', content: '<div data-python-showcase data-apps="netflix"></div>' },
    ],
    muPlugins: { 'python-showcase-loader.php': pasted('site-wide-loader') },
    uploads: {
      'python-showcase/content.json': JSON.stringify({
        apps: [{ id: 'reddit', name: 'Reddit', summary: 'Python has run Reddit since 2005.', url: 'https://www.reddit.com/' }],
      }),
    },
  });
});
after(async () => site?.stop());

for (const browserName of /** @type {const} */ (['chromium', 'firefox'])) {
  describe(`WordPress 6.1 without the plugin, the guide's site-wide loader, in ${browserName}`, { timeout: 60_000 }, () => {
    /** @type {import('puppeteer-core').Browser} */
    let browser;
    before(async () => (browser = await launch(browserName)));
    after(() => browser.close());

    it("fills the mount points authors and contributors saved, with the CDN script checked by its hash", async () => {
      const author = await visit(browser, site.posts['author-mount-point'].url);
      assert.deepEqual(author.widgets, [['Reddit']]);
      assert.equal(author.scripts.length, 1);
      assert.match(author.scripts[0], /^https:\/\/cdn\.jsdelivr\.net\/npm\/python-showcase@/);
      assert.deepEqual(author.errors, [], 'no console error (an integrity mismatch would be one)');
      const contributor = await visit(browser, site.posts['contributor-mount-point'].url);
      assert.deepEqual(contributor.widgets, [['Netflix']]);
      assert.deepEqual(contributor.errors, []);
    });
  });
}
