import './helpers/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PythonShowcase } from '../src/index.js';
import { capturingWarnings } from './helpers/console.js';
import { deepQueryAll, deepText, settled } from './helpers/dom.js';

/**
 * The bad-input corpus: every case must leave the page without an uncaught error, run no script, render no
 * link outside https:, http: and mailto:, still show a heading and cards, and (where the input is invalid) say
 * what was wrong in a console warning that starts with [python-showcase].
 */
interface Case {
  name: string;
  /** Builds the widget; `content` cases set the property on a plain element. */
  markup?: string;
  content?: unknown;
  /** False for input that is unusual but valid (right-to-left text, markup shown as text). */
  warns?: boolean;
  /** What the widget must show afterwards, besides a heading and at least one card. */
  shows?: string;
  timeout?: number;
}

/** Script that must never run: it would set window.__ran. */
const XSS = `<img src=x onerror="window.__ran=1"><script>window.__ran=1</script>"'><svg onload=window.__ran=1>`;
const app = (overrides: Record<string, unknown>) => ({ id: 'app', name: 'App', summary: 'Summary.', ...overrides });
const withUrl = (url: string): Case => ({
  name: `link ${JSON.stringify(url)}`,
  content: { apps: [app({ url })], promo: { id: 'p', title: 'Promo', cta: { label: 'Go', href: url } } },
});

const FALLBACK = '<a href="https://www.nobledesktop.com/">Fallback</a>';
const inline = (json: string) =>
  `<python-showcase><script type="application/json">${json}</script>${FALLBACK}</python-showcase>`;

const promoEntry = (overrides: Record<string, unknown>) => ({ id: 'p', title: 'Promo', ...overrides });
const cases: Case[] = [
  // Promo schedules, variants and frequency, as a partner could write them wrong.
  ...(
    [
      ['a variant weight of 0, of -1, of "2"', { variants: [{ id: 'a', weight: 0 }, { id: 'b', weight: -1 }, { id: 'c', weight: '2' }] }],
      ['a start that is not a date', { startsAt: 'next Monday' }],
      ['a start without a time zone offset', { startsAt: '2026-12-01T09:00:00' }],
      ['an end before the start', { startsAt: '2026-12-02T00:00:00Z', endsAt: '2026-12-01T00:00:00Z' }],
      ['a misspelt field (startAt)', { startAt: '2026-12-01T00:00:00Z' }],
      ['a deadline without a label', { deadline: { at: '2026-12-01T00:00:00Z' } }],
      ['frequency perDays without views', { frequency: { perDays: 7 } }],
      ['frequency views of 1.5 and -3 days', { frequency: { views: 1.5, closedDays: -3 } }],
      ['a deadline label with markup and $ patterns', { deadline: { at: '2099-01-01T00:00:00Z', label: `${XSS} $' $& {date}` } }],
    ] as const
  ).map(
    ([name, overrides]): Case => ({
      name: `promo: ${name}`,
      content: { promo: promoEntry(overrides) },
      warns: !name.startsWith('a deadline label'),
    }),
  ),
  { name: 'promo: an empty list', content: { promo: [] }, warns: false },
  {
    name: 'promo: a list whose every entry is invalid',
    content: { promo: [{ id: 'NO SPACES', title: 'x' }, { title: 'no id' }, 'text', null] },
  },
  {
    name: 'promo: a list with one valid entry among invalid ones',
    content: { promo: [{ title: 'no id' }, promoEntry({ title: 'The valid one' })] },
    shows: 'The valid one',
  },
  // Replacement patterns of String.prototype.replace in an app's name: shown as written in "Visit {name}".
  ...["Cash$'App", 'Dollar$&Sign', 'Two$$Dollars', 'Back$`tick'].map(
    (name): Case => ({
      name: `app name ${name}`,
      content: { apps: [app({ name, url: 'https://example.com/' })] },
      warns: false,
      shows: `Visit ${name}`,
    }),
  ),

  // Attributes a CMS editor can get wrong.
  { name: 'heading-level="9"', markup: '<python-showcase heading-level="9"></python-showcase>' },
  { name: 'heading-level="-1"', markup: '<python-showcase heading-level="-1"></python-showcase>' },
  { name: 'heading-level="two"', markup: '<python-showcase heading-level="two"></python-showcase>' },
  { name: 'layout="hexagon"', markup: '<python-showcase layout="hexagon"></python-showcase>' },
  { name: 'theme="neon"', markup: '<python-showcase theme="neon"></python-showcase>' },
  { name: 'promo="sideways"', markup: '<python-showcase promo="sideways"></python-showcase>' },
  {
    name: 'apps with an unknown id only',
    markup: '<python-showcase apps="myspace"></python-showcase>',
    shows: 'Dropbox',
  },
  {
    name: 'apps with repeated and empty ids',
    markup: '<python-showcase apps="spotify,,SPOTIFY, ,netflix"></python-showcase>',
  },
  { name: 'apps with markup', markup: `<python-showcase apps="${XSS.replace(/"/g, '&quot;')}"></python-showcase>` },
  {
    name: 'heading attribute with markup',
    markup: `<python-showcase heading="${XSS.replace(/"/g, '&quot;')}"></python-showcase>`,
    warns: false,
  },
  // The content property: wrong shapes and types.
  { name: 'content is a string', content: 'apps' },
  { name: 'content is a number', content: 42 },
  { name: 'content is an array', content: [{ id: 'a' }] },
  { name: 'apps is not a list', content: { apps: 'instagram' } },
  { name: 'apps holds no objects', content: { apps: [null, 1, 'x', []] }, shows: 'Instagram' },
  { name: 'apps missing required fields', content: { apps: [{ id: 'a' }, { name: 'B' }, app({})] } },
  { name: 'wrong types everywhere', content: { heading: 42, intro: {}, takeaways: 'x', strings: 7, promo: 'yes' } },
  {
    name: 'ids with capitals, spaces and an empty id',
    content: { apps: [app({ id: 'My App' }), app({ id: '' }), app({})] },
  },
  { name: 'a repeated app id', content: { apps: [app({}), app({ name: 'Twice' })] } },
  {
    name: '100 KB strings',
    content: {
      heading: 'h'.repeat(100_000),
      apps: [app({ name: 'n'.repeat(100_000), summary: 's'.repeat(100_000), uses: ['u'.repeat(100_000)] })],
    },
  },
  { name: '10,000 apps', content: { apps: Array.from({ length: 10_000 }, (_, i) => app({ id: `app-${i}` })) } },
  { name: 'a version from the future', content: { version: 99, heading: 'From the future' }, shows: 'From the future' },
  { name: 'a promo without a title', content: { promo: { id: 'p' } } },
  { name: 'strings of the wrong type', content: { strings: { close: 42, newTab: null } } },
  {
    name: 'a colour that is CSS injection',
    content: { apps: [app({ color: 'red; background: url(https://evil.example/)' })] },
  },
  {
    name: 'a prototype-polluting document',
    content: JSON.parse(
      '{"__proto__": {"polluted": true}, "apps": [{"id": "a", "name": "A", "summary": "S.", "__proto__": {"url": "javascript:alert(1)"}}], "constructor": {"prototype": {"polluted": true}}}',
    ),
    warns: false,
  },
  // Markup and script in every text field: shown as text, never run.
  {
    name: 'markup and script in every text field',
    content: {
      heading: XSS,
      intro: XSS,
      apps: [app({ id: 'xss', name: XSS, summary: XSS, uses: [XSS], stat: { value: 1, label: XSS, asOf: XSS } })],
      promo: { id: 'p', eyebrow: XSS, title: XSS, body: XSS, cta: { label: XSS, href: 'https://example.com/' } },
      takeaways: [XSS],
      strings: { close: XSS, newTab: XSS, visit: XSS, takeaways: XSS },
    },
    // Some fields are longer than their caps with this payload: the cut is warned about.
  },
  // Links: schemes and tricks.
  withUrl('javascript:window.__ran=1'),
  withUrl('JaVaScRiPt:window.__ran=1'),
  withUrl('  javascript:window.__ran=1'),
  withUrl('java\tscript:window.__ran=1'),
  withUrl('java\nscript:window.__ran=1'),
  withUrl('\u0000javascript:window.__ran=1'),
  withUrl('javascript&colon;window.__ran=1'),
  withUrl('&#106;avascript:window.__ran=1'),
  withUrl('data:text/html,<script>window.__ran=1</script>'),
  withUrl('vbscript:msgbox(1)'),
  withUrl('//evil.example/path'),
  withUrl('/relative/path'),
  withUrl('https://'),
  // Figures.
  { name: 'a NaN figure', content: { apps: [app({ stat: { value: NaN } })] } },
  { name: 'a negative figure', content: { apps: [app({ stat: { value: -5 } })] } },
  { name: 'an infinite figure', content: { apps: [app({ stat: { value: Infinity } })] } },
  { name: 'a figure given as text', content: { apps: [app({ stat: { value: '2B' } })] } },
  { name: 'a huge figure', content: { apps: [app({ stat: { value: 1e30, label: 'atoms' } })] }, warns: false },
  // Text from other scripts.
  {
    name: 'right-to-left text and emoji',
    content: {
      heading: 'تطبيقات بايثون 🐍',
      apps: [app({ name: 'אפליקציה 🐍', summary: 'نص من اليمين إلى اليسار 👩🏽‍💻' })],
    },
    warns: false,
    shows: 'אפליקציה 🐍',
  },
  // Inline JSON as a CMS may leave it.
  { name: 'malformed inline JSON', markup: inline('{"heading": "unterminated') },
  { name: 'inline JSON that is null', markup: inline('null') },
  { name: 'inline JSON that is an HTML page', markup: inline('<!doctype html><p>Hello</p>') },
  {
    name: 'inline JSON with smart quotes, <p> and <br>',
    markup: inline('<p>{“heading”: “From a CMS”}<br></p>'),
    shows: 'From a CMS',
  },
  // src answers.
  { name: 'src answering 404', markup: `<python-showcase src="/tests/src/not-found">${FALLBACK}</python-showcase>` },
  { name: 'src answering 500', markup: `<python-showcase src="/tests/src/server-error">${FALLBACK}</python-showcase>` },
  {
    name: 'src answering an HTML page',
    markup: `<python-showcase src="/tests/src/html">${FALLBACK}</python-showcase>`,
  },
  {
    name: 'src answering with the wrong content type',
    markup: `<python-showcase src="/tests/src/wrong-type">${FALLBACK}</python-showcase>`,
    shows: 'Loaded from src',
  },
  {
    name: 'src answering a redirect',
    markup: `<python-showcase src="/tests/src/redirect">${FALLBACK}</python-showcase>`,
    warns: false,
    shows: 'Loaded from src',
  },
  {
    name: 'src that hangs',
    markup: `<python-showcase src="/tests/src/hang">${FALLBACK}</python-showcase>`,
    timeout: 6000,
  },
  {
    name: 'src refused by CORS',
    markup: `<python-showcase src="http://127.0.0.1:1/never">${FALLBACK}</python-showcase>`,
  },
  {
    name: 'src with a javascript: URL',
    markup: `<python-showcase src="javascript:window.__ran=1">${FALLBACK}</python-showcase>`,
  },
];

const SAFE_PROTOCOLS = ['https:', 'http:', 'mailto:'];

describe('bad input', () => {
  let uncaught: string[];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

  beforeEach(() => {
    uncaught = [];
    delete (window as { __ran?: number }).__ran;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  it(`has at least 40 cases (${cases.length})`, () => expect(cases.length).to.be.at.least(40));

  for (const testCase of cases) {
    it(testCase.name, async function () {
      this.timeout((testCase.timeout ?? 3000) + 2000);
      const { result: element, warnings } = await capturingWarnings(async () => {
        const element = await fixture<PythonShowcase>(testCase.markup ?? html`<python-showcase></python-showcase>`);
        if ('content' in testCase) element.content = testCase.content as never;
        await element.updateComplete;
        expect(element.shadowRoot?.querySelector('python-app-card'), 'cards').to.exist;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return element;
      });

      expect(uncaught, 'uncaught errors').to.deep.equal([]);
      expect((window as { __ran?: number }).__ran, 'script from the input ran').to.equal(undefined);
      expect(({} as { polluted?: boolean }).polluted, 'Object.prototype was polluted').to.equal(undefined);
      for (const link of deepQueryAll<HTMLAnchorElement>(element, 'a')) {
        expect(SAFE_PROTOCOLS, `link ${link.getAttribute('href')}`).to.include(new URL(link.href).protocol);
      }
      const heading = element.shadowRoot!.querySelector('.heading')!.textContent.trim();
      expect(heading, 'a heading').not.to.equal('');
      expect(deepQueryAll(element, 'python-app-card').length, 'cards').to.be.at.least(1);
      expect(deepQueryAll(element, 'python-app-card').length, 'at most 100 cards').to.be.at.most(100);
      if (testCase.shows) expect(deepText(element)).to.include(testCase.shows);
      if (testCase.warns === false) expect(warnings, 'no warning for valid input').to.deep.equal([]);
      else expect(warnings.length, 'a [python-showcase] warning').to.be.at.least(1);
    });
  }
});

describe('figures that are not numbers', () => {
  // Each would pass a check through Number(value): "5" → 5, true → 1, null → 0, [] → 0.
  for (const value of ['5', true, null, []]) {
    it(`stat.value ${JSON.stringify(value)}: named in the warning, and no figure shown`, async () => {
      const { result: element, warnings } = await capturingWarnings(async () => {
        const created = await fixture<PythonShowcase>(html`<python-showcase></python-showcase>`);
        created.content = { apps: [app({ stat: { value, label: 'users' } })] };
        await settled(created);
        return created;
      });
      expect(deepQueryAll(element, 'python-app-card'), 'the card is shown').to.have.length(1);
      expect(deepQueryAll(element, '.figure'), 'no figure').to.have.length(0);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('apps[0].stat.value');
    });
  }
});
