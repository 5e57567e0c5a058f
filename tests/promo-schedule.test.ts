import './helpers/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { CoursePromo, PythonCoursePromo, PythonShowcase } from '../src/index.js';
import { variantFor } from '../src/embed/promo-schedule.js';
import { remember } from '../src/embed/promo-memory.js';
import { readContent } from '../src/content/read-content.js';
import { defaultContent } from '../src/content/default-content.js';
import { capturingWarnings } from './helpers/console.js';
import { settled } from './helpers/dom.js';

/**
 * Promo schedules, deadlines, A/B variants and frequency rules, with the clock set to chosen instants (sinon's
 * fake timers: Date and setTimeout). Earlier page views are what they leave in storage; each test uses promo ids
 * of its own, since a page view counts once per promo id.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MEMORY = 'python-showcase:promos';
let clock: sinon.SinonFakeTimers | undefined;
let run = 0;

function setClock(time: string | number) {
  const now = typeof time === 'number' ? time : Date.parse(time);
  clock = sinon.useFakeTimers({ now, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
}

/** An instant given in the browser's own time zone (these tests run in UTC and in America/New_York). */
const local = (year: number, month: number, day: number, hour: number) => new Date(year, month - 1, day, hour).getTime();

afterEach(() => {
  clock?.restore();
  clock = undefined;
  localStorage.removeItem(MEMORY);
});

/** A promo id no other test used. */
const fresh = (name: string) => `${name}-${++run}`;

/** A promo element with `data` and `attributes` from the start, on the page. */
async function promo(data: CoursePromo | CoursePromo[], attributes: Record<string, string> = {}) {
  const element = document.createElement('python-course-promo');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.data = data;
  (await fixture(html`<div></div>`)).append(element);
  await element.updateComplete;
  return element;
}

const title = (element: PythonCoursePromo) =>
  element.shadowRoot!.querySelector('.title')?.textContent?.trim() ?? null;
const deadline = (element: PythonCoursePromo) =>
  element.shadowRoot!.querySelector('.deadline')?.textContent?.trim() ?? null;

async function tick(element: PythonCoursePromo, ms: number) {
  await clock!.tickAsync(ms);
  await element.updateComplete;
}

describe('promo schedules', () => {
  it('shows the first promo in its schedule, and changes at each boundary while the page stays open', async () => {
    setClock('2026-12-01T12:00:00Z');
    const element = await promo([
      { id: fresh('winter'), title: 'Winter cohort', startsAt: '2026-12-02T00:00:00Z', endsAt: '2026-12-03T00:00:00Z' },
      { id: fresh('ended'), title: 'Autumn cohort', endsAt: '2026-11-30T00:00:00Z' },
      { id: fresh('evergreen'), title: 'Evergreen' },
    ]);
    expect(title(element), 'before the winter start').to.equal('Evergreen');
    await tick(element, 12 * HOUR - 1);
    expect(title(element), 'one millisecond before the start').to.equal('Evergreen');
    await tick(element, 1);
    expect(title(element), 'startsAt is inclusive').to.equal('Winter cohort');
    await tick(element, DAY - 1);
    expect(title(element)).to.equal('Winter cohort');
    await tick(element, 1);
    expect(title(element), 'endsAt is exclusive').to.equal('Evergreen');
  });

  it('reaches a start more than 24.8 days away, which one timer cannot wait for', async () => {
    setClock('2026-12-01T00:00:00Z');
    const element = await promo([
      { id: fresh('spring'), title: 'Spring cohort', startsAt: '2027-01-20T00:00:00Z' },
      { id: fresh('now'), title: 'Until then' },
    ]);
    expect(title(element)).to.equal('Until then');
    await tick(element, 50 * DAY);
    expect(title(element)).to.equal('Spring cohort');
  });

  it('shows no promo when none is in its schedule, and takes no room', async () => {
    setClock('2026-12-01T00:00:00Z');
    const element = await promo([{ id: fresh('later'), title: 'Later', startsAt: '2027-01-01T00:00:00Z' }]);
    expect(title(element)).to.equal(null);
    expect(element.hidden).to.be.true;
    await tick(element, 31 * DAY);
    expect(title(element)).to.equal('Later');
    expect(element.hidden).to.be.false;
  });
});

describe('promo deadlines', () => {
  const cohort = (at: string): CoursePromo => ({
    id: fresh('cohort'),
    title: 'Python for Data Science Bootcamp',
    deadline: { at, label: 'Next cohort starts {date}, {relative}' },
  });

  it('fills in the date and the calendar days in English, then hours on the day, then hides the line', async () => {
    setClock(local(2027, 1, 9, 10));
    const element = await promo(cohort(new Date(local(2027, 1, 12, 9)).toISOString()));
    expect(deadline(element)).to.equal('Next cohort starts January 12, 2027, in 3 days');
    await tick(element, 14 * HOUR);
    expect(deadline(element), 'past midnight: a calendar day less').to.equal('Next cohort starts January 12, 2027, in 2 days');
    await tick(element, DAY);
    expect(deadline(element)).to.equal('Next cohort starts January 12, 2027, tomorrow');
    await tick(element, DAY + 4 * HOUR);
    expect(deadline(element), 'on the day, 5 hours before').to.equal('Next cohort starts January 12, 2027, in 5 hours');
    await tick(element, 30 * 60_000);
    expect(deadline(element), '4½ hours before: rounded up').to.equal('Next cohort starts January 12, 2027, in 5 hours');
    await tick(element, 30 * 60_000);
    expect(deadline(element)).to.equal('Next cohort starts January 12, 2027, in 4 hours');
    await tick(element, 3 * HOUR + 30 * 60_000);
    expect(deadline(element), 'the last half hour').to.equal('Next cohort starts January 12, 2027, in 1 hour');
    await tick(element, 30 * 60_000);
    expect(deadline(element), 'the deadline passed').to.equal(null);
    expect(title(element), 'the deadline does not end the promo').to.equal('Python for Data Science Bootcamp');
  });

  it('passes axe with its deadline line, in the light and dark themes (real clock: axe waits on timers)', async () => {
    for (const theme of ['light', 'dark']) {
      const element = await promo(
        { ...cohort('2099-01-12T09:00:00Z'), cta: { label: 'Enrol', href: 'https://www.nobledesktop.com/' } },
        { theme, dismissible: '' },
      );
      expect(deadline(element)).to.match(/^Next cohort starts January 1[12], 2099, in [\d,.]+ days$/);
      await expect(element).to.be.accessible();
    }
  });

  it("writes them in the page's language: German", async () => {
    setClock(local(2027, 1, 11, 10));
    const box = await fixture(html`<div lang="de"></div>`);
    const element = document.createElement('python-course-promo');
    element.data = cohort(new Date(local(2027, 1, 12, 9)).toISOString());
    box.append(element);
    await element.updateComplete;
    expect(deadline(element)).to.equal('Next cohort starts 12. Januar 2027, morgen');
    await tick(element, 14 * HOUR);
    expect(deadline(element)).to.equal('Next cohort starts 12. Januar 2027, in 9 Stunden');
  });
});

describe('promo variants', () => {
  const withVariants = (id: string): CoursePromo => ({
    id,
    title: 'Python for Data Science Bootcamp',
    cta: { label: 'Explore the bootcamp', href: 'https://www.nobledesktop.com/' },
    variants: [
      { id: 'a', weight: 1 },
      { id: 'b', weight: 3, title: 'Learn the language behind Netflix', cta: { label: 'See the syllabus', href: 'https://www.nobledesktop.com/' } },
    ],
  });

  it('splits 10,000 visitors by weight, each share within 1.5 points, and each promo independently', () => {
    const variants = withVariants('x').variants!;
    const share = (promoId: string) => {
      let b = 0;
      for (let i = 0; i < 10_000; i++) if (variantFor(`visitor-${i}`, promoId, variants).id === 'b') b++;
      return b / 10_000;
    };
    expect(share('bootcamp-winter')).to.be.closeTo(0.75, 0.015);
    expect(share('bootcamp-spring')).to.be.closeTo(0.75, 0.015);
    const thirds = [
      { id: 'a', weight: 1 },
      { id: 'b', weight: 1 },
      { id: 'c', weight: 1 },
    ];
    const counts = { a: 0, b: 0, c: 0 } as Record<string, number>;
    let same = 0;
    for (let i = 0; i < 10_000; i++) {
      const first = variantFor(`visitor-${i}`, 'first', thirds).id;
      counts[first]!++;
      if (variantFor(`visitor-${i}`, 'second', thirds).id === first) same++;
    }
    for (const count of Object.values(counts)) expect(count / 10_000).to.be.closeTo(1 / 3, 0.015);
    expect(same / 10_000, 'assigned independently per promo').to.be.closeTo(1 / 3, 0.015);
  });

  it("keeps a visitor's variant across page views, and gives it in events and dataLayer", async () => {
    const id = fresh('ab');
    const first = await promo(withVariants(id));
    const shownTitle = title(first);
    const stored = JSON.parse(localStorage.getItem(MEMORY)!) as { id: string };
    expect(stored.id, 'a random visitor id, stored').to.match(/^[0-9a-z]{8,}$/);
    const expected = variantFor(stored.id, id, withVariants(id).variants!);
    expect(shownTitle).to.equal(expected.title ?? 'Python for Data Science Bootcamp');
    // Another page view: the module forgets nothing, storage is what carries the id over.
    const again = await promo(withVariants(id));
    expect(title(again)).to.equal(shownTitle);

    const showcase = await fixture<PythonShowcase>(html`<python-showcase datalayer partner="acme"></python-showcase>`);
    showcase.content = { promo: withVariants(id) };
    await settled(showcase);
    const banner = showcase.shadowRoot!.querySelector('python-course-promo')!;
    const cta = banner.shadowRoot!.querySelector<HTMLAnchorElement>('a.cta')!;
    const clicked = new Promise<CustomEvent>((resolve) =>
      showcase.addEventListener('showcase-click', (event) => resolve(event as CustomEvent), { once: true }),
    );
    cta.addEventListener('click', (event) => event.preventDefault(), { once: true });
    const layer = ((window as unknown as { dataLayer: Record<string, string>[] }).dataLayer ??= []);
    cta.click();
    expect((await clicked).detail).to.include({ kind: 'promo', id, variant: expected.id });
    expect(layer.at(-1)).to.include({ event: 'showcase_click', showcase_variant: expected.id, showcase_id: id });
  });

  it('shows a forced variant for review without changing the assignment, and warns of an unknown one', async () => {
    const id = fresh('forced');
    const visitor = await promo(withVariants(id));
    const own = title(visitor);
    const visitorIdBefore = (JSON.parse(localStorage.getItem(MEMORY)!) as { id: string }).id;
    const forcedB = await promo(withVariants(id), { variant: 'b' });
    expect(title(forcedB)).to.equal('Learn the language behind Netflix');
    const forcedA = await promo(withVariants(id), { variant: 'a' });
    expect(title(forcedA)).to.equal('Python for Data Science Bootcamp');
    expect((JSON.parse(localStorage.getItem(MEMORY)!) as { id: string }).id).to.equal(visitorIdBefore);
    expect(title(await promo(withVariants(id))), 'the visitor still sees their own').to.equal(own);
    const { result, warnings } = await capturingWarnings(() => promo(withVariants(id), { variant: 'zz' }));
    expect(title(result)).to.equal(own);
    expect(warnings.join()).to.include('variant="zz"');
  });

  it('draws per page view where storage throws, and still renders and closes', async () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back, not called on their own
    const original = { get: Storage.prototype.getItem, set: Storage.prototype.setItem };
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const element = await promo(withVariants(fresh('blocked')), { dismissible: '' });
      expect(['Python for Data Science Bootcamp', 'Learn the language behind Netflix']).to.include(title(element));
      element.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
      await element.updateComplete;
      expect(element.hidden).to.be.true;
    } finally {
      Storage.prototype.getItem = original.get;
      Storage.prototype.setItem = original.set;
    }
  });
});

describe('storage="none" and consent', () => {
  it("writes nothing, today's dismissal included", async () => {
    const element = await promo({ id: fresh('none-close'), title: 'Closable' }, { storage: 'none', dismissible: '' });
    expect(localStorage.getItem(MEMORY), 'nothing written on showing').to.equal(null);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
    await element.updateComplete;
    expect(element.hidden, 'closed for this page view').to.be.true;
    expect(localStorage.getItem(MEMORY), 'the dismissal is not written').to.equal(null);
  });

  it('switched to local once consent is given: takes effect at once, keeping the variant shown and the view', async () => {
    const id = fresh('consent');
    const data: CoursePromo = {
      id,
      title: 'Base',
      variants: [
        { id: 'a', weight: 1, title: 'Variant A' },
        { id: 'b', weight: 1, title: 'Variant B' },
      ],
      frequency: { views: 5, perDays: 7 },
    };
    const element = await promo(data, { storage: 'none' });
    const shown = title(element);
    expect(localStorage.getItem(MEMORY)).to.equal(null);
    element.storage = 'local';
    await element.updateComplete;
    expect(title(element), 'the same variant once consent is given').to.equal(shown);
    const memory = JSON.parse(localStorage.getItem(MEMORY)!) as { id: string; p: Record<string, { v: number[] }> };
    expect(memory.id, 'the visitor id is stored from then on').to.be.a('string');
    expect(memory.p[id]!.v, "this page view's view is kept").to.have.length(1);
  });
});

describe('promo frequency', () => {
  /** What earlier page views left in storage for a promo: its view times, and when it was closed or converted. */
  function earlier(id: string, record: { v?: number[]; c?: number; k?: number }) {
    localStorage.setItem(MEMORY, JSON.stringify({ id: 'visitor-1', p: { [id]: record } }));
  }

  it('views per perDays: held back at the cap, shown again when the oldest view leaves the window', async () => {
    setClock('2026-12-10T12:00:00Z');
    const id = fresh('capped');
    earlier(id, { v: [Date.now() - 30 * HOUR, Date.now() - 20 * HOUR, Date.now() - 2 * HOUR] });
    const element = await promo([
      { id, title: 'Capped', frequency: { views: 2, perDays: 1 } },
      { id: fresh('fallback'), title: 'Fallback' },
    ]);
    expect(title(element), 'two views in the last 24 hours').to.equal('Fallback');
    await tick(element, 4 * HOUR - 1);
    expect(title(element)).to.equal('Fallback');
    await tick(element, 1);
    expect(title(element), 'the view of 20 hours ago left the window').to.equal('Capped');
  });

  it('views without perDays: a lifetime cap', async () => {
    setClock('2026-12-10T12:00:00Z');
    const id = fresh('lifetime');
    earlier(id, { v: [Date.now() - 400 * DAY, Date.now() - 300 * DAY] });
    const element = await promo({ id, title: 'Twice ever', frequency: { views: 2 } });
    expect(title(element)).to.equal(null);
    const other = fresh('lifetime-once');
    earlier(other, { v: [Date.now() - 400 * DAY] });
    expect(title(await promo({ id: other, title: 'Once so far', frequency: { views: 2 } }))).to.equal('Once so far');
  });

  it('closedDays: hidden after a close for that long, then shown again', async () => {
    setClock('2026-12-10T12:00:00Z');
    const id = fresh('closed');
    earlier(id, { c: Date.now() - 1 * DAY });
    const element = await promo({ id, title: 'Closable', frequency: { closedDays: 2 } }, { dismissible: '' });
    expect(title(element)).to.equal(null);
    await tick(element, DAY);
    expect(title(element)).to.equal('Closable');
  });

  it('convertedDays: following the call to action hides it for that long, apart from closing', async () => {
    setClock('2026-12-10T12:00:00Z');
    const id = fresh('converted');
    const data: CoursePromo = {
      id,
      title: 'Enrol',
      cta: { label: 'Enrol', href: 'https://www.nobledesktop.com/' },
      frequency: { convertedDays: 3 },
    };
    const first = await promo(data);
    const cta = first.shadowRoot!.querySelector<HTMLAnchorElement>('a.cta')!;
    cta.addEventListener('click', (event) => event.preventDefault(), { once: true });
    cta.click();
    const record = (JSON.parse(localStorage.getItem(MEMORY)!) as { p: Record<string, { k?: number; c?: number }> }).p[id]!;
    expect(record.k, 'converted, remembered').to.equal(Date.now());
    expect(record.c, 'not the same as closed').to.equal(undefined);
    const next = await promo(data);
    expect(title(next), 'the next page view').to.equal(null);
    await tick(next, 3 * DAY);
    expect(title(next)).to.equal('Enrol');
  });

  it('keeps storage bounded: a hundred promos leave at most fifty records, the most recent', () => {
    // Through the memory itself: a hundred widgets would take WebKit longer than a test may.
    const start = Date.now();
    const ids = Array.from({ length: 100 }, (_, i) => fresh(`bulk-${i}`));
    ids.forEach((id, i) => remember('local', id, 'viewed', start + i));
    const memory = JSON.parse(localStorage.getItem(MEMORY)!) as { p: Record<string, unknown> };
    expect(Object.keys(memory.p)).to.have.length(50);
    expect(Object.keys(memory.p)).to.include(ids[99]).and.not.include(ids[0]);
    expect(localStorage.getItem(MEMORY)!.length).to.be.below(10_000);
  });
});

describe('the promo examples of docs/promo.md', () => {
  it('are valid content, as pasted', async () => {
    const page = await (await fetch('/docs/promo.md')).text();
    const blocks = [...page.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]!.trim());
    expect(blocks.length).to.be.at.least(4);
    for (const block of blocks) {
      const document: unknown = block.startsWith('"promo"') ? JSON.parse(`{${block}}`) : { promo: JSON.parse(block) as unknown };
      const reading = readContent(document, defaultContent)!;
      expect(reading.problems, block).to.deep.equal([]);
      expect(reading.content.promo, block).to.not.equal(null);
    }
  });
});

describe('promo memory', () => {
  it('writes nothing for a promo without frequency rules, variants or a close button', async () => {
    const element = await promo({ id: fresh('plain'), title: 'Plain' });
    expect(title(element)).to.equal('Plain');
    expect(localStorage.getItem(MEMORY)).to.equal(null);
  });

  /** 200,000 view times, long past: another script on the origin can write such a record. */
  const manyViews = JSON.stringify(Array.from({ length: 200_000 }, (_, i) => i + 1));
  const records: Array<[string, (id: string) => string]> = [
    ['not JSON', () => '{"p": {'],
    ['records of the wrong shape', () => '{"id": 7, "p": {"x": {"v": 5, "c": "yesterday"}, "y": null, "z": [1, 2]}}'],
    ['a list', () => '[1, 2, 3]'],
    ['null', () => 'null'],
    ['a number', () => '5'],
    ['a string', () => '"python-showcase"'],
    ['an empty list', () => '[]'],
    ['promos that are a string', () => '{"id": "visitor", "p": "text"}'],
    ["a promo's record that is not an object", (id) => `{"id": "visitor", "p": {"${id}": "5"}}`],
    ['view times that are not numbers', (id) => `{"p": {"${id}": {"v": ["1", null, {}, true, [2]], "c": "x"}}}`],
    ['200,000 view times for the promo shown', (id) => `{"p": {"${id}": {"v": ${manyViews}}}}`],
    ['200,000 view times for another promo', () => `{"p": {"other": {"v": ${manyViews}, "c": 1}}}`],
  ];
  for (const [name, text] of records) {
    it(`reads storage holding ${name} without an error, and writes it well-formed`, async () => {
      const id = fresh('malformed');
      localStorage.setItem(MEMORY, text(id));
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      addEventListener('error', onError);
      try {
        const element = await promo(
          { id, title: 'Shown', variants: [{ id: 'a', weight: 1 }], frequency: { views: 3, perDays: 1 } },
          { dismissible: '' },
        );
        expect(title(element)).to.equal('Shown');
        element.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
        await element.updateComplete;
        expect(element.hidden).to.be.true;
        const memory = JSON.parse(localStorage.getItem(MEMORY)!) as {
          id: string;
          p: Record<string, { c: number; v?: number[] }>;
        };
        expect(memory.id).to.be.a('string');
        expect(memory.p[id]!.c).to.be.a('number');
        expect(memory.p[id]!.v ?? [], 'at most 100 view times kept').to.have.length.at.most(100);
      } finally {
        removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  }

  it('remembers nothing in a review (preview-at), closing included', async () => {
    const id = fresh('review');
    const element = await promo(
      { id, title: 'Reviewed', deadline: { at: '2027-01-12T09:00:00-05:00', label: '{relative}' } },
      { 'preview-at': '2027-01-11T09:00:00-05:00', dismissible: '' },
    );
    expect(deadline(element)).to.equal('tomorrow');
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
    await element.updateComplete;
    expect(localStorage.getItem(MEMORY)).to.equal(null);
  });

  it('validates data set on the element directly, with one warning and a showcase-error', async () => {
    const errors: string[] = [];
    const { result: element, warnings } = await capturingWarnings(async () => {
      const created = document.createElement('python-course-promo');
      created.addEventListener('showcase-error', (event) => errors.push(event.detail.reason));
      created.data = [
        { id: '__proto__', title: 'Bad id' },
        { id: fresh('offsetless'), title: 'Offsetless start, read as absent', startsAt: '2020-01-01T00:00:00' },
        { id: fresh('weights'), title: 'Weights', variants: [{ id: 'a', weight: 0 }] },
      ];
      (await fixture(html`<div></div>`)).append(created);
      await created.updateComplete;
      return created;
    });
    expect(title(element)).to.equal('Offsetless start, read as absent');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('promo[0].id').and.include('no time zone offset');
    expect(errors).to.deep.equal(['schema']);
  });
});

