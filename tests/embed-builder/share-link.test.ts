// The set-up in the page’s address: a link that restores it elsewhere with a notice, one’s own link reloaded,
// and a tampered or hostile link read for what it holds, with nothing from it run.
import '../helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { closePages, waitFor } from '../helpers/frames.js';
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

describe('the embed builder (demo/builder.html): shared links', () => {
  it('keeps its set-up in a link of at most 2,000 characters, which restores it elsewhere, with a notice to check the links', async function () {
    this.timeout(90000);
    const builder = await openBuilder();
    expect(new URL(await builder.link()).hash, 'the defaults need no link').to.equal('');
    await builder.set('layout', 'carousel');
    await builder.set('partner', 'acme');
    await builder.set('heading', 'Shared heading');
    await builder.set('intro', 'Shared intro.');
    await builder.editApp('Dropbox', 'url', 'https://example.com/dropbox');
    await builder.tab('gtm');
    const link = await builder.link();
    expect(link).to.match(/#config=[\w-]+$/);
    expect(link.length).to.be.at.most(2000);
    expect(link, 'nothing about the script is in the link').to.not.match(/integrity|jsdelivr/);
    const original = { snippet: builder.snippet(), state: visibleState(builder.doc) };

    const shared = await openBuilder(new URL(link).hash);
    expect(shared.snippet(), 'the same snippet').to.equal(original.snippet);
    expect(visibleState(shared.doc)).to.deep.equal(original.state);
    expect(shared.doc.querySelector('#tab-gtm')!.getAttribute('aria-selected')).to.equal('true');
    const notice = shared.doc.querySelector<HTMLElement>('#shared-notice')!;
    expect(notice.hidden).to.be.false;
    expect(notice.textContent).to.include('check every address').and.include('https://example.com/dropbox');
    expect(shared.doc.body.dataset.sharedNotes).to.equal('0');
    expect(shared.doc.activeElement, 'the notice is where the reader starts').to.equal(
      shared.doc.querySelector('#shared-notice-title'),
    );
    // Without a shared link there is no notice.
    expect(builder.doc.querySelector<HTMLElement>('#shared-notice')!.hidden).to.be.true;
    // The restored set-up's snippets render the restored preview where they run.
    const restoredState = visibleState(shared.doc);
    const gtmPage = await pasteIntoBlankPage('', {
      before: '<div id="python-showcase-spot"></div>',
      after: shared.snippet(),
    });
    expect(visibleState(gtmPage), 'Google Tag Manager, restored').to.deep.equal(restoredState);
    await shared.tab('tag');
    expect(visibleState(await pasteIntoBlankPage(shared.snippet())), 'HTML, restored').to.deep.equal(restoredState);
    // Copy link at once after typing: the link holds the latest change.
    const copier = await openBuilder();
    const copiedLink = spyOnClipboard(copier.win);
    await copier.set('heading', 'The latest heading');
    copier.doc.querySelector<HTMLButtonElement>('#copy-link')!.click();
    await waitFor(() => copiedLink(), 'the copied link');
    const copiedState = JSON.parse(
      atob(new URL(copiedLink()).hash.slice('#config='.length).replace(/-/g, '+').replace(/_/g, '/')),
    ) as {
      o: Record<string, unknown>;
    };
    expect(copiedState.o.heading).to.equal('The latest heading');
    await waitFor(() => copier.doc.querySelector('#copy-link-status')!.textContent, 'the copy status');
    expect(copier.doc.querySelector('#copy-link-status')!.textContent).to.equal('Copied the link to the clipboard.');
    // Someone else's link pasted into the address bar of an open builder: read afresh, with the notice.
    sessionStorage.clear();
    const pasting = new Promise((resolve) => copier.frame.addEventListener('load', resolve, { once: true }));
    copier.win.location.hash = new URL(link).hash;
    await pasting;
    await waitFor(() => Number(copier.frame.contentDocument?.body?.dataset.snippetReady) > 0, 'the pasted link', 10000);
    const pastedLink = copier.frame.contentDocument!;
    expect(pastedLink.querySelector<HTMLElement>('#shared-notice')!.hidden).to.be.false;
    expect(visibleState(pastedLink)).to.deep.equal(original.state);
    // Content too long for a link: left out, said, offered as a file; the options still travel.
    for (let n = 0; n < 8; n++) {
      await addApp(builder, {
        name: `App number ${n}`,
        summary: `${'A long summary that takes room. '.repeat(10)}${n}`,
      });
    }
    const long = await builder.link();
    expect(long.length).to.be.at.most(2000);
    const status = builder.doc.querySelector('#share-status')!;
    expect(status.textContent).to.include('Your content is too long for a link');
    const downloads = catchDownloads(builder.win);
    status.querySelector<HTMLButtonElement>('button')!.click();
    await waitFor(() => downloads.length, 'the download');
    expect((JSON.parse(await downloads[0]!.text()) as { apps: unknown[] }).apps).to.have.length(13);
    // One's own link reloaded: the content the link left out comes back from this tab's memory, with no notice.
    const reloading = new Promise((resolve) => builder.frame.addEventListener('load', resolve, { once: true }));
    builder.win.location.reload();
    await reloading;
    await waitFor(() => Number(builder.frame.contentDocument?.body?.dataset.snippetReady) > 0, 'the reload', 10000);
    const ownReload = builder.frame.contentDocument!;
    // Its own address written again (and remembered) before another reader's frame opens in this same tab.
    await waitFor(() => ownReload.body.dataset.linkReady === ownReload.body.dataset.snippetReady, 'the link', 10000);
    expect(visibleState(ownReload).cards.map((card) => card.name)).to.include('App number 7');
    expect(
      ownReload.querySelector<HTMLElement>('#shared-notice')!.hidden,
      ownReload.querySelector('#shared-notes')!.textContent,
    ).to.be.true;

    const restored = await openBuilder(new URL(long).hash);
    expect(restored.doc.querySelector('#shared-notes')!.textContent).to.include(
      'content was too long for a link and is not in it',
    );
    expect(visibleState(restored.doc).heading).to.equal('Shared heading');
    expect(visibleState(restored.doc).layout).to.equal('carousel');
    expect(visibleState(restored.doc).cards.map((card) => card.name)).to.deep.equal([
      'Instagram',
      'Google',
      'Spotify',
      'Netflix',
      'Dropbox',
    ]);
  });

  it('reloads one’s own link in the same tab as one’s own work, with no notice', async function () {
    this.timeout(30000);
    const own = await openBuilder();
    await own.set('layout', 'list');
    await own.link();
    const loaded = new Promise((resolve) => own.frame.addEventListener('load', resolve, { once: true }));
    own.win.location.reload();
    await loaded;
    await waitFor(
      () => Number(own.frame.contentDocument?.body?.dataset.snippetReady) > 0,
      'the reloaded builder',
      10000,
    );
    const reloaded = own.frame.contentDocument!;
    expect(visibleState(reloaded).layout, 'restored').to.equal('list');
    expect(reloaded.querySelector<HTMLElement>('#shared-notice')!.hidden, 'no notice for one’s own link').to.be.true;
  });

  it('reads a tampered or hostile link for what it holds, with messages, and runs nothing from it', async function () {
    this.timeout(60000);
    const script = '<img src=x onerror="parent.hostileRan=1"><script>parent.hostileRan=1</script><!--';
    const payload = {
      v: 0,
      o: {
        heading: `"></python-showcase>${script}`,
        partner: `{{Page URL}}" onload="parent.hostileRan=1`,
        campaign: `</script>${script}`,
        layout: 'hexagon',
        takeaways: 'yes',
        form: 'react"><img src=x>',
        apps: `instagram,<b>bold</b>`,
        intro: `${script}`,
        src: 'javascript:parent.hostileRan=1',
        'review-at': '<script>',
        integrity: 'sha384-forged',
        version: '0.0.1-evil',
        constructor: 'x',
      },
      c: {
        heading: `</script>${script}`,
        intro: `{{Page URL}}\u2028${script}`,
        apps: [
          {
            id: `evil"${script}`,
            name: `${script}`,
            summary: '</script><script>parent.hostileRan=1</script>',
            stat: { value: '1e9<script>', label: script, over: 'yes', asOf: script },
            uses: [script, { toString: 1 }],
            url: 'javascript:parent.hostileRan=1',
            color: 'red;background:url(x)',
            icon: script,
          },
          'spotify',
          { id: 'ok', name: 'Fine', summary: 'A fine app.', url: 'https://example.com/' },
        ],
        promo: [
          {
            id: 'campaign',
            title: script,
            startsAt: `2020-01-01T00:00:00Z${script}`,
            deadline: { at: script, label: `{date}${script}` },
            variants: [
              { id: 'a', weight: 'x' },
              { id: 'b', weight: 1, title: script },
            ],
            frequency: { views: script, perDays: -1 },
          },
          {
            id: 'p',
            eyebrow: script,
            title: 'Promo',
            body: script,
            cta: { label: script, href: 'data:text/html,<script>parent.hostileRan=1</script>' },
            secondary: { label: 'Two', href: 'javascript:parent.hostileRan=1' },
          },
        ],
        takeaways: [script, 7],
        strings: { visit: `${script}{name}`, close: script },
      },
      script: 'https://evil.example/x.js',
      integrity: 'sha384-forged',
    };
    // "__proto__" as an own key, as JSON.parse makes it, in the options, the content and a built-in app's changes.
    const json = JSON.stringify(payload)
      .replace('"constructor":"x"', '"constructor":"x","__proto__":{"polluted":true}')
      .replace('"strings":', '"__proto__":{"polluted":true},"strings":')
      .replace('"spotify"', '{"id":"spotify","__proto__":{"polluted":true}}');
    const encoded = btoa(String.fromCharCode(...new TextEncoder().encode(json)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    const win = window as Window & { hostileRan?: number };
    delete win.hostileRan;
    const shared = await openBuilder(`#config=${encoded}`);
    const { doc } = shared;
    const built = await (await fetch('/dist/python-showcase.js')).text();
    /** Nothing from the link became an element, ran, or changed Object.prototype in `page`. */
    const expectNothingInjected = (page: Document, what: string) => {
      expect(page.querySelectorAll('img, b').length, `${what}: no element from the link`).to.equal(0);
      expect(
        [...page.querySelectorAll('python-showcase')].flatMap((widget) => [
          ...widget.shadowRoot!.querySelectorAll('img, script, b'),
        ]).length,
        `${what}: none in the widget either`,
      ).to.equal(0);
      expect(
        (page.defaultView as unknown as { Object: ObjectConstructor }).Object.prototype,
        what,
      ).to.not.have.property('polluted');
    };
    for (const form of ['tag', 'mount-point', 'shortcode', 'block', 'react', 'vue', 'gtm']) {
      await shared.tab(form);
      expect(doc.querySelectorAll('img, script:not([type="module"]), b').length, `${form}: in the builder`).to.equal(0);
      expect(shared.snippet(), `${form}: nothing about the script from the link`)
        .to.not.include('forged')
        .and.not.include('0.0.1-evil')
        .and.not.include('evil.example');
      if (['tag', 'gtm'].includes(form)) {
        expect(shared.snippet(), `${form}: the built file's integrity`).to.include(
          `integrity="${await sha384(built)}"`,
        );
      }
      // Each form where it runs: the text stays text, and nothing runs.
      if (form === 'tag') {
        const pasted = await pasteIntoBlankPage(shared.snippet());
        expectNothingInjected(pasted, form);
        expect(pasted.querySelectorAll('script').length, `${form}: its own two scripts`).to.equal(2);
      } else if (form === 'gtm') {
        expect(shared.snippet(), 'no Tag Manager variable').to.not.include('{{');
        const pasted = await pasteIntoBlankPage('', {
          before: '<div id="python-showcase-spot"></div>',
          after: shared.snippet(),
        });
        expectNothingInjected(pasted, form);
        expect(pasted.querySelectorAll('script').length, `${form}: its own two scripts`).to.equal(2);
      } else if (form === 'mount-point') {
        const pasted = await pasteIntoBlankPage(shared.snippet() + doc.querySelector('#companion')!.textContent);
        expectNothingInjected(pasted, form);
        expect(pasted.querySelectorAll('script').length, `${form}: the site's script only`).to.equal(1);
      } else if (form === 'block') {
        const markup = shared.snippet();
        expect(markup.indexOf('-->'), `${form}: no --> but the comment's end`).to.equal(markup.length - 3);
        expect(markup.lastIndexOf('<'), `${form}: no < but the comment's start`).to.equal(0);
      } else if (form === 'react' || form === 'vue') {
        expectNothingInjected(await renderInFrameworkApp(form, shared.snippet()), form);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.hostileRan, 'no script from the link ran').to.equal(undefined);
    expect(
      (shared.win as unknown as { Object: ObjectConstructor }).Object.prototype,
      'the builder',
    ).to.not.have.property('polluted');

    const notice = doc.querySelector<HTMLElement>('#shared-notice')!;
    expect(notice.hidden).to.be.false;
    const notes = doc.querySelector('#shared-notes')!.textContent;
    for (const expected of [
      'another version of the builder (settings version 0)',
      'layout: not an option the builder has',
      'takeaways: not an option the builder has',
      'integrity: not an option the builder has',
      'version: not an option the builder has',
      'script: not something a link sets; ignored',
      'content: apps[0].url: not an https, http or mailto URL',
      'content: promo[0].startsAt: not an ISO 8601 time',
      'content: promo[1].cta.href: not an https, http or mailto URL',
      'content: takeaways[1]: not text',
    ]) {
      expect(notes).to.include(expected);
    }
    expect(doc.querySelector('#shared-links')!.textContent).to.include('javascript:parent.hostileRan=1');
    // The text options it held are shown as text.
    expect(doc.querySelector<HTMLInputElement>('input[name="heading"]')!.value).to.equal(payload.o.heading);

    // A link cut short or changed by hand: one message, the defaults.
    const cut = await openBuilder(`#config=${encoded.slice(0, 41)}%%`);
    expect(cut.doc.querySelector('#shared-notes')!.textContent).to.include('could not be read');
    expect(cut.snippet()).to.include('<python-showcase>');
    expect(win.hostileRan).to.equal(undefined);
  });
});
