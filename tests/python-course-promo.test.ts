import './helpers/lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { PythonCoursePromo, ShowcaseClickDetail } from '../src/index.js';
import { capturingWarnings } from './helpers/console.js';

async function promo(template: ReturnType<typeof html>): Promise<PythonCoursePromo> {
  const element = await fixture<PythonCoursePromo>(template);
  await element.updateComplete;
  return element;
}

describe('<python-course-promo>', () => {
  describe('alone on a page', () => {
    it('shows the bootcamp: eyebrow, title, sentence, call to action and second link', async () => {
      const element = await promo(html`<python-course-promo></python-course-promo>`);
      const root = element.shadowRoot!;
      expect(root.querySelector('.eyebrow')!.textContent).to.equal('Learn Python');
      const title = root.querySelector('.title')!;
      expect(title.textContent).to.equal('Python for Data Science Bootcamp');
      expect(title.tagName).to.equal('H2');
      expect(root.querySelector('.cta')!.textContent).to.include('Explore the bootcamp');
      expect(root.querySelector('.secondary')!.textContent).to.include('Data Science Certificate');
    });

    it('tags its links for the partner: promo for the call to action, promo-secondary for the other', async () => {
      const element = await promo(html`<python-course-promo partner="acme"></python-course-promo>`);
      const root = element.shadowRoot!;
      const cta = new URL(root.querySelector<HTMLAnchorElement>('.cta')!.href);
      const secondary = new URL(root.querySelector<HTMLAnchorElement>('.secondary')!.href);
      expect(cta.searchParams.get('utm_content')).to.equal('promo');
      expect(cta.searchParams.get('utm_source')).to.equal('acme');
      expect(cta.searchParams.has('utm_campaign'), 'no campaign set').to.be.false;
      expect(secondary.searchParams.get('utm_content')).to.equal('promo-secondary');
    });

    it('reports a click on its call to action', async () => {
      const element = await promo(html`<python-course-promo></python-course-promo>`);
      const cta = element.shadowRoot!.querySelector<HTMLAnchorElement>('.cta')!;
      cta.addEventListener('click', (event) => event.preventDefault(), { once: true });
      setTimeout(() => cta.click());
      const { detail } = await oneEvent<CustomEvent<ShowcaseClickDetail>>(element, 'showcase-click');
      expect(detail).to.deep.equal({
        kind: 'promo',
        id: 'python-data-science-bootcamp',
        href: 'https://www.nobledesktop.com/',
      });
    });

    it('takes heading-level', async () => {
      const element = await promo(html`<python-course-promo heading-level="4"></python-course-promo>`);
      expect(element.shadowRoot!.querySelector('.title')!.tagName).to.equal('H4');
    });

    for (const theme of ['light', 'dark'] as const) {
      for (const width of [300, 900]) {
        it(`passes axe in the ${theme} theme at ${width} px`, async () => {
          const element = await promo(
            html`<python-course-promo theme=${theme} style="width: ${width}px"></python-course-promo>`,
          );
          await expect(element).to.be.accessible();
        });
      }
    }
  });

  it('warns once of a preview-at that is not a time, however often it updates', async () => {
    const { result: element, warnings } = await capturingWarnings(async () => {
      const created = await promo(html`<python-course-promo preview-at="soon"></python-course-promo>`);
      created.requestUpdate();
      await created.updateComplete;
      created.theme = 'dark';
      await created.updateComplete;
      return created;
    });
    expect(element.shadowRoot!.querySelector('.title'), 'the promo shows, as at now').to.exist;
    expect(warnings.filter((warning) => warning.includes('preview-at'))).to.have.length(1);
  });
});
