import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { closePages, openFrame, waitFor } from './helpers/frames.js';

interface MountedApp {
  clicks: Array<{ kind: string; id: string; href: string }>;
}
type AppWindow = Window & { app?: MountedApp; mounted?: boolean };

/**
 * A page where a framework renders the widget, with the drop-in script loaded before the framework renders or
 * after it (then the element is upgraded under the framework's feet).
 */
async function frameworkPage(fixture: string, order: 'script first' | 'framework first', options = '{}') {
  const mount = `<script type="module">
    import { mount } from '/tests/fixtures/${fixture}';
    window.app = mount(document.getElementById('root'), ${options});
    window.mounted = true;
  </script>`;
  const script = '<script src="/dist/python-showcase.js"></script>';
  const frame = await openFrame(
    (f) =>
      (f.srcdoc = `<!doctype html><html lang="en"><head>${order === 'script first' ? script : ''}</head><body><div id="root"></div>${mount}</body></html>`),
  );
  const win = frame.contentWindow as AppWindow;
  const doc = frame.contentDocument!;
  await waitFor(() => win.mounted, 'the framework to render', 10000);
  if (order === 'framework first') {
    expect(win.customElements.get('python-showcase'), 'not defined yet when the framework rendered').to.equal(
      undefined,
    );
    const late = doc.createElement('script');
    late.src = '/dist/python-showcase.js';
    doc.head.append(late);
  }
  const widget = doc.querySelector('python-showcase')!;
  await waitFor(
    () => widget.shadowRoot?.querySelector('python-app-card')?.shadowRoot?.querySelector('a'),
    'the widget',
  );
  return { win, widget };
}

async function expectContentAndEvents(win: AppWindow, widget: Element, heading: string, id: string) {
  const root = widget.shadowRoot!;
  expect(root.querySelector('.heading')!.textContent.trim()).to.equal(heading);
  const link = root.querySelector('python-app-card')!.shadowRoot!.querySelector('a')!;
  link.addEventListener('click', (event) => event.preventDefault(), { once: true });
  link.click();
  await waitFor(() => win.app!.clicks.length, 'the framework to hear showcase-click');
  expect(win.app!.clicks[0]).to.deep.include({ kind: 'app', id });
}

describe('framework interop', function () {
  this.timeout(20000);
  afterEach(closePages);

  describe('React 19', () => {
    it('script loaded first: content as a property, events through onshowcase-click', async () => {
      const { win, widget } = await frameworkPage('react-app.js', 'script first');
      await expectContentAndEvents(win, widget, 'Rendered by React', 'react');
    });

    it('script loaded after React rendered: content through a ref, as the guide says', async () => {
      const { win, widget } = await frameworkPage('react-app.js', 'framework first', '{ viaRef: true }');
      await expectContentAndEvents(win, widget, 'Rendered by React', 'react');
    });
  });

  describe('Vue 3', () => {
    for (const order of ['script first', 'framework first'] as const) {
      it(`${order}: content bound with .prop, events through @showcase-click`, async () => {
        const { win, widget } = await frameworkPage('vue-app.js', order);
        await expectContentAndEvents(win, widget, 'Rendered by Vue', 'vue');
      });
    }
  });
});
