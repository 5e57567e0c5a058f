import './helpers/lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type {
  PythonCoursePromo,
  PythonShowcase,
  ShowcaseDismissDetail,
  ShowcaseImpressionDetail,
} from '../src/index.js';
import { deepQueryAll, settled } from './helpers/dom.js';
import { waitFor } from './helpers/frames.js';

type Layer = Array<Record<string, string>>;
const win = window as unknown as { dataLayer?: Layer };

async function showcase(template: ReturnType<typeof html>) {
  const element = await fixture<PythonShowcase>(template);
  await settled(element);
  return element;
}

function links(element: Element) {
  return deepQueryAll<HTMLAnchorElement>(element, 'a');
}

/** Clicks a link without leaving the test page. */
function clickWithoutNavigating(link: HTMLAnchorElement) {
  link.addEventListener('click', (event) => event.preventDefault(), { once: true });
  link.click();
}

describe('links and attribution', () => {
  it('adds utm_source, utm_medium=embed, utm_campaign and utm_content to every http(s) link', async () => {
    const element = await showcase(html`<python-showcase partner="acme" campaign="spring-launch"></python-showcase>`);
    const params = links(element).map((link) => Object.fromEntries(new URL(link.href).searchParams));
    expect(params.slice(0, 5).map((p) => p.utm_content)).to.deep.equal([
      'instagram',
      'google',
      'spotify',
      'netflix',
      'dropbox',
    ]);
    expect(params[5]).to.deep.equal({
      utm_source: 'acme',
      utm_medium: 'embed',
      utm_campaign: 'spring-launch',
      utm_content: 'promo',
    });
    expect(params[6]!.utm_content).to.equal('promo-secondary');
  });

  it('leaves out utm_campaign without a campaign, and adds nothing without a partner', async () => {
    const element = await showcase(html`<python-showcase campaign="ignored"></python-showcase>`);
    expect(links(element).every((link) => !link.href.includes('utm_'))).to.be.true;
    element.partner = 'acme';
    element.campaign = undefined;
    await settled(element);
    const url = new URL(links(element)[0]!.href);
    expect(url.searchParams.get('utm_source')).to.equal('acme');
    expect(url.searchParams.has('utm_campaign')).to.be.false;
  });

  it("keeps a link's own utm_* values, other parameters and hash; leaves mailto: alone", async () => {
    const element = await showcase(html`<python-showcase partner="acme" campaign="c"></python-showcase>`);
    element.content = {
      apps: [
        { id: 'kept', name: 'Kept', summary: 'S.', url: 'https://example.com/p?utm_source=own&ref=x&q=a%20b#section' },
        { id: 'mail', name: 'Mail', summary: 'S.', url: 'mailto:team@example.com?subject=Hi' },
      ],
    };
    await settled(element);
    const [kept, mail] = links(element);
    const url = new URL(kept!.href);
    expect(url.searchParams.get('utm_source')).to.equal('own');
    expect(url.searchParams.get('ref')).to.equal('x');
    expect(url.searchParams.get('q')).to.equal('a b');
    expect(url.searchParams.get('utm_medium')).to.equal('embed');
    expect(url.searchParams.get('utm_content')).to.equal('kept');
    expect(url.hash).to.equal('#section');
    expect(mail!.getAttribute('href')).to.equal('mailto:team@example.com?subject=Hi');
  });

  it('opens links in a new tab with rel="noopener"', async () => {
    const element = await showcase(html`<python-showcase></python-showcase>`);
    for (const link of links(element)) {
      expect(link.target).to.equal('_blank');
      expect(link.relList.contains('noopener')).to.be.true;
    }
  });
});

describe('analytics events', () => {
  afterEach(() => delete win.dataLayer);

  it('showcase-click carries the kind, id and the href as followed, from any depth', async () => {
    const element = await showcase(html`<python-showcase partner="acme"></python-showcase>`);
    const spotify = links(element)[2]!;
    setTimeout(() => clickWithoutNavigating(spotify));
    const event = await oneEvent(document, 'showcase-click');
    expect(event.detail).to.deep.equal({ kind: 'app', id: 'spotify', href: spotify.href });
    expect(event.composed && event.bubbles).to.be.true;
  });

  it('showcase-impression fires once per card and promo after a second half visible', async function () {
    this.timeout(6000);
    const seen: ShowcaseImpressionDetail[] = [];
    const listener = (event: CustomEvent<ShowcaseImpressionDetail>) => seen.push(event.detail);
    document.addEventListener('showcase-impression', listener);
    try {
      const element = await showcase(
        html`<python-showcase apps="google,netflix" style="width: 900px"></python-showcase>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(seen, 'nothing before one second').to.deep.equal([]);
      await waitFor(() => seen.length >= 3, 'three impressions', 3000);
      expect(seen).to.have.deep.members([
        { kind: 'app', id: 'google' },
        { kind: 'app', id: 'netflix' },
        { kind: 'promo', id: 'python-data-science-bootcamp' },
      ]);
      // Moving or re-attaching the widget does not count again.
      const parent = element.parentElement!;
      element.remove();
      parent.append(element);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(seen).to.have.length(3);
    } finally {
      document.removeEventListener('showcase-impression', listener);
    }
  });

  it('showcase-impression waits while the card is less than half visible', async function () {
    this.timeout(6000);
    const seen: string[] = [];
    const listener = (event: CustomEvent<ShowcaseImpressionDetail>) => seen.push(event.detail.id);
    document.addEventListener('showcase-impression', listener);
    try {
      const page = await fixture<HTMLDivElement>(
        html`<div style="height: 100vh"></div>
          <python-showcase apps="dropbox" promo="none"></python-showcase>`,
      );
      void page;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(seen, 'below the fold').to.deep.equal([]);
      document.querySelector('python-showcase')!.scrollIntoView();
      await waitFor(() => seen.includes('dropbox'), 'the impression after scrolling', 3000);
    } finally {
      document.removeEventListener('showcase-impression', listener);
      window.scrollTo(0, 0);
    }
  });

  /**
   * A card 300 px tall, fixed at the bottom of the viewport with `visible` px of it on screen, and the ids of the
   * impressions fired while it stays there for `ms`.
   */
  async function impressionsOfPartlyVisibleCard(visible: number, ms: number) {
    const seen: string[] = [];
    const listener = (event: CustomEvent<ShowcaseImpressionDetail>) => seen.push(event.detail.id);
    document.addEventListener('showcase-impression', listener);
    try {
      await fixture(
        html`<python-app-card
          app="netflix"
          style="position: fixed; left: 0; width: 400px; height: 300px; top: calc(100vh - ${visible}px)"
        ></python-app-card>`,
      );
      await new Promise((resolve) => setTimeout(resolve, ms));
      return seen;
    } finally {
      document.removeEventListener('showcase-impression', listener);
    }
  }

  it('showcase-impression: none for a card about a third visible for two seconds', async function () {
    this.timeout(6000);
    expect(await impressionsOfPartlyVisibleCard(100, 2000)).to.deep.equal([]);
  });

  it('showcase-impression: one for a card about two thirds visible for a second', async function () {
    this.timeout(6000);
    expect(await impressionsOfPartlyVisibleCard(200, 2000)).to.deep.equal(['netflix']);
  });

  it('datalayer pushes flat objects for Google Tag Manager, creating window.dataLayer', async () => {
    const element = await showcase(
      html`<python-showcase datalayer partner="acme" campaign="spring"></python-showcase>`,
    );
    expect(win.dataLayer).to.equal(undefined);
    const cta = deepQueryAll<HTMLAnchorElement>(element, 'a.cta')[0]!;
    clickWithoutNavigating(cta);
    expect(win.dataLayer).to.deep.equal([
      {
        event: 'showcase_click',
        showcase_kind: 'promo',
        showcase_id: 'python-data-science-bootcamp',
        showcase_href: cta.href,
        showcase_partner: 'acme',
        showcase_campaign: 'spring',
      },
    ]);
  });

  it('without datalayer, nothing is pushed', async () => {
    const element = await showcase(html`<python-showcase></python-showcase>`);
    clickWithoutNavigating(links(element)[0]!);
    expect(win.dataLayer).to.equal(undefined);
  });

  it('the widget itself makes no request', async () => {
    const before = performance.getEntriesByType('resource').length;
    const element = await showcase(html`<python-showcase datalayer partner="acme"></python-showcase>`);
    clickWithoutNavigating(links(element)[0]!);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(performance.getEntriesByType('resource').slice(before)).to.deep.equal([]);
    expect(document.cookie).to.equal('');
  });
});

describe('dismissible promo', () => {
  beforeEach(() => localStorage.clear());

  it('has a named close button; closing fires showcase-dismiss and moves focus to the heading', async () => {
    const element = await showcase(html`<python-showcase dismissible></python-showcase>`);
    const close = deepQueryAll<HTMLButtonElement>(element, 'button.close')[0]!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    await expect(element).to.be.accessible();
    setTimeout(() => close.click());
    const { detail } = await oneEvent<CustomEvent<ShowcaseDismissDetail>>(element, 'showcase-dismiss');
    expect(detail).to.deep.equal({ id: 'python-data-science-bootcamp' });
    await settled(element);
    expect(deepQueryAll(element, '.promo')).to.have.length(0);
    expect(element.shadowRoot!.activeElement?.id).to.equal('heading');
  });

  it('stays closed across page views for 30 days, keyed by the promo id, so a new promo shows again', async () => {
    const day = 24 * 60 * 60 * 1000;
    const withPromo = async (id: string) => {
      const element = await showcase(html`<python-showcase dismissible></python-showcase>`);
      element.content = { promo: { id, title: `Promo ${id}` } };
      await settled(element);
      return deepQueryAll(element, '.promo').length;
    };
    // What an earlier page view (of version 1.0) left in storage when its visitor closed these promos.
    localStorage.setItem('python-showcase:dismissed:closed-29-days-ago', String(Date.now() - 29 * day));
    localStorage.setItem('python-showcase:dismissed:closed-31-days-ago', String(Date.now() - 31 * day));
    expect(await withPromo('closed-29-days-ago'), 'closed 29 days ago: still closed').to.equal(0);
    expect(await withPromo('closed-31-days-ago'), 'closed 31 days ago: shows again').to.equal(1);
    expect(await withPromo('never-closed'), 'another promo id shows').to.equal(1);

    const element = await showcase(html`<python-showcase dismissible></python-showcase>`);
    element.content = { promo: { id: 'closed-now', title: 'Closed now' } };
    await settled(element);
    deepQueryAll<HTMLButtonElement>(element, 'button.close')[0]!.click();
    const stored = JSON.parse(localStorage.getItem('python-showcase:promos')!) as { p: Record<string, { c: number }> };
    expect(Date.now() - stored.p['closed-now']!.c).to.be.within(0, 5000);
  });

  it('shows again, at full height, when promo data with another id arrives after a close', async () => {
    const element = await fixture<PythonCoursePromo>(html`<python-course-promo dismissible></python-course-promo>`);
    element.data = { id: `closed-${Date.now()}`, title: 'The autumn cohort' };
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
    await element.updateComplete;
    expect(element.hidden).to.be.true;
    expect(element.getBoundingClientRect().height).to.equal(0);

    element.data = { id: `new-${Date.now()}`, title: 'The winter cohort' };
    await element.updateComplete;
    expect(element.hidden, 'a new promo is not the one that was closed').to.be.false;
    expect(element.getBoundingClientRect().height).to.be.greaterThan(40);
    expect(element.shadowRoot!.querySelector('.title')!.textContent).to.equal('The winter cohort');
  });

  it("keeps the host page's own hidden when the promo shows", async () => {
    const element = await fixture<PythonCoursePromo>(html`<python-course-promo hidden></python-course-promo>`);
    element.data = { id: `host-hidden-${Date.now()}`, title: 'Hidden by the host' };
    await element.updateComplete;
    expect(element.hidden).to.be.true;
  });

  it('still closes for the page view where storage throws', async () => {
    /* eslint-disable @typescript-eslint/unbound-method -- kept to be put back, not called on their own */
    const original = Storage.prototype.setItem;
    const originalGet = Storage.prototype.getItem;
    /* eslint-enable @typescript-eslint/unbound-method */
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const element = await fixture<PythonCoursePromo>(html`<python-course-promo dismissible></python-course-promo>`);
      element.data = { id: 'storage-blocked', title: 'Storage is blocked here' };
      await element.updateComplete;
      element.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
      await element.updateComplete;
      expect(element.hidden).to.be.true;
    } finally {
      Storage.prototype.setItem = original;
      Storage.prototype.getItem = originalGet;
    }
  });
});
