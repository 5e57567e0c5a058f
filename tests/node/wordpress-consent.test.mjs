// @ts-check
// The plugin with the WP Consent API, in a real WordPress 6.1 (Debian's packages): where the API is active and
// the author set no storage, the shortcode and the block ask for storage="consent", and the widget stores
// nothing until the visitor's consent for the functional category, in Chromium and Firefox.
//
// The WP Consent API plugin comes from wordpress.org, which cannot be reached here: a must-use plugin stands in
// for it with the two parts the widget relies on, as the plugin documents them: the PHP function
// wp_has_consent() (whose existence is the documented check that the API is active), and the JavaScript
// interface: wp_has_consent(category), and wp_set_consent(category, value), which keeps the choice in a
// wp_consent_<category> cookie and dispatches wp_listen_for_consent_change with { [category]: value }.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { launch, sitePage } from '../wordpress/visit.mjs';
import { startWordPress } from '../wordpress/wordpress-site.mjs';

execFileSync('node', ['scripts/build-wordpress.mjs'], { stdio: 'ignore' });

const CONSENT_API_STAND_IN = `<?php
/**
 * Plugin Name: WP Consent API stand-in
 * Description: For the tests: the WP Consent API's PHP check and JavaScript interface, in place of the wordpress.org plugin.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function wp_has_consent( $category ) {
	$name = 'wp_consent_' . $category;
	return isset( $_COOKIE[ $name ] ) && 'allow' === $_COOKIE[ $name ];
}

add_action(
	'wp_head',
	function () {
		?>
<script>
window.wp_has_consent = function ( category ) {
	return document.cookie.split( '; ' ).indexOf( 'wp_consent_' + category + '=allow' ) !== -1;
};
window.wp_set_consent = function ( category, value ) {
	document.cookie = 'wp_consent_' + category + '=' + value + '; path=/';
	var detail = {};
	detail[ category ] = value;
	document.dispatchEvent( new CustomEvent( 'wp_listen_for_consent_change', { detail: detail } ) );
};
</script>
		<?php
	}
);
`;

/** @type {import('../wordpress/wordpress-site.mjs').WordPressSite} */
let site;
before(async () => {
  site = await startWordPress({
    cases: [
      { name: 'consent-shortcode', role: 'author', content: '[python_showcase apps="spotify" dismissible]' },
      { name: 'consent-block', role: 'author', content: '<!-- wp:python-showcase/showcase {"dismissible":true} /-->' },
      { name: 'author-chose-local', role: 'author', content: '[python_showcase storage="local"]' },
      {
        name: 'author-chose-none',
        role: 'author',
        content: '<!-- wp:python-showcase/showcase {"storage":"none"} /-->',
      },
    ],
    pluginZip: 'dist/python-showcase-wordpress.zip',
    muPlugins: { 'wp-consent-api-stand-in.php': CONSENT_API_STAND_IN },
  });
});
after(async () => site?.stop());

/** The widget's keys in the page's localStorage. */
const widgetKeys = () => Object.keys(localStorage).filter((key) => key.startsWith('python-showcase:'));

for (const browserName of /** @type {const} */ (['chromium', 'firefox'])) {
  describe(`WordPress 6.1 with the WP Consent API, in ${browserName}`, { timeout: 90_000 }, () => {
    /** @type {import('puppeteer-core').Browser} */
    let browser;
    before(async () => (browser = await launch(browserName)));
    after(() => browser.close());

    /** @param {string} name */
    async function open(name) {
      const url = site.posts[name].url;
      const page = await sitePage(browser, new URL(url).origin);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() =>
        document.querySelector('python-showcase')?.shadowRoot?.querySelector('python-course-promo'),
      );
      return page;
    }
    /** @param {import('puppeteer-core').Page} page */
    const storages = (page) =>
      page.$$eval('[data-python-showcase]', (points) => points.map((point) => point.getAttribute('data-storage')));

    it('the author set no storage: storage="consent", nothing stored until functional consent, deleted when withdrawn', async () => {
      for (const name of ['consent-shortcode', 'consent-block']) {
        const page = await open(name);
        assert.deepEqual(await storages(page), ['consent'], name);
        await page.evaluate(() => {
          const promo = document.querySelector('python-showcase')?.shadowRoot?.querySelector('python-course-promo');
          promo?.shadowRoot?.querySelector('button.close')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        });
        await page.waitForFunction(
          () =>
            /** @type {HTMLElement | null | undefined} */ (
              document.querySelector('python-showcase')?.shadowRoot?.querySelector('python-course-promo')
            )?.hidden,
        );
        assert.deepEqual(
          await page.evaluate(widgetKeys),
          [],
          `${name}: nothing stored before consent, after a dismissal`,
        );
        await page.evaluate(() => /** @type {any} */ (window).wp_set_consent('functional', 'allow'));
        await page.waitForFunction(() => localStorage.getItem('python-showcase:promos'));
        const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('python-showcase:promos') ?? 'null'));
        assert.ok(
          Object.values(stored.p).some((record) => /** @type {{ c?: number }} */ (record).c),
          `${name}: the dismissal`,
        );
        await page.evaluate(() => /** @type {any} */ (window).wp_set_consent('functional', 'deny'));
        await page.waitForFunction(() => !Object.keys(localStorage).some((key) => key.startsWith('python-showcase:')));
        assert.deepEqual(page.outcome.errors, [], `${name}: no console error`);
        await page.close();
      }
    });

    it("keeps the author's own storage", async () => {
      for (const [name, storage] of [
        ['author-chose-local', 'local'],
        ['author-chose-none', 'none'],
      ]) {
        const page = await open(name);
        assert.deepEqual(await storages(page), [storage], name);
        await page.close();
      }
    });
  });
}
