// The content editor: the widget’s own rules applied as the marketer types, each problem named at its field, and
// a campaign promo with a schedule, a deadline, an A/B test and a frequency, previewed and written as inline JSON.
import '../helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { closePages } from '../helpers/frames.js';
import type { PythonShowcase } from '../../src/index.js';
import { openBuilder, pasteIntoBlankPage } from '../helpers/embed-builder.js';

afterEach(closePages);

describe('the embed builder (demo/builder.html): content editor: checking as you type, and a campaign promo', () => {
  it('checks the content with the widget’s rules as you type, naming the field', async function () {
    this.timeout(30000);
    const builder = await openBuilder();
    const { doc, set, editApp } = builder;
    await editApp('Netflix', 'url', 'javascript:alert(1)');
    const link = doc.querySelector<HTMLInputElement>('#apps li[data-name="Netflix"] [data-app-field="url"]')!;
    expect(link.getAttribute('aria-invalid')).to.equal('true');
    const message = doc.getElementById(link.getAttribute('aria-describedby')!)!;
    expect(message.textContent).to.equal('not an https, http or mailto URL');
    expect(doc.querySelector('#content-problems')!.textContent).to.include(
      'App “Netflix”, Link (https://…): not an https, http or mailto URL',
    );
    expect(builder.snippet(), 'the snippet still carries what was typed').to.include('javascript:alert(1)');
    await editApp('Netflix', 'color', 'red');
    expect(doc.querySelector('#content-problems')!.textContent).to.include(
      'App “Netflix”, Colour (#rrggbb): not #rgb or #rrggbb',
    );
    await editApp('Netflix', 'url', 'https://www.netflix.com/');
    await editApp('Netflix', 'color', '#e50914');
    expect(link.hasAttribute('aria-invalid')).to.be.false;
    expect(doc.querySelector('#content-problems')!.textContent).to.equal('');
    await set('copy-cta-href', 'ftp://example.com/');
    expect(doc.querySelector('#content-problems')!.textContent).to.include(
      'Promo button link: not an https, http or mailto URL',
    );
    await set('copy-cta-href', 'https://www.nobledesktop.com/');
    await set('promo-campaign', true);
    await set('promo-title', '');
    expect(doc.querySelector('#content-problems')!.textContent).to.include('Campaign title: not text');
    await set('promo-title', 'Winter cohort');
    // The campaign takes the promo's button: a bad link is named at that field, for both promos.
    await set('copy-cta-href', 'ftp://example.com/');
    const problems = [...doc.querySelectorAll('#content-problems li')].map((item) => item.textContent);
    expect(
      problems.filter((problem) => problem === 'Promo button link: not an https, http or mailto URL'),
    ).to.have.length(1);
    expect(
      problems.every((problem) => problem.startsWith('Promo button link: ')),
      problems.join('; '),
    ).to.be.true;
    expect(doc.querySelector('input[name="promo-campaign"]')!.hasAttribute('aria-invalid')).to.be.false;
  });

  it('edits a campaign promo (schedule, deadline, A/B test, frequency), previews any variant at any date, and writes it as inline JSON', async function () {
    this.timeout(30000);
    const { doc, set, tab } = await openBuilder();
    /** A datetime-local value `days` from now, in the browser's time. */
    const inDays = (days: number) => {
      const date = new Date(Date.now() + days * 86_400_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
    };
    await set('promo-campaign', true);
    await set('promo-starts', inDays(-1));
    await set('promo-ends', inDays(10));
    await set('promo-deadline', inDays(3));
    await set('promo-variant-title', 'Learn the language behind Netflix');
    await set('promo-weight-b', '3');
    await set('promo-views', '3');
    await set('promo-per-days', '7');
    await set('promo-converted-days', '90');

    const preview = doc.querySelector('#preview python-showcase')!;
    const shownTitle = () =>
      preview.shadowRoot!.querySelector('python-course-promo')!.shadowRoot!.querySelector('.title')?.textContent;
    const shownDeadline = () =>
      preview.shadowRoot!.querySelector('python-course-promo')!.shadowRoot!.querySelector('.deadline')?.textContent;
    await set('review-variant', 'b');
    expect(shownTitle()).to.equal('Learn the language behind Netflix');
    expect(shownDeadline()).to.match(/^Next cohort starts .+, in 3 days$/);
    await set('review-variant', 'a');
    expect(shownTitle()).to.equal('Winter cohort: enrol now');
    await set('review-at', inDays(11));
    expect(shownTitle(), 'after the campaign ends, the bootcamp promo').to.equal('Python for Data Science Bootcamp');

    const snippet = doc.querySelector('#snippet')!.textContent;
    expect(snippet, 'review settings stay out of the snippet').to.not.include('preview-at').and.not.include('variant=');
    const json = /<script type="application\/json">(.*?)<\/script>/.exec(snippet)![1]!;
    const [campaign, evergreen] = (JSON.parse(json) as { promo: Record<string, unknown>[] }).promo;
    expect(campaign).to.include({ id: 'campaign', title: 'Winter cohort: enrol now' });
    expect(campaign!.startsAt).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00[+-]\d\d:\d\d$/);
    expect(campaign!.variants).to.deep.equal([
      { id: 'a', weight: 1 },
      { id: 'b', weight: 3, title: 'Learn the language behind Netflix' },
    ]);
    expect(campaign!.frequency).to.deep.equal({ views: 3, perDays: 7, convertedDays: 90 });
    expect(evergreen!.id).to.equal('python-data-science-bootcamp');

    // Pasted into a blank page: the campaign, in the visitor's own variant, with its deadline line.
    const pasted = await pasteIntoBlankPage(snippet);
    await pasted.querySelector<PythonShowcase>('python-showcase')!.updateComplete;
    const promo = pasted.querySelector('python-showcase')!.shadowRoot!.querySelector('python-course-promo')!;
    expect(['Winter cohort: enrol now', 'Learn the language behind Netflix']).to.include(
      promo.shadowRoot!.querySelector('.title')!.textContent,
    );
    expect(promo.shadowRoot!.querySelector('.deadline')!.textContent).to.match(/in 3 days$/);

    // A mount point cannot carry inline JSON: the builder gives the file to host instead.
    await tab('mount-point');
    expect(doc.querySelector<HTMLElement>('#content-box')!.hidden).to.be.false;
    expect(JSON.parse(doc.querySelector('#content-json')!.textContent)).to.deep.equal(JSON.parse(json));
  });
});
