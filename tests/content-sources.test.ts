import './helpers/lit-warnings.js';
import { expect, fixture, fixtureSync, html, nextFrame } from '@open-wc/testing';
import '../src/index.js';
import type { PythonShowcase, ShowcaseErrorDetail } from '../src/index.js';
import { capturingWarnings } from './helpers/console.js';
import { deepQueryAll, deepText, settled } from './helpers/dom.js';
import { waitFor } from './helpers/frames.js';

const names = (element: Element) => deepQueryAll(element, '.name').map((name) => name.textContent.trim());
const INLINE = JSON.stringify({
  heading: 'Inline heading',
  apps: [{ id: 'inline', name: 'Inline app', summary: 'From the page.' }],
});

const stopListening: Array<() => void> = [];
afterEach(() => stopListening.splice(0).forEach((stop) => stop()));

/** Collects the showcase-error details fired from here on, from any widget on the page. */
function collectErrors(): ShowcaseErrorDetail[] {
  const errors: ShowcaseErrorDetail[] = [];
  const listener = (event: CustomEvent<ShowcaseErrorDetail>) => errors.push(event.detail);
  document.addEventListener('showcase-error', listener);
  stopListening.push(() => document.removeEventListener('showcase-error', listener));
  return errors;
}

/** Waits for the widget's rendered signal, and checks it has rendered. */
async function rendered(element: PythonShowcase) {
  await element.updateComplete;
  expect(element.shadowRoot?.querySelector('.root'), 'the widget rendered').to.exist;
}

describe('content sources', () => {
  describe('order: property, inline JSON, src, default', () => {
    it('the content property wins over inline JSON and src', async () => {
      const element = await fixture<PythonShowcase>(
        `<python-showcase src="/tests/src/ok"><script type="application/json">${INLINE}</script></python-showcase>`,
      );
      element.content = { heading: 'From the property' };
      await rendered(element);
      expect(deepText(element)).to.include('From the property');
    });

    it('inline JSON wins over src, and keeps the default for the fields it leaves out', async () => {
      const element = await fixture<PythonShowcase>(
        `<python-showcase src="/tests/src/ok"><script type="application/json">${INLINE}</script></python-showcase>`,
      );
      await rendered(element);
      expect(deepText(element)).to.include('Inline heading');
      expect(names(element)).to.deep.equal(['Inline app']);
      expect(deepText(element), 'promo left out: the default promo').to.include('Python for Data Science Bootcamp');
    });

    it('src loads when there is no property or inline JSON, showing the fallback meanwhile', async () => {
      // Not `fixture`, which awaits updateComplete: that resolves only once the src document is in.
      const element = fixtureSync<PythonShowcase>(
        html`<python-showcase src="/tests/src/slow"
          ><a href="https://www.nobledesktop.com/">Fallback link</a></python-showcase
        >`,
      );
      await nextFrame();
      expect(element.hasUpdated, 'the first render, while src loads').to.be.true;
      const fallback = element.querySelector('a')!;
      expect(fallback.getClientRects().length, 'the fallback is visible while src loads').to.be.greaterThan(0);
      expect(element.shadowRoot!.querySelector('python-app-card'), 'no card before the content is known').to.equal(
        null,
      );
      await rendered(element);
      expect(deepText(element)).to.include('Loaded from src');
      expect(fallback.getClientRects().length).to.equal(0);
    });

    it('a source that is not a JSON object is skipped for the next one, with a warning and showcase-error', async () => {
      const { warnings } = await capturingWarnings(async () => {
        const errors = collectErrors();
        const element = await fixture<PythonShowcase>(
          `<python-showcase src="/tests/src/ok"><script type="application/json">not json at all</script></python-showcase>`,
        );
        await rendered(element);
        expect(deepText(element)).to.include('Loaded from src');
        expect(errors).to.deep.include({ reason: 'parse', source: 'inline' });
      });
      expect(warnings.join('\n')).to.match(/content \(inline\): not JSON/);
    });

    it('an invalid property value falls through to the default', async () => {
      const errors = collectErrors();
      const element = await fixture<PythonShowcase>(html`<python-showcase></python-showcase>`);
      await capturingWarnings(async () => {
        element.content = null as never;
        element.content = [1, 2] as never;
        await rendered(element);
      });
      expect(names(element)).to.have.length(5);
      expect(errors).to.deep.include({ reason: 'parse', source: 'property' });
    });

    it('updateComplete resolves once the src content, its cards and its promo have rendered', async () => {
      const element = fixtureSync<PythonShowcase>(html`<python-showcase src="/tests/src/slow"></python-showcase>`);
      expect(await element.updateComplete).to.be.true;
      const cards = [...element.shadowRoot!.querySelectorAll('python-app-card')];
      expect(cards.map((card) => card.shadowRoot?.querySelector('.name')?.textContent)).to.deep.equal(
        names(element),
      );
      expect(names(element)).to.have.length.greaterThan(0);
      expect(deepText(element), 'the src content, not the default').to.include('Loaded from src');
      const promo = element.shadowRoot!.querySelector('python-course-promo')!;
      expect(promo.shadowRoot?.querySelector('.title'), 'the promo has rendered').to.exist;
    });

    it('updateComplete settles for a widget taken off the page while its src loads', async () => {
      const element = fixtureSync<PythonShowcase>(html`<python-showcase src="/tests/src/slow"></python-showcase>`);
      await nextFrame();
      element.remove();
      const settledInTime = await Promise.race([
        element.updateComplete.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 4000)),
      ]);
      expect(settledInTime, 'updateComplete resolved').to.be.true;
    });

    it('changing the winning source re-renders', async () => {
      const element = await fixture<PythonShowcase>(html`<python-showcase></python-showcase>`);
      await rendered(element);
      element.content = { heading: 'First' };
      await settled(element);
      expect(deepText(element)).to.include('First');
      element.content = undefined;
      element.src = '/tests/src/ok';
      await element.updateComplete;
      expect(deepText(element)).to.include('Loaded from src');
    });
  });

  describe('src failures', () => {
    const failures: Array<[string, ShowcaseErrorDetail['reason']]> = [
      ['/tests/src/not-found', 'http'],
      ['/tests/src/server-error', 'http'],
      ['/tests/src/html', 'parse'],
      ['/tests/src/malformed', 'parse'],
      ['/tests/src/json-null', 'parse'],
      ['javascript:alert(1)', 'network'],
    ];
    for (const [src, reason] of failures) {
      it(`${src} shows the default with showcase-error reason "${reason}"`, async () => {
        const { warnings } = await capturingWarnings(async () => {
          const errors = collectErrors();
          const element = await fixture<PythonShowcase>(html`<python-showcase src=${src}></python-showcase>`);
          await rendered(element);
          expect(names(element)).to.have.length(5);
          expect(errors).to.deep.include({ reason, source: 'src' });
        });
        expect(warnings).to.have.length.at.least(1);
      });
    }

    it('a CORS refusal reads as a network failure', async () => {
      const crossOrigin = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}/tests/src/ok`;
      await capturingWarnings(async () => {
        const errors = collectErrors();
        const element = await fixture<PythonShowcase>(html`<python-showcase src=${crossOrigin}></python-showcase>`);
        await rendered(element);
        expect(names(element)).to.have.length(5);
        expect(errors).to.deep.include({ reason: 'network', source: 'src' });
      });
    });

    it('follows a redirect, and reads JSON served with the wrong content type with a warning', async () => {
      const redirected = await fixture<PythonShowcase>(
        html`<python-showcase src="/tests/src/redirect"></python-showcase>`,
      );
      await rendered(redirected);
      expect(deepText(redirected)).to.include('Loaded from src');
      const { warnings } = await capturingWarnings(async () => {
        const element = await fixture<PythonShowcase>(
          html`<python-showcase src="/tests/src/wrong-type"></python-showcase>`,
        );
        await rendered(element);
        expect(deepText(element)).to.include('Loaded from src');
      });
      expect(warnings.join()).to.include('text/plain');
    });

    it('a hanging src renders the default after 3 s with reason "timeout"', async function () {
      this.timeout(8000);
      await capturingWarnings(async () => {
        const errors = collectErrors();
        const started = performance.now();
        // `fixture` awaits updateComplete, which resolves once the default renders after the timeout.
        const element = await fixture<PythonShowcase>(html`<python-showcase src="/tests/src/hang"></python-showcase>`);
        await rendered(element);
        const waited = performance.now() - started;
        expect(waited).to.be.within(2500, 4500);
        expect(names(element)).to.have.length(5);
        expect(errors).to.deep.equal([{ reason: 'timeout', source: 'src' }]);
      });
    });

    it('a newer src aborts the older request', async () => {
      const errors = collectErrors();
      const element = fixtureSync<PythonShowcase>(html`<python-showcase src="/tests/src/hang"></python-showcase>`);
      await nextFrame();
      element.src = '/tests/src/ok';
      await element.updateComplete;
      expect(deepText(element)).to.include('Loaded from src');
      await new Promise((resolve) => setTimeout(resolve, 3200));
      expect(errors, 'the older request neither times out nor replaces the content').to.deep.equal([]);
      expect(deepText(element)).to.include('Loaded from src');
    });
  });

  describe('inline JSON', () => {
    it('is read once the parser has finished the element, also when the script ran before the tag', async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<script src="/dist/python-showcase.js"></script>
        <python-showcase><script type="application/json">${INLINE}</script></python-showcase>`;
      document.body.append(frame);
      try {
        const names = await waitFor(() => {
          const cards = frame.contentDocument
            ?.querySelector('python-showcase')
            ?.shadowRoot?.querySelectorAll('python-app-card');
          return cards?.length
            ? [...cards].map((card) => card.shadowRoot?.querySelector('.name')?.textContent)
            : undefined;
        }, 'the inline content');
        expect(names).to.deep.equal(['Inline app']);
      } finally {
        frame.remove();
      }
    });

    it('JSON that a CMS mangled (smart quotes, <p> and <br>) is repaired with a warning', async () => {
      const mangled = `<p>{“heading”: “Pasted in WordPress”,<br />
        “apps”: [{“id”: “wp”, “name”: “WordPress”, “summary”: “Mangled but fine.”}]}</p>`;
      const { warnings } = await capturingWarnings(async () => {
        const element = await fixture<PythonShowcase>(
          `<python-showcase><script type="application/json">${mangled}</script></python-showcase>`,
        );
        await rendered(element);
        expect(deepText(element)).to.include('Pasted in WordPress');
        expect(names(element)).to.deep.equal(['WordPress']);
      });
      expect(warnings.join()).to.include('repaired');
    });
  });

  describe('invalid parts', () => {
    it('are dropped with one warning and one showcase-error per content load, listing paths', async () => {
      const element = await fixture<PythonShowcase>(html`<python-showcase></python-showcase>`);
      await rendered(element);
      const errors = collectErrors();
      const { warnings } = await capturingWarnings(async () => {
        element.content = {
          apps: [
            { id: 'ok', name: 'Ok', summary: 'Fine.', url: 'javascript:alert(1)', stat: { value: NaN } },
            { id: 'Bad Id', name: 'Skipped', summary: 'Skipped.' },
            { id: 'ok', name: 'Twice', summary: 'Repeated id.' },
          ],
        };
        await settled(element);
      });
      expect(names(element)).to.deep.equal(['Ok']);
      expect(deepQueryAll(element, 'a.link')).to.have.length(0);
      expect(deepQueryAll(element, '.figure')).to.have.length(0);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('apps[0].url').and.include('apps[0].stat.value').and.include('apps[1].id');
      expect(errors).to.deep.equal([{ reason: 'schema', source: 'property' }]);
    });

    it('give one warning and one showcase-error, however many elements read them: a promo ending before it starts', async () => {
      const promo = {
        id: 'backwards',
        title: 'Backwards',
        startsAt: '2026-12-02T00:00:00Z',
        endsAt: '2026-12-01T00:00:00Z',
      };
      const errors = collectErrors();
      const { result: element, warnings } = await capturingWarnings(async () => {
        const created = await fixture<PythonShowcase>(
          `<python-showcase><script type="application/json">${JSON.stringify({ promo })}</script></python-showcase>`,
        );
        await rendered(created);
        return created;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('promo.endsAt');
      expect(errors).to.deep.equal([{ reason: 'schema', source: 'inline' }]);
      expect(deepText(element)).to.not.include('Backwards');
    });

    it('caps cards at 100 and cuts long names and summaries with an ellipsis', async () => {
      const element = await fixture<PythonShowcase>(html`<python-showcase></python-showcase>`);
      await capturingWarnings(async () => {
        element.content = {
          apps: Array.from({ length: 150 }, (_, i) => ({
            id: `app-${i}`,
            name: 'N'.repeat(200),
            summary: 'S'.repeat(1000),
          })),
        };
        await settled(element);
      });
      expect(deepQueryAll(element, 'python-app-card')).to.have.length(100);
      const name = deepQueryAll(element, '.name')[0]!.textContent.trim();
      expect(Array.from(name)).to.have.length(80);
      expect(name.endsWith('…')).to.be.true;
      expect(Array.from(deepQueryAll(element, '.summary')[0]!.textContent.trim())).to.have.length(400);
    });
  });
});
