import './helpers/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { CoursePromo } from '../src/index.js';

/**
 * Run only in the browser group whose time zone is America/New_York (web-test-runner.config.js): a deadline line
 * counts calendar days in the visitor's time zone, across a daylight-saving change.
 */
const HOUR = 3_600_000;

describe('promo deadlines in America/New_York', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  it('runs in that time zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
  });

  it('counts calendar days across a daylight-saving change', async () => {
    // 1 November 2026: the clocks go back at 02:00 in New York; the day has 25 hours.
    clock = sinon.useFakeTimers({
      now: Date.parse('2026-10-31T23:30:00-04:00'),
      toFake: ['Date', 'setTimeout', 'clearTimeout'],
    });
    const element = document.createElement('python-course-promo');
    element.data = {
      id: 'dst-cohort',
      title: 'Python for Data Science Bootcamp',
      deadline: { at: '2026-11-02T09:00:00-05:00', label: 'Next cohort starts {date}, {relative}' },
    } satisfies CoursePromo;
    (await fixture(html`<div></div>`)).append(element);
    await element.updateComplete;
    const line = () => element.shadowRoot!.querySelector('.deadline')?.textContent?.trim();
    expect(line()).to.equal('Next cohort starts November 2, 2026, in 2 days');
    await clock.tickAsync(30 * 60_000);
    await element.updateComplete;
    expect(line(), 'local midnight, not 24 hours after').to.equal('Next cohort starts November 2, 2026, tomorrow');
    await clock.tickAsync(25 * HOUR);
    await element.updateComplete;
    expect(line(), 'midnight after the 25-hour day').to.equal('Next cohort starts November 2, 2026, in 9 hours');
  });
});
