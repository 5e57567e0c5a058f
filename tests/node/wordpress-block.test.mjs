// @ts-check
// The Python Showcase block in a real WordPress 6.1 block editor (Debian's packages, on loopback), driven in
// Chromium and Firefox as an author and as a contributor would: the block found and inserted from the inserter,
// its sidebar changing the widget in the canvas, the post published or submitted, and the page WordPress serves
// showing the widget as set; a builder share link and a hostile shortcode pasted into it; the builder's block
// markup pasted into the Code editor; a Shortcode block transformed into it and back, and a shortcode pasted as
// text becoming it. The plugin is installed from the zip `npm run build:wordpress` writes. WP_DEBUG and
// WP_DEBUG_LOG are on: the run fails on any log line that names the plugin. (WordPress 6.1's own code logs
// deprecations on PHP 8.2, about 14 lines a run, none naming the plugin; they are left in the log and not failed.)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writeLink } from '../../dist/builder/share-link.js';
import { blockSnippet } from '../../dist/builder/snippets.js';
import { keepScreenshotIn } from './helpers.mjs';
import { PLUGIN_SCRIPT, canvas, launch, logIn, openEditor, visit } from '../wordpress/visit.mjs';
import { NEWER_WORDPRESS, startWordPress } from '../wordpress/wordpress-site.mjs';

/**
 * @typedef {import('puppeteer-core').Browser} Browser
 * @typedef {import('puppeteer-core').BrowserContext} BrowserContext
 * @typedef {import('../wordpress/visit.mjs').SitePage} SitePage
 * @typedef {import('../wordpress/visit.mjs').EditorWindow} EditorWindow
 * @typedef {import('../wordpress/wordpress-site.mjs').WordPressSite} WordPressSite
 */

execFileSync('node', ['scripts/build-wordpress.mjs'], { stdio: 'ignore' });

/** The block's name as the plugin registers it. */
const BLOCK = JSON.parse(readFileSync('wordpress/python-showcase/block/block.json', 'utf8')).name;
/** @type {('chromium' | 'firefox')[]} */
const BROWSERS = ['chromium', 'firefox'];
const ROLES = ['author', 'contributor'];

/** A Shortcode block holding the widget's shortcode, as an old post has it, one per browser. */
const shortcodeBlock =
  '<!-- wp:shortcode -->\n[python_showcase apps="netflix, google" layout="list" theme="dark" takeaways]\n<!-- /wp:shortcode -->';
const CASES = [
  ...BROWSERS.map((browserName) => ({
    name: `shortcode-block-${browserName}`,
    role: 'author',
    content: shortcodeBlock,
  })),
  // The plugin's other ways in, on each WordPress too.
  {
    name: 'author-shortcode',
    role: 'author',
    content: '[python_showcase apps="spotify, netflix" layout="list" takeaways]',
  },
  // A block at its defaults, saved: opened again, it asks for no set-up.
  { name: 'default-block', role: 'author', content: '<!-- wp:python-showcase/showcase /-->' },
  {
    name: 'contributor-mount-point',
    role: 'contributor',
    content: '<div data-python-showcase data-apps="netflix"></div>',
  },
];

/** What the embed builder writes for these options: its share link. */
const SHARE_LINK = writeLink(
  'https://builder.example/',
  {
    options: {
      layout: 'carousel',
      theme: 'dark',
      apps: 'spotify,dropbox',
      takeaways: true,
      form: 'wordpress',
      colour: 'red',
    },
    content: undefined,
  },
  { apps: [], promo: undefined },
).link;
/** What the embed builder's "WordPress block" tab writes for these options: the block's comment markup. */
const BLOCK_MARKUP = blockSnippet({
  attributes: {
    apps: 'dropbox, google',
    layout: 'carousel',
    theme: 'dark',
    'heading-level': '3',
    heading: 'Apps "built" with Python',
    takeaways: true,
  },
});
const HOSTILE_SHORTCODE =
  `[python_showcase apps="google, Google" layout="list" theme="evil" onclick="alert(1)" ` +
  `heading='"><img src=x onerror=alert(2)>' src="javascript:alert(3)"]`;

/** A partner snippet with markup that must not reach the editor, inline content, and another script beside it. */
const HOSTILE_SNIPPET = `<script src="https://cdn.jsdelivr.net/npm/python-showcase@1/dist/python-showcase.js" defer></script>
<script>alert(1)</script>
<python-showcase apps="netflix" layout="list" onmouseover="alert(2)">
  <script type="application/json">{"heading":"Our apps"}</script>
</python-showcase>
<img src=x onerror=alert(3)>`;
/** A mount point with an event handler, and a second widget after it. */
const HOSTILE_MOUNT_POINT =
  '<div data-python-showcase data-apps="dropbox" data-theme="dark" onclick="alert(4)"><a href="https://www.nobledesktop.com/">Apps</a></div>' +
  '<python-showcase apps="spotify"></python-showcase>';
/** A share link whose heading the builder had to leave out, as too long for a link. */
const CUT_SHARE_LINK = writeLink(
  'https://builder.example/',
  { options: { apps: 'google', heading: 'A'.repeat(1200) }, content: undefined },
  { apps: [], promo: undefined },
);

/**
 * The WordPress versions the block is tested in: Debian's 6.1, and the newest build of @wp-playground/wordpress-builds
 * that runs here on Debian's PHP with SQLite (its canvas is an iframe, as from 6.3 on).
 */
const SITES = [
  { label: '6.1', wordpress: undefined },
  { label: NEWER_WORDPRESS.beta, wordpress: 'beta' },
];

/**
 * The console errors that are not WordPress's own: a request to elsewhere fails because the test lets the
 * browser reach nothing but the site (the welcome guide's pictures on s.w.org, the admin bar's Gravatar), and
 * WordPress's editor asks for the theme's template, its global styles and the site's settings, which an author
 * or contributor may not read (403).
 * @param {string[]} errors
 */
const ownErrors = (errors) =>
  errors.filter(
    (error) =>
      !/^Failed to load resource: net::ERR_FAILED https?:\/\/(s\.w\.org|([\w-]+\.)?gravatar\.com)\//.test(error) &&
      !/^Failed to load resource: the server responded with a status of 403 \(Forbidden\) http:\/\/127\.0\.0\.1:\d+\/wp-json\/wp\/v2\/(templates|global-styles|settings)\b/.test(
        error,
      ),
  );

/**
 * What the editor's canvas shows for each Python Showcase block: its widget's cards, layout and theme.
 * @param {SitePage} page
 */
const canvasWidgets = (page) =>
  page.evaluate(() => {
    /** @type {HTMLIFrameElement | null} */
    const iframe = document.querySelector('iframe[name="editor-canvas"]');
    const canvas = iframe?.contentDocument ?? document;
    return [...canvas.querySelectorAll('.wp-block-python-showcase-showcase python-showcase')].map((showcase) => {
      const root = showcase.shadowRoot?.querySelector('.root');
      return {
        defined: !!customElements.get('python-showcase') || !!canvas.defaultView?.customElements.get('python-showcase'),
        cards: [...(showcase.shadowRoot?.querySelectorAll('python-app-card') ?? [])].map((card) =>
          card.shadowRoot?.querySelector('.name')?.textContent.trim(),
        ),
        layout: ['grid', 'list', 'carousel'].find((name) => root?.classList.contains(name)),
        theme: ['light', 'dark', 'auto'].find((name) => root?.classList.contains(name)),
        background: root ? getComputedStyle(root).backgroundColor : undefined,
        takeaways: !!showcase.shadowRoot?.querySelector('.takeaways'),
        heading: showcase.shadowRoot?.querySelector('#heading')?.textContent.trim(),
      };
    });
  });

/**
 * What the canvas shows for one Python Showcase block.
 * @typedef {Awaited<ReturnType<typeof canvasWidgets>>[number]} CanvasWidget
 */

/**
 * Waits until the canvas's first widget is as `expected` says (a subset of canvasWidgets' fields).
 * @param {SitePage} page
 * @param {Partial<CanvasWidget>} expected
 */
async function canvasShows(page, expected) {
  const deadline = Date.now() + 10_000;
  /** @type {CanvasWidget[] | undefined} */
  let widgets;
  while (Date.now() < deadline) {
    widgets = await canvasWidgets(page);
    const [first] = widgets;
    if (
      first &&
      /** @type {(keyof CanvasWidget)[]} */ (Object.keys(expected)).every(
        (key) => JSON.stringify(first[key]) === JSON.stringify(expected[key]),
      )
    ) {
      return first;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`the canvas shows ${JSON.stringify(widgets)}, not ${JSON.stringify(expected)}`);
}

/**
 * The blocks of the post being edited: name and attributes (what the person did, read back).
 * @param {SitePage} page
 */
const editorBlocks = (page) =>
  page.evaluate(() =>
    /** @type {EditorWindow} */ (window).wp.data
      .select('core/block-editor')
      .getBlocks()
      // An attribute that is not set is left out, as the saved post leaves it out.
      .map(({ name, attributes }) => ({
        name,
        attributes: Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined)),
      })),
  );

/** The inserter's button in the editor's top bar (its label changed in WordPress 6.6). */
const INSERTER_TOGGLE = 'button[aria-label="Toggle block inserter"], button[aria-label="Block Inserter"]';

/**
 * What a waitForSelector() found (it finds nothing only when asked to wait for the element to go).
 * @template T
 * @param {T | null} handle
 * @param {string} what
 * @returns {T}
 */
function found(handle, what) {
  assert.ok(handle, `found ${what}`);
  return handle;
}

/**
 * Opens the inserter, searches for `term`, and returns the names of the blocks it offers.
 * @param {SitePage} page
 * @param {string} term
 */
async function searchInserter(page, term) {
  if (!(await page.$('.block-editor-inserter__search input'))) await page.click(INSERTER_TOGGLE);
  const search = found(await page.waitForSelector('.block-editor-inserter__search input'), 'the search field');
  // Cleared through a search that finds nothing, so the results read below are this term's, not the last one's.
  const clear = async () => {
    await search.click({ count: 3 });
    await page.keyboard.press('Backspace');
  };
  await clear();
  await search.type('zqxj');
  await page.waitForSelector('.block-editor-inserter__no-results');
  await clear();
  await search.type(term);
  // The results follow the typing: wait for the block to be offered, and after 5 s say what is offered instead.
  const offered = () =>
    page.$$eval('.block-editor-inserter__menu .block-editor-block-types-list__item-title', (titles) =>
      titles.map((title) => title.textContent.trim()),
    );
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && !(await offered()).includes('Python Showcase')) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return offered();
}

/**
 * The widget the inserter's preview of the block shows (its example), once the block is hovered in the results.
 * The preview is a frame WordPress loads no scripts into: the widget must bring its own.
 * @param {SitePage} page
 */
async function inserterPreview(page) {
  const item = found(
    await page.waitForSelector('.block-editor-inserter__menu button::-p-text(Python Showcase)'),
    'the block in the inserter',
  );
  await item.hover();
  await page.waitForSelector('.block-editor-inserter__preview iframe');
  const shown = await page.waitForFunction(
    () => {
      /** @type {HTMLIFrameElement | null} */
      const frame = document.querySelector('.block-editor-inserter__preview iframe');
      const showcase = frame?.contentDocument?.querySelector('python-showcase');
      const cards = [...(showcase?.shadowRoot?.querySelectorAll('python-app-card') ?? [])].map(
        (card) => card.shadowRoot?.querySelector('.name')?.textContent.trim() ?? '',
      );
      const root = showcase?.shadowRoot?.querySelector('.root');
      return (
        cards.length > 0 && {
          cards,
          layout: ['grid', 'list', 'carousel'].find((name) => root?.classList.contains(name)),
          promo: !!showcase?.shadowRoot?.querySelector('python-course-promo'),
          height: frame?.getBoundingClientRect().height ?? 0,
        }
      );
    },
    { timeout: 10_000 },
  );
  return /** @type {{ cards: string[], layout?: string, promo: boolean, height: number }} */ (await shown.jsonValue());
}

/**
 * Inserts the block from the inserter, found by searching "showcase".
 * @param {SitePage} page
 */
async function insertBlock(page) {
  await searchInserter(page, 'showcase');
  const item = found(
    await page.waitForSelector('.block-editor-inserter__menu button::-p-text(Python Showcase)'),
    'the block in the inserter',
  );
  await item.click();
  await (await canvas(page)).waitForSelector('.wp-block-python-showcase-showcase');
  // The inserter closes once a block is chosen on a narrow screen only: close it as a person would.
  if (await page.$('.block-editor-inserter__search input')) await page.click(INSERTER_TOGGLE);
}

/**
 * The sidebar's field labelled `label`, in the selected block's settings (the sidebar opened if it is closed).
 * @param {SitePage} page
 * @param {string} label
 */
async function sidebarField(page, label) {
  if (!(await page.$('.block-editor-block-inspector'))) {
    await page.click('button[aria-label="Settings"][aria-expanded="false"]');
    await page.waitForSelector('.block-editor-block-inspector');
  }
  const id = await page.evaluate((text) => {
    /** @type {NodeListOf<HTMLLabelElement>} */
    const labels = document.querySelectorAll('.block-editor-block-inspector label');
    return [...labels].find((element) => element.textContent.trim() === text)?.htmlFor;
  }, label);
  assert.ok(id, `the sidebar has a field labelled ${label}`);
  return `[id="${id}"]`;
}

/**
 * Opens the sidebar's panel titled `title` if it is closed.
 * @param {SitePage} page
 * @param {string} title
 */
async function openPanel(page, title) {
  const toggle = found(
    await page.waitForSelector(`.block-editor-block-inspector .components-panel__body-toggle::-p-text(${title})`),
    `the ${title} panel`,
  );
  if ((await toggle.evaluate((button) => button.getAttribute('aria-expanded'))) === 'false') await toggle.click();
}

/**
 * `handle` once it has stopped moving (in a popover or a panel that slides in), so that a click lands on it.
 * @template {import('puppeteer-core').ElementHandle} T
 * @param {T} handle
 * @returns {Promise<T>}
 */
async function settled(handle) {
  let box = await handle.boundingBox();
  for (let same = 0; same < 3;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await handle.boundingBox();
    same = JSON.stringify(now) === JSON.stringify(box) ? same + 1 : 0;
    box = now;
  }
  return handle;
}

/**
 * Transforms the selected block into `title` through the block switcher, once its menu has stopped moving.
 * @param {SitePage} page
 * @param {string} title
 */
async function transformTo(page, title) {
  await page.waitForSelector('.block-editor-block-switcher__popover', { hidden: true });
  await page.click('.block-editor-block-switcher__toggle');
  const item = found(
    await page.waitForSelector(`.block-editor-block-switcher__popover button::-p-text(${title})`),
    `${title} in the block switcher`,
  );
  // The popover slides in: clicking it mid-way would hit another entry.
  await (await settled(item)).click();
}

/**
 * Pastes `text` into the block's placeholder and applies it.
 * @param {SitePage} page
 * @param {string} text
 */
async function pasteIntoPlaceholder(page, text) {
  const frame = await canvas(page);
  const field = found(await frame.waitForSelector('.python-showcase-paste textarea'), "the placeholder's field");
  await field.type(text);
  await frame.click('.python-showcase-paste button::-p-text(Apply)');
  await frame.waitForSelector('.python-showcase-paste', { hidden: true });
}

/**
 * Opens the placeholder again through the block toolbar's "Replace". The toolbar hides while one types, and
 * comes back when the mouse moves over the block.
 * @param {SitePage} page
 */
async function replaceThroughToolbar(page) {
  const block = found(await (await canvas(page)).$('.wp-block-python-showcase-showcase'), 'the block');
  const box = await block.boundingBox();
  assert.ok(box, 'the block is on screen');
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.move(box.x + 40, box.y + 40);
  const replace = found(
    await page.waitForSelector('.block-editor-block-toolbar button::-p-text(Replace)'),
    "the block toolbar's Replace",
  );
  await replace.click();
}

/**
 * What the page's focused element is: its aria-label.
 * @param {SitePage} page
 */
const focusedLabel = (page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

/**
 * Waits until the editor's assertive live region (wp.a11y.speak) says `expected`, and returns what it says.
 * @param {SitePage} page
 * @param {string} expected
 */
async function spoken(page, expected) {
  const said = () => page.evaluate(() => document.querySelector('#a11y-speak-assertive')?.textContent.trim() ?? '');
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && !(await said()).includes(expected)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return (await said()).replace(/\u00a0/g, '').trim();
}

/**
 * The notice's lines about what was left out of a paste.
 * @param {SitePage} page
 */
const ignoredNotes = async (page) =>
  (await canvas(page)).$$eval('.python-showcase-ignored li', (items) => items.map((item) => item.textContent.trim()));

/**
 * Publishes (an author) or submits for review (a contributor), through the editor's own buttons.
 * @param {SitePage} page
 * @param {string} role
 */
async function publish(page, role) {
  await page.click('.editor-post-publish-panel__toggle');
  const confirm = found(
    await page.waitForSelector('.editor-post-publish-panel__header-publish-button button'),
    'the publish button',
  );
  // The panel slides in: a click mid-way can miss the button.
  await (await settled(confirm)).click();
  const status = role === 'author' ? 'publish' : 'pending';
  await page.waitForFunction(
    (/** @type {string} */ wanted) => {
      const editor = /** @type {EditorWindow} */ (window).wp.data.select('core/editor');
      return editor.getCurrentPostAttribute('status') === wanted && !editor.isSavingPost();
    },
    { timeout: 20_000 },
    status,
  );
}

/**
 * Where the saved post is seen: its page once published, its preview while pending review.
 * @param {SitePage} page
 * @param {string} role
 */
async function postAddress(page, role) {
  const address = await page.evaluate((pending) => {
    const editor = /** @type {EditorWindow} */ (window).wp.data.select('core/editor');
    return pending ? `${location.origin}/?p=${editor.getCurrentPostId()}&preview=true` : editor.getPermalink();
  }, role === 'contributor');
  assert.ok(address, 'the editor has an address for the post');
  return address;
}

/**
 * The screenshots readme.txt lists and the WordPress guide shows: taken by this test in the newest WordPress it
 * runs, in Chromium, as an author. Each run writes them to dist/wordpress-screenshots/; `npm run docs:wordpress`
 * (WRITE_SCREENSHOTS=1) also writes them to wordpress/assets/, the plugin directory's screenshot folder, and
 * otherwise the committed ones must exist at the size the test takes.
 */
const SCREENSHOTS = {
  'screenshot-1.png': 'The block in the editor: the real widget in the canvas, its options in the sidebar.',
  'screenshot-2.png': 'A new block asks for a builder share link, a snippet or a shortcode to set it up.',
  'screenshot-3.png': 'The published post, as visitors see it.',
};
const SCREENSHOT_VIEWPORT = { width: 1280, height: 900 };

/** Where this test keeps its screenshots: each run's, and the committed ones `npm run docs:wordpress` writes. */
const SCREENSHOT_FOLDERS = {
  taken: 'dist/wordpress-screenshots',
  committed: 'wordpress/assets',
  writer: 'npm run docs:wordpress',
};
const keepScreenshot = (/** @type {string} */ name, /** @type {Uint8Array} */ png) =>
  keepScreenshotIn(SCREENSHOT_FOLDERS, name, png);

it("readme.txt's Screenshots section captions each screenshot the test takes, and the guide shows them", () => {
  const readme = readFileSync('wordpress/python-showcase/readme.txt', 'utf8');
  const section = /^== Screenshots ==\n\n([\s\S]*?)\n\n==/m.exec(readme)?.[1];
  assert.equal(
    section,
    Object.values(SCREENSHOTS)
      .map((caption, index) => `${index + 1}. ${caption}`)
      .join('\n'),
  );
  const guide = readFileSync('docs/guides/wordpress.md', 'utf8');
  for (const name of Object.keys(SCREENSHOTS)) assert.ok(guide.includes(`](../../wordpress/assets/${name})`), name);
});

it("readme.txt's Tested up to names the newest WordPress these tests run in", () => {
  const readme = readFileSync('wordpress/python-showcase/readme.txt', 'utf8');
  assert.equal(/^Tested up to: (\S+)$/m.exec(readme)?.[1], /^\d+\.\d+/.exec(SITES[SITES.length - 1].label)?.[0]);
});

for (const { label, wordpress } of SITES) {
  describe(`WordPress ${label}`, () => {
    const debugLog = join(tmpdir(), `showcase-wordpress-debug-${process.pid}-${label}.log`);
    /** @type {WordPressSite} */
    let site;
    /** The browsers, by name: launched before the tests. */
    const browsers = /** @type {Record<(typeof BROWSERS)[number], Browser>} */ ({});

    before(async () => {
      site = await startWordPress({
        cases: CASES,
        pluginZip: 'dist/python-showcase-wordpress.zip',
        debugLog,
        wordpress,
      });
      for (const name of BROWSERS) browsers[name] = await launch(name);
    });

    after(async () => {
      await Promise.all(Object.values(browsers).map((browser) => browser.close()));
      await site?.stop();
    });

    for (const browserName of BROWSERS) {
      describe(`the Python Showcase block in the editor, in ${browserName}`, { timeout: 240_000 }, () => {
        for (const role of ROLES) {
          describe(`as ${role === 'author' ? 'an author' : 'a contributor'}`, () => {
            /** @type {BrowserContext} */
            let context;
            /** @type {SitePage} */
            let page;
            before(async () => {
              context = await browsers[browserName].createBrowserContext();
              await logIn(context, site.origin, role);
              page = await openEditor(context, site.origin, 'post-new.php');
            });
            after(() => context?.close());

            it('finds the block in the inserter by "python", "showcase", "apps" and "course"', async () => {
              for (const term of ['python', 'showcase', 'apps', 'course']) {
                assert.ok((await searchInserter(page, term)).includes('Python Showcase'), term);
              }
            });

            it("previews block.json's example in the inserter: the real widget, as the example sets it", async () => {
              await searchInserter(page, 'showcase');
              const example = JSON.parse(readFileSync('wordpress/python-showcase/block/block.json', 'utf8')).example;
              const preview = await inserterPreview(page);
              assert.deepEqual(preview.cards, ['Spotify', 'Netflix', 'Dropbox']);
              assert.equal(preview.layout, example.attributes.layout);
              assert.equal(preview.promo, false, 'promo="none"');
              // The preview takes the widget's height once it has rendered (WordPress 6.6 sizes it a moment later).
              const previewHeight = () =>
                page.$eval('.block-editor-inserter__preview iframe', (frame) => frame.getBoundingClientRect().height);
              const deadline = Date.now() + 5000;
              while (Date.now() < deadline && (await previewHeight()) <= 300) {
                await new Promise((resolve) => setTimeout(resolve, 100));
              }
              const height = await previewHeight();
              assert.ok(
                height > 300,
                `the preview has the widget's height (${height} px, ${preview.height} px at first)`,
              );
              await page.click(INSERTER_TOGGLE);
              await page.waitForSelector('.block-editor-inserter__search input', { hidden: true });
            });

            it('inserts it, sets apps, layout and theme in the sidebar, and the canvas shows the widget change', async () => {
              await (await canvas(page)).click('.editor-post-title__input, [aria-label="Add title"]');
              await page.keyboard.type(`Showcase by the ${role} in ${browserName}`);
              await insertBlock(page);
              // The real widget, with its defaults, before anything is set.
              const before = await canvasShows(page, {
                layout: 'grid',
                cards: ['Instagram', 'Google', 'Spotify', 'Netflix', 'Dropbox'],
              });
              assert.ok(before.defined);
              await (await canvas(page)).click('.python-showcase-paste button::-p-text(Use the current options)');

              // The apps ticked and ordered in the sidebar's list, by mouse and by keyboard.
              for (const app of ['Instagram', 'Google', 'Dropbox']) await page.click(await sidebarField(page, app));
              await canvasShows(page, { cards: ['Spotify', 'Netflix'] });
              await page.click('.block-editor-block-inspector button[aria-label="Move Netflix up"]');
              await canvasShows(page, { cards: ['Netflix', 'Spotify'] });
              const appIds = await sidebarField(page, 'App ids, in order');
              assert.equal(
                await page.$eval(appIds, (field) => /** @type {HTMLInputElement} */ (field).value),
                'netflix, spotify',
              );
              // By keyboard: focus follows Netflix, to its other arrow when it reaches the top or the bottom, and
              // each move is said.
              await page.focus('.block-editor-block-inspector button[aria-label="Move Netflix down"]');
              await page.keyboard.press('Enter');
              await canvasShows(page, { cards: ['Spotify', 'Netflix'] });
              assert.equal(await focusedLabel(page), 'Move Netflix up', 'focus on the arrow that can still move it');
              assert.equal(await spoken(page, 'Netflix moved to position 2 of 2'), 'Netflix moved to position 2 of 2');
              await page.keyboard.press('Enter');
              await canvasShows(page, { cards: ['Netflix', 'Spotify'] });
              assert.equal(await focusedLabel(page), 'Move Netflix down');
              assert.equal(await spoken(page, 'Netflix moved to position 1 of 2'), 'Netflix moved to position 1 of 2');
              // The arrow that cannot move it stays where it is (focusable, marked disabled), and does nothing.
              await page.keyboard.down('Shift');
              await page.keyboard.press('Tab');
              await page.keyboard.up('Shift');
              assert.equal(await focusedLabel(page), 'Move Netflix up');
              assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-disabled')), 'true');
              await page.keyboard.press('Enter');
              await page.keyboard.press('Tab');
              await page.keyboard.press('Enter');
              await canvasShows(page, { cards: ['Spotify', 'Netflix'] });
              assert.equal(await focusedLabel(page), 'Move Netflix up');
              await page.select(await sidebarField(page, 'Layout'), 'list');
              await canvasShows(page, { cards: ['Spotify', 'Netflix'], layout: 'list' });
              await page.select(await sidebarField(page, 'Theme'), 'dark');
              const dark = await canvasShows(page, { layout: 'list', theme: 'dark' });
              const light = await page
                .select(await sidebarField(page, 'Theme'), 'light')
                .then(() => canvasShows(page, { theme: 'light' }));
              assert.notEqual(dark.background, light.background, 'the dark theme looks different in the canvas');
              await page.select(await sidebarField(page, 'Theme'), 'dark');
              await canvasShows(page, { theme: 'dark' });
              await openPanel(page, 'Tracking');
              await page.type(await sidebarField(page, 'Partner (utm_source)'), 'acme');

              assert.deepEqual(await editorBlocks(page), [
                {
                  name: BLOCK,
                  attributes: { apps: 'spotify, netflix', layout: 'list', theme: 'dark', partner: 'acme' },
                },
              ]);
              assert.deepEqual(ownErrors(page.outcome.errors), []);
            });

            it(`${role === 'author' ? 'publishes' : 'submits'} the post, which shows the widget as set`, async () => {
              await publish(page, role);
              const content = await page.evaluate(() =>
                /** @type {EditorWindow} */ (window).wp.data.select('core/editor').getEditedPostContent(),
              );
              assert.equal(
                content,
                '<!-- wp:python-showcase/showcase {"apps":"spotify, netflix","layout":"list","theme":"dark","partner":"acme"} /-->',
              );
              const shown = await visit(context, await postAddress(page, role));
              assert.deepEqual(shown.widgets, [['Spotify', 'Netflix']]);
              assert.deepEqual(shown.layouts, ['list']);
              assert.match(
                shown.html,
                /<div class="wp-block-python-showcase-showcase" data-python-showcase data-apps="spotify, netflix" data-layout="list" data-theme="dark" data-partner="acme"><a href="https:\/\/www\.nobledesktop\.com\/">Apps you use every day are built with Python<\/a><\/div>/,
              );
              assert.equal(shown.scripts.filter((url) => url.includes(PLUGIN_SCRIPT)).length, 1, 'one script tag');
              assert.ok(shown.links.length && shown.links.every((href) => href.includes('utm_source=acme')));
              assert.deepEqual(ownErrors(shown.errors), []);
              assert.deepEqual(shown.dialogs, []);
            });

            if (browserName === 'chromium' && role === 'author' && label === SITES[SITES.length - 1].label) {
              it('takes the screenshots readme.txt and the guide show', async () => {
                // 1: the post just published, its block selected, the sidebar's Cards panel open.
                await page.setViewport(SCREENSHOT_VIEWPORT);
                // The publish panel says the post is live; closed, the sidebar shows the block's settings.
                const closePanel = await page.$('.editor-post-publish-panel button[aria-label="Close panel"]');
                await closePanel?.click();
                await (await canvas(page)).click('.wp-block-python-showcase-showcase');
                await sidebarField(page, 'Spotify');
                await canvasShows(page, { cards: ['Spotify', 'Netflix'], layout: 'list', theme: 'dark' });
                // The sidebar from its Cards panel, and without the "Post published" notice, which goes when clicked.
                await page.evaluate(() =>
                  document.querySelector('.python-showcase-apps')?.closest('.components-panel__body')?.scrollIntoView(),
                );
                await (await page.$('.components-snackbar'))?.click();
                await page.waitForSelector('.components-snackbar', { hidden: true });
                keepScreenshot('screenshot-1.png', await page.screenshot());

                // 2: a new block's placeholder, with a share link pasted and not yet applied.
                const editor = await openEditor(context, site.origin, 'post-new.php');
                await editor.setViewport(SCREENSHOT_VIEWPORT);
                await insertBlock(editor);
                const frame = await canvas(editor);
                const field = found(await frame.waitForSelector('.python-showcase-paste textarea'), 'the paste field');
                await field.type(SHARE_LINK);
                await (await frame.$('.python-showcase-paste'))?.scrollIntoView();
                keepScreenshot('screenshot-2.png', await editor.screenshot());
                await editor.close();

                // 3: the published post, as a visitor (not logged in) sees it.
                const visitor = await browsers[browserName].newPage();
                await visitor.setViewport(SCREENSHOT_VIEWPORT);
                await visitor.goto(await postAddress(page, role), { waitUntil: 'load' });
                await visitor.waitForFunction(
                  () =>
                    document.querySelector('python-showcase')?.shadowRoot?.querySelectorAll('python-app-card')
                      .length === 2,
                );
                await visitor.evaluate(() => document.querySelector('python-showcase')?.scrollIntoView());
                keepScreenshot('screenshot-3.png', await visitor.screenshot());
                await visitor.close();
              });
            }

            it('takes a builder share link pasted into a new block, and a hostile shortcode through "Replace"', async () => {
              const editor = await openEditor(context, site.origin, 'post-new.php');
              await insertBlock(editor);
              await pasteIntoPlaceholder(editor, SHARE_LINK);
              await canvasShows(editor, {
                cards: ['Spotify', 'Dropbox'],
                layout: 'carousel',
                theme: 'dark',
                takeaways: true,
              });
              assert.deepEqual((await editorBlocks(editor))[0].attributes, {
                apps: 'spotify,dropbox',
                layout: 'carousel',
                theme: 'dark',
                takeaways: true,
              });
              assert.deepEqual(await ignoredNotes(editor), ['colour: not an option']);

              await replaceThroughToolbar(editor);
              await pasteIntoPlaceholder(editor, HOSTILE_SHORTCODE);
              await canvasShows(editor, { cards: ['Google'], layout: 'list', theme: 'auto', takeaways: false });
              assert.deepEqual((await editorBlocks(editor))[0].attributes, { apps: 'google, Google', layout: 'list' });
              // An app named twice is one row in the sidebar's list.
              await sidebarField(editor, 'Google');
              assert.equal(
                await editor.$$eval(
                  '.python-showcase-apps label',
                  (labels) => labels.filter((label) => label.textContent.trim() === 'Google').length,
                ),
                1,
              );
              assert.deepEqual(await ignoredNotes(editor), [
                'theme: not a value it takes',
                'onclick: not an option',
                'heading: not a value it takes',
                'src: not a value it takes',
              ]);
              assert.deepEqual(editor.outcome.dialogs, [], 'nothing in the shortcode ran');
              assert.deepEqual(ownErrors(editor.outcome.errors), []);
              for (const frame of new Set([editor.mainFrame(), await canvas(editor)])) {
                assert.equal(
                  await frame.evaluate(() => document.querySelectorAll('img[src="x"], [onclick]').length),
                  0,
                  'nothing of it reached the editor',
                );
              }
              await editor.close();
            });

            it('takes a partner snippet and a mount point pasted, hostile parts left out and named, and a cut share link', async () => {
              const editor = await openEditor(context, site.origin, 'post-new.php');
              await insertBlock(editor);
              await pasteIntoPlaceholder(editor, HOSTILE_SNIPPET);
              await canvasShows(editor, { cards: ['Netflix'], layout: 'list' });
              assert.deepEqual((await editorBlocks(editor))[0].attributes, { apps: 'netflix', layout: 'list' });
              assert.deepEqual(await ignoredNotes(editor), [
                'onmouseover: not an option',
                'content: a block takes no content of its own; host it as a content file and set its address (src)',
                'script: only the widget’s own is used, and the plugin serves it',
                '<img>: not part of the widget',
              ]);

              await replaceThroughToolbar(editor);
              await pasteIntoPlaceholder(editor, HOSTILE_MOUNT_POINT);
              await canvasShows(editor, { cards: ['Dropbox'], theme: 'dark' });
              assert.deepEqual((await editorBlocks(editor))[0].attributes, { apps: 'dropbox', theme: 'dark' });
              assert.deepEqual(await ignoredNotes(editor), [
                'onclick: not an option',
                'a second widget: a block holds one; add another block for it',
              ]);

              assert.deepEqual(CUT_SHARE_LINK.left, ['heading']);
              await replaceThroughToolbar(editor);
              await pasteIntoPlaceholder(editor, CUT_SHARE_LINK.link);
              await canvasShows(editor, { cards: ['Google'] });
              assert.deepEqual((await editorBlocks(editor))[0].attributes, { apps: 'google' });
              assert.deepEqual(await ignoredNotes(editor), [
                'too long for a link, so not in it: heading; set them in the sidebar',
              ]);

              assert.deepEqual(editor.outcome.dialogs, [], 'nothing in the snippets ran');
              assert.deepEqual(ownErrors(editor.outcome.errors), []);
              for (const frame of new Set([editor.mainFrame(), await canvas(editor)])) {
                assert.equal(
                  await frame.evaluate(
                    () => document.querySelectorAll('img[src="x"], [onclick], [onmouseover]').length,
                  ),
                  0,
                  'nothing of them reached the editor',
                );
              }
              await editor.close();
            });

            it('keeps "&" in a heading, an alignment and an anchor through saving and reopening', async () => {
              const align = role === 'author' ? 'wide' : 'full';
              const editor = await openEditor(context, site.origin, 'post-new.php');
              await insertBlock(editor);
              await (await canvas(editor)).click('.python-showcase-paste button::-p-text(Use the current options)');
              // The block toolbar's alignment, as a person sets it, once the toolbar has stopped moving (a click while
              // it slides in can miss the menu; then it is clicked again, as a person would).
              const alignButton = found(
                await editor.waitForSelector('.block-editor-block-toolbar button[aria-label="Align"]'),
                'the toolbar’s Align',
              );
              for (let tries = 0; tries < 3; tries++) {
                await (await settled(alignButton)).click();
                const opened = await editor
                  .waitForSelector('.block-editor-block-toolbar button[aria-label="Align"][aria-expanded="true"]', {
                    timeout: 2000,
                  })
                  .catch(() => null);
                if (opened) break;
              }
              const choice = found(
                await editor.waitForSelector(
                  `.components-popover button::-p-text(${align === 'wide' ? 'Wide width' : 'Full width'})`,
                ),
                `${align} width in the alignment menu`,
              );
              await (await settled(choice)).click();
              await editor.type(await sidebarField(editor, 'Heading'), 'Apps & more');
              await openPanel(editor, 'Advanced');
              await editor.type(await sidebarField(editor, 'HTML anchor'), 'our-apps');
              await canvasShows(editor, { heading: 'Apps & more' });
              await editor.click('.editor-post-save-draft');
              await editor.waitForFunction(() => {
                const post = /** @type {EditorWindow} */ (window).wp.data.select('core/editor');
                return post.getCurrentPostAttribute('status') === 'draft' && !post.isSavingPost();
              });
              const id = await editor.evaluate(() =>
                /** @type {EditorWindow} */ (window).wp.data.select('core/editor').getCurrentPostId(),
              );
              await editor.close();

              // Reopened: WordPress has stored "&" as "&amp;" for a user without unfiltered_html; the editor shows "&".
              const reopened = await openEditor(context, site.origin, `post.php?post=${id}&action=edit`);
              await (await canvas(reopened)).click('.wp-block-python-showcase-showcase');
              const { attributes } = (await editorBlocks(reopened))[0];
              assert.equal(attributes.align, align);
              assert.equal(attributes.anchor, 'our-apps');
              assert.equal(
                await reopened.$eval(
                  await sidebarField(reopened, 'Heading'),
                  (field) => /** @type {HTMLInputElement} */ (field).value,
                ),
                'Apps & more',
              );
              await canvasShows(reopened, { heading: 'Apps & more' });
              assert.equal(
                await (await canvas(reopened)).$('.python-showcase-paste'),
                null,
                'no placeholder for a set block',
              );
              assert.deepEqual(ownErrors(reopened.outcome.errors), []);
              await reopened.close();

              // The saved page's mount point: the alignment's class and the anchor's id, and the heading as typed.
              const shown = await visit(context, `${site.origin}/?p=${id}&preview=true`);
              const mountPoint = /<div [^>]*data-python-showcase[^>]*>/.exec(shown.html)?.[0] ?? '';
              assert.match(mountPoint, new RegExp(`class="[^"]*\\balign${align}\\b`), mountPoint);
              assert.match(mountPoint, /\bid="our-apps"/, mountPoint);
              assert.match(mountPoint, /\bdata-heading="Apps &amp; more"/, mountPoint);
              assert.deepEqual(ownErrors(shown.errors), []);
            });

            it('takes the builder’s block markup pasted into the Code editor, and saves it as WordPress writes it', async () => {
              const editor = await openEditor(context, site.origin, 'post-new.php');
              // The Options menu's Code editor, as the builder's help says (or Ctrl+Shift+Alt+M).
              await editor.click('.interface-interface-skeleton__header button[aria-label="Options"]');
              const codeEditor = found(
                await editor.waitForSelector('[role="menuitemradio"]::-p-text(Code editor)'),
                'Code editor in the Options menu',
              );
              // The menu slides in: a click mid-way can miss the entry.
              await (await settled(codeEditor)).click();
              const text = found(await editor.waitForSelector('textarea.editor-post-text-editor'), 'the code editor');
              await text.type(BLOCK_MARKUP);
              await editor.click('button::-p-text(Exit code editor)');
              await (await canvas(editor)).waitForSelector('.wp-block-python-showcase-showcase');
              await editor.click('.editor-post-save-draft');
              await editor.waitForFunction(() => {
                const post = /** @type {EditorWindow} */ (window).wp.data.select('core/editor');
                return post.getCurrentPostAttribute('status') === 'draft' && !post.isSavingPost();
              });

              const attributes = {
                apps: 'dropbox, google',
                layout: 'carousel',
                heading: 'Apps "built" with Python',
                takeaways: true,
                theme: 'dark',
                headingLevel: 3,
              };
              assert.deepEqual(await editorBlocks(editor), [{ name: BLOCK, attributes }]);
              const saved = await editor.evaluate(() =>
                /** @type {EditorWindow} */ (window).wp.data.select('core/editor').getEditedPostContent(),
              );
              assert.equal(saved, BLOCK_MARKUP, 'WordPress writes the block as the builder did');
              await canvasShows(editor, {
                cards: ['Dropbox', 'Google'],
                layout: 'carousel',
                theme: 'dark',
                takeaways: true,
              });
              assert.deepEqual(ownErrors(editor.outcome.errors), []);
              await editor.close();
            });
          });
        }

        it('renders the shortcode and a mount point, with one script tag each page', async () => {
          const shortcode = await visit(browsers[browserName], site.posts['author-shortcode'].url);
          assert.deepEqual(shortcode.widgets, [['Spotify', 'Netflix']]);
          assert.deepEqual(shortcode.layouts, ['list']);
          assert.deepEqual(shortcode.takeaways, [true]);
          const mountPoint = await visit(browsers[browserName], site.posts['contributor-mount-point'].url);
          assert.deepEqual(mountPoint.widgets, [['Netflix']]);
          for (const page of [shortcode, mountPoint]) {
            assert.equal(page.scripts.filter((url) => url.includes(PLUGIN_SCRIPT)).length, 1);
            assert.deepEqual(ownErrors(page.errors), []);
          }
        });

        describe('an old post’s Shortcode block', () => {
          /** @type {BrowserContext} */
          let context;
          /** @type {SitePage} */
          let page;
          before(async () => {
            context = await browsers[browserName].createBrowserContext();
            await logIn(context, site.origin, 'author');
            page = await openEditor(
              context,
              site.origin,
              `post.php?post=${site.posts[`shortcode-block-${browserName}`].id}&action=edit`,
            );
          });
          after(() => context?.close());

          it('becomes the block in one click, with its options, and the block goes back to a shortcode', async () => {
            await (await canvas(page)).click('.wp-block-shortcode textarea');
            await transformTo(page, 'Python Showcase');
            const options = { apps: 'netflix, google', layout: 'list', theme: 'dark', takeaways: true };
            assert.deepEqual(await editorBlocks(page), [{ name: BLOCK, attributes: options }]);
            await canvasShows(page, { cards: ['Netflix', 'Google'], layout: 'list', theme: 'dark', takeaways: true });

            await transformTo(page, 'Shortcode');
            assert.deepEqual(await editorBlocks(page), [
              {
                name: 'core/shortcode',
                attributes: { text: '[python_showcase apps="netflix, google" layout="list" takeaways theme="dark"]' },
              },
            ]);
            assert.deepEqual(ownErrors(page.outcome.errors), []);
          });

          it('a saved block at its defaults, opened again, shows the widget and asks for no set-up', async () => {
            const editor = await openEditor(
              context,
              site.origin,
              `post.php?post=${site.posts['default-block'].id}&action=edit`,
            );
            await canvasShows(editor, {
              cards: ['Instagram', 'Google', 'Spotify', 'Netflix', 'Dropbox'],
              layout: 'grid',
            });
            assert.equal(await (await canvas(editor)).$('.python-showcase-paste'), null, 'no placeholder');
            assert.deepEqual(ownErrors(editor.outcome.errors), []);
            await editor.close();
          });

          it('a [python_showcase …] pasted into a paragraph becomes the block, with its options', async () => {
            const editor = await openEditor(context, site.origin, 'post-new.php');
            const frame = await canvas(editor);
            await frame.click('.editor-post-title__input, [aria-label="Add title"]');
            await editor.keyboard.type('Pasted');
            await editor.keyboard.press('Enter');
            await frame.waitForFunction(() => document.activeElement?.matches('[data-type="core/paragraph"]'));
            // What the browser does when the clipboard holds the text and the author presses Ctrl+V. (The text is set
            // once the event holds its DataTransfer: Firefox copies an empty one into an event made in an iframe.)
            await frame.evaluate((text) => {
              const paste = new ClipboardEvent('paste', {
                clipboardData: new DataTransfer(),
                bubbles: true,
                cancelable: true,
              });
              const target = document.activeElement;
              if (!paste.clipboardData || !target)
                throw new Error('no clipboard data, or nothing focused to paste into');
              paste.clipboardData.setData('text/plain', text);
              target.dispatchEvent(paste);
            }, '[python_showcase apps="dropbox, spotify" layout="carousel" dismissible]');
            await editor.waitForFunction(() =>
              /** @type {EditorWindow} */ (window).wp.data
                .select('core/block-editor')
                .getBlocks()
                .some((block) => block.name === 'python-showcase/showcase'),
            );
            assert.deepEqual(await editorBlocks(editor), [
              { name: BLOCK, attributes: { apps: 'dropbox, spotify', layout: 'carousel', dismissible: true } },
            ]);
            await canvasShows(editor, { cards: ['Dropbox', 'Spotify'], layout: 'carousel' });
            assert.deepEqual(ownErrors(editor.outcome.errors), []);
            await editor.close();
          });
        });
      });
    }

    describe('the debug log', () => {
      it('holds nothing from the plugin (WordPress core’s own PHP 8.2 deprecations are not the plugin’s)', () => {
        const lines = existsSync(debugLog) ? readFileSync(debugLog, 'utf8').split('\n').filter(Boolean) : [];
        const plugin = lines.filter((line) => /python[-_]showcase/i.test(line));
        assert.deepEqual(plugin, []);
        // Whatever else is there is WordPress's own: each line names a file of WordPress, not of a plugin.
        const entries = lines.filter((line) => /^\[/.test(line));
        for (const line of entries) assert.match(line, new RegExp(`${site.root}/wp-(includes|admin)/`), line);
      });
    });
  });
}
