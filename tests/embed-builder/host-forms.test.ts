// Each host tab: the options followed in the preview and the snippet, the snippet copied, and what each tab
// writes, pasted into a page, a Tag Manager container or a React or Vue app, showing what the preview showed.
import '../helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { engine } from '../helpers/dom.js';
import { closePages, waitFor } from '../helpers/frames.js';
import { blockSnippet, mountPointSnippet, shortcodeSnippet } from '../../demo/builder/snippets.js';
import {
  visibleState,
  openBuilder,
  addApp,
  pasteIntoBlankPage,
  renderInFrameworkApp,
  sha384,
  spyOnClipboard,
  catchDownloads,
} from '../helpers/embed-builder.js';

afterEach(closePages);

describe('the embed builder (demo/builder.html): host forms: the options, each tab’s snippet, and that snippet where it runs', () => {
  it('follows the options in its preview and snippet, copies the snippet, and the snippet renders what the preview showed', async function () {
    this.timeout(30000);
    const { win, doc, set, click, snippet } = await openBuilder();
    expect(snippet()).to.include('<python-showcase>').and.include('integrity="sha384-');

    // Change options as a marketer would.
    await click('#apps li[data-name="Google"] input[type="checkbox"]');
    await click('button[aria-label="Move Netflix up"]');
    await set('layout', 'list');
    await set('theme', 'dark');
    await set('promo', 'top');
    await set('heading-level', '3');
    await set('heading', 'Built with Python');
    await set('partner', 'acme');
    await set('campaign', 'fall');
    await set('takeaways', true);
    await set('dismissible', true);
    await set('datalayer', true);

    const preview = doc.querySelector('#preview python-showcase')!;
    expect(preview.getAttribute('apps')).to.equal('instagram,netflix,spotify,dropbox');
    expect(preview.getAttribute('layout')).to.equal('list');
    for (const expected of [
      'apps="instagram,netflix,spotify,dropbox"',
      'layout="list"',
      'theme="dark"',
      'promo="top"',
      'heading-level="3"',
      'heading="Built with Python"',
      ' takeaways',
      ' dismissible',
      ' datalayer',
      'partner="acme"',
      'campaign="fall"',
      '<a href="https://www.nobledesktop.com/">',
      'python-showcase:not(:defined)::after{content:"";height:',
    ]) {
      expect(snippet()).to.include(expected);
    }
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(snippet()).to.include(`https://cdn.jsdelivr.net/npm/python-showcase@${version}/dist/python-showcase.js`);
    const built = await (await fetch('/dist/python-showcase.js')).text();
    expect(snippet(), 'the integrity hash is that of the built file').to.include(`integrity="${await sha384(built)}"`);

    // Copy, by keyboard.
    let copied: string;
    if (engine === 'chromium' && (await executeServerCommand('grant-clipboard', { origin: location.origin }))) {
      doc.querySelector<HTMLButtonElement>('#copy')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => doc.querySelector('#copy-status')!.textContent, 'the copy status');
      copied = await win.navigator.clipboard.readText();
    } else {
      console.log(
        `copy: the clipboard API is spied on in ${engine}, whose automation cannot grant clipboard access here`,
      );
      const written = spyOnClipboard(win);
      doc.querySelector<HTMLButtonElement>('#copy')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => doc.querySelector('#copy-status')!.textContent, 'the copy status');
      copied = written();
    }
    expect(doc.querySelector('#copy-status')!.textContent).to.equal('Copied the snippet to the clipboard.');
    expect(copied).to.equal(snippet());

    // The copied snippet, pasted into a blank page with the built script, shows what the preview showed.
    expect(visibleState(await pasteIntoBlankPage(copied))).to.deep.equal(visibleState(doc));
  });

  for (const [served, base] of [
    ['served by npm start', '/demo/builder.html'],
    ['published by npm run build:site, under a path prefix', '/tests/hosted/partner-team/showcase/demo/builder.html'],
  ] as const) {
    it(`${served}: edits the content (intro, an app card, a new app, removing and reordering, the promo copy), and every host tab renders the preview’s widget where that form runs`, async function () {
      this.timeout(90000);
      const builder = await openBuilder('', 1200, base);
      const { doc, set, tab, editApp, snippet } = builder;
      await set('layout', 'list');
      await set('partner', 'acme');
      await set('takeaways', true);
      await set('intro', 'Five apps, one language.');
      await editApp('Spotify', 'summary', 'Python runs the playlists’ data pipelines.');
      await editApp('Spotify', 'stat.value', '675000000');
      await editApp('Spotify', 'stat.label', 'listeners');
      await addApp(builder, {
        name: 'Reddit',
        summary: 'Python served the front page for years.',
        url: 'https://www.reddit.com/',
        color: '#ff4500',
      });
      // Remove Google, move Reddit to the top.
      await builder.click('#apps li[data-name="Google"] input[type="checkbox"]');
      for (let moves = 0; moves < 5; moves++) {
        const up = doc.querySelector<HTMLButtonElement>('button[aria-label="Move Reddit up"]')!;
        if (up.disabled) break;
        await builder.click('button[aria-label="Move Reddit up"]');
      }
      await set('copy-title', 'Learn the language behind these apps');
      await set('copy-cta-label', 'See the bootcamp');

      const expected = visibleState(doc);
      expect(expected.intro).to.equal('Five apps, one language.');
      expect(expected.cards.map((card) => card.name)).to.deep.equal([
        'Reddit',
        'Instagram',
        'Spotify',
        'Netflix',
        'Dropbox',
      ]);
      expect(expected.cards[2]).to.deep.include({ summary: 'Python runs the playlists’ data pipelines.' });
      expect(expected.cards[2]!.figure).to.include('675M').and.include('listeners');
      expect(expected.promo!.title).to.equal('Learn the language behind these apps');
      expect(doc.querySelector('#content-problems')!.textContent, 'no problems').to.equal('');

      // HTML: the content as inline JSON, in a blank page.
      const inline = JSON.parse(/<script type="application\/json">(.*?)<\/script>/.exec(snippet())![1]!) as {
        apps: Array<{ id: string }>;
      };
      expect(inline.apps.map((app) => app.id)).to.deep.equal(['reddit', 'instagram', 'spotify', 'netflix', 'dropbox']);
      expect(visibleState(await pasteIntoBlankPage(snippet())), 'HTML').to.deep.equal(expected);

      // The content as a file: what the download gives, put on the partner's server and named by src.
      const downloads = catchDownloads(builder.win);
      doc.querySelector<HTMLButtonElement>('#download-content')!.click();
      await waitFor(() => downloads.length, 'the download');
      const file = await downloads[0]!.text();
      expect(JSON.parse(file)).to.deep.equal(inline);
      const put = await fetch('/tests/uploads/builder-content.json', { method: 'PUT', body: file });
      expect(put.status).to.equal(204);

      // Mount point: warns until it names a file, then renders it with the site's script tag.
      await tab('mount-point');
      expect(doc.querySelector<HTMLElement>('#content-warning')!.hidden, 'asks for the file’s address').to.be.false;
      await set('src', `${location.origin}/tests/uploads/builder-content.json`);
      expect(doc.querySelector<HTMLElement>('#content-warning')!.hidden).to.be.true;
      expect(snippet()).to.include(`data-src="${location.origin}/tests/uploads/builder-content.json"`);
      const siteScript = doc.querySelector('#companion')!.textContent;
      expect(visibleState(await pasteIntoBlankPage(snippet() + siteScript)), 'mount point').to.deep.equal(expected);

      // The shortcode names the same file (tests/node/wordpress.test.mjs renders the builder's shortcode in WordPress).
      await tab('shortcode');
      expect(snippet()).to.match(
        /^\[python_showcase layout="list" takeaways partner="acme" src="[^"]+builder-content\.json"\]$/,
      );

      // The block names it too, in the comment the block editor's Code editor takes (tests/node/wordpress-block.test.mjs
      // pastes the builder's block markup into WordPress's editor).
      await tab('block');
      expect(snippet()).to.equal(
        `<!-- wp:python-showcase/showcase {"layout":"list","takeaways":true,"src":"${location.origin}/tests/uploads/builder-content.json","partner":"acme"} /-->`,
      );
      expect(doc.querySelector<HTMLElement>('#content-warning')!.hidden, 'it names the file').to.be.true;

      // Google Tag Manager: the spot on the page, the Custom HTML tag added at the end of <body>, as Tag Manager does.
      await tab('gtm');
      const spot = doc.querySelector('#companion')!.textContent;
      expect(spot).to.match(/^<div id="python-showcase-spot" style="min-height: \d+px"><\/div>$/);
      const tagPage = await pasteIntoBlankPage('', {
        before: `<h1>A page</h1>${spot}<p>Text below the spot.</p>`,
        after: snippet(),
      });
      expect(tagPage.querySelector('#python-showcase-spot > python-showcase'), 'moved into the spot').to.exist;
      expect(visibleState(tagPage), 'Google Tag Manager').to.deep.equal(expected);

      // React and Vue: the component, built into each framework's test app.
      await tab('react');
      expect(snippet()).to.include("import 'python-showcase';").and.include('content={content}');
      expect(visibleState(await renderInFrameworkApp('react', snippet())), 'React').to.deep.equal(expected);
      await tab('vue');
      expect(snippet()).to.include(':content.prop="content"');
      expect(doc.querySelector('#companion')!.textContent).to.include(
        "isCustomElement: (tag) => tag.startsWith('python-')",
      );
      expect(visibleState(await renderInFrameworkApp('vue', snippet())), 'Vue').to.deep.equal(expected);

      // Each tab links its guide, relative to the page.
      for (const [form, guide] of [
        ['tag', 'webflow'],
        ['mount-point', 'wordpress'],
        ['block', 'wordpress'],
        ['react', 'frameworks'],
        ['gtm', 'google-tag-manager'],
      ] as const) {
        await tab(form);
        const links = [...doc.querySelectorAll<HTMLAnchorElement>('#guide-links a')].map((a) => a.href);
        expect(links).to.include(new URL(`../docs/guides/${guide}.html`, new URL(base, location.origin)).href);
      }
    });
  }

  it('writes the mount point, the WordPress shortcode and the WordPress block for plain options as snippets.ts does', async function () {
    this.timeout(30000);
    const { doc, set, click, tab, snippet, step, ready } = await openBuilder();
    await click('#apps li[data-name="Google"] input[type="checkbox"]');
    await set('layout', 'list');
    await set('heading-level', '3');
    await set('heading', 'Built "with" Python');
    await set('partner', 'acme');
    await set('takeaways', true);
    const attributes = {
      apps: 'instagram,spotify,netflix,dropbox',
      layout: 'list',
      theme: '',
      promo: '',
      'heading-level': '3',
      heading: 'Built "with" Python',
      takeaways: true,
      dismissible: false,
      datalayer: false,
      partner: 'acme',
      campaign: '',
      src: '',
    };

    await tab('mount-point');
    expect(snippet()).to.match(/^<div data-python-showcase data-apps="instagram,spotify,netflix,dropbox"/);
    expect(snippet()).to.include('data-heading="Built &quot;with&quot; Python"').and.include('style="min-height: ');
    expect(doc.querySelector<HTMLElement>('#companion-box')!.hidden).to.be.false;
    expect(doc.querySelector<HTMLElement>('#content-warning')!.hidden, 'no content of its own: no file needed').to.be
      .true;
    const siteScript = doc.querySelector('#companion')!.textContent;
    expect(visibleState(await pasteIntoBlankPage(snippet() + siteScript))).to.deep.equal(visibleState(doc));
    const heights = [...snippet().matchAll(/min-height: (\d+)px/g)].map((m) => Number(m[1]));
    expect(snippet(), 'the builder writes what snippets.ts writes').to.equal(
      mountPointSnippet({ attributes, heights: [heights[0]!] }),
    );

    // The shortcode: what tests/node/wordpress.test.mjs saves in WordPress for these same options.
    await tab('shortcode');
    expect(snippet()).to.equal(
      '[python_showcase apps="instagram,spotify,netflix,dropbox" layout="list" heading-level="3" heading="Built &quot;with&quot; Python" takeaways partner="acme"]',
    );
    expect(snippet()).to.equal(shortcodeSnippet({ attributes }));
    expect(doc.querySelector<HTMLElement>('#companion-box')!.hidden).to.be.true;

    // The block, the next tab, reached with the arrow key from the shortcode's: its comment markup, attributes in
    // camelCase, the flag true, the heading level a number, the quotes escaped as WordPress escapes them.
    const shortcodeTab = doc.querySelector<HTMLButtonElement>('#tab-shortcode')!;
    expect(shortcodeTab.textContent).to.equal('WordPress shortcode');
    shortcodeTab.focus();
    const before = step();
    await sendKeys({ press: 'ArrowRight' });
    await ready(before, 'the block’s snippet');
    const blockTab = doc.activeElement!;
    expect(blockTab.id).to.equal('tab-block');
    expect(blockTab.textContent).to.equal('WordPress block');
    expect(blockTab.getAttribute('aria-selected')).to.equal('true');
    expect(snippet()).to.equal(
      '<!-- wp:python-showcase/showcase {"apps":"instagram,spotify,netflix,dropbox","layout":"list","heading":"Built \\u0022with\\u0022 Python","takeaways":true,"headingLevel":3,"partner":"acme"} /-->',
    );
    expect(snippet()).to.equal(blockSnippet({ attributes }));
    expect(doc.querySelector('#form-help')!.textContent).to.include('Code editor').and.include('Ctrl+Shift+Alt+M');
    expect(doc.querySelector<HTMLElement>('#companion-box')!.hidden).to.be.true;
    expect(doc.querySelector<HTMLElement>('#content-warning')!.hidden, 'no content of its own: no file needed').to.be
      .true;
  });
});
