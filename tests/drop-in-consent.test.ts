import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { closePages, openPage, waitFor, widgetWarnings, type FramePage } from './helpers/frames.js';

/**
 * `storage="consent"` in the built drop-in script, driven by real consent tools: Google Consent Mode v2 commands
 * pushed by vanilla-cookieconsent's buttons (wired to gtag as its documentation shows), IAB TCF v2 through
 * @iabtcf/cmpapi with TC strings from @iabtcf/core, and the WordPress Consent API's documented JavaScript
 * interface. Before consent nothing of the widget's is in localStorage, however the visitor uses the promo;
 * consent stores this page view's memory at once, without a reload; withdrawal deletes it.
 */
const SCRIPT = '/dist/python-showcase.js';
const MEMORY = 'python-showcase:promos';
const PROMO_ID = 'consent-promo';
type Promo = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };
interface Stored {
  id?: string;
  p: Record<string, { v?: number[]; c?: number }>;
}

/** A promo with variants (a visitor id), a view cap (view counts) and a close button (the dismissal). */
const PROMO = `<python-course-promo dismissible storage="consent"></python-course-promo>
<script src="${SCRIPT}"></script>
<script>
  document.querySelector('python-course-promo').data = {
    id: '${PROMO_ID}',
    title: 'Base',
    cta: { label: 'Apply', href: 'https://www.nobledesktop.com/' },
    variants: [{ id: 'a', weight: 1, title: 'Variant A' }, { id: 'b', weight: 1, title: 'Variant B' }],
    frequency: { views: 5, perDays: 7 },
  };
</script>`;

/** Every key of the widget's in localStorage (the frames share the test page's origin). */
const widgetKeys = () => Object.keys(localStorage).filter((key) => key.startsWith('python-showcase:'));
const stored = () => JSON.parse(localStorage.getItem(MEMORY) ?? 'null') as Stored | null;

/** Google's gtag snippet as a page has it, then `commands` (the page's own gtag calls), before the widget. */
const withGtag = (commands: string) =>
  `<script>window.dataLayer = []; function gtag() { dataLayer.push(arguments); }${commands}</script>`;
/** The visitor's choice, as the page's consent tool sends it: a Consent Mode update. */
const consentUpdate = (page: FramePage, functionality: 'granted' | 'denied') =>
  (page.window as unknown as { gtag(...args: unknown[]): void }).gtag('consent', 'update', {
    functionality_storage: functionality,
  });

/** Shows the promo (a view), follows its call to action (not counted: no convertedDays) and closes it. */
async function useThePromo(page: FramePage): Promise<Promo> {
  await waitFor(() => page.window.customElements.get('python-course-promo'), 'the drop-in script');
  const promo = page.document.querySelector<Promo>('python-course-promo')!;
  await waitFor(() => promo.shadowRoot?.querySelector('.title')?.textContent?.startsWith('Variant'), 'a variant');
  promo.shadowRoot!.querySelector<HTMLButtonElement>('.close')!.click();
  await promo.updateComplete;
  expect(promo.hidden, 'closed for this page view').to.equal(true);
  return promo;
}

/** The record this page view left once consent was given: the visitor id, the view and the dismissal. */
async function expectStoredOnConsent() {
  const record = await waitFor(stored, 'the record to be stored, without a reload');
  expect(record.id, 'the visitor id').to.be.a('string');
  expect(record.p[PROMO_ID]?.v, 'the view').to.have.length(1);
  expect(record.p[PROMO_ID]?.c, 'the dismissal').to.be.greaterThan(0);
}

/** The button of vanilla-cookieconsent's modal with this text, as a visitor finds it. */
const consentButton = (page: FramePage, text: string) =>
  waitFor(
    () =>
      [...page.document.querySelectorAll<HTMLButtonElement>('#cc-main button')].find(
        (b) => b.textContent?.trim() === text,
      ),
    `the consent tool's "${text}" button`,
  );

describe('storage="consent" in the built drop-in script', () => {
  beforeEach(() => {
    for (const key of widgetKeys()) localStorage.removeItem(key);
    // vanilla-cookieconsent remembers the visitor's choice in this cookie, on the test page's origin.
    document.cookie = 'cc_cookie=; Max-Age=0; path=/';
  });
  afterEach(closePages);

  it('Google Consent Mode v2 with vanilla-cookieconsent: denied by default, granted by "Accept all", then withdrawn', async () => {
    // The site's gtag snippet with a Consent Mode default, then the widget, then the consent tool, whose
    // onConsent/onChange callbacks send gtag('consent', 'update', …) as vanilla-cookieconsent's documentation
    // shows for Google Consent Mode. A Tag Manager-like script replaces dataLayer.push after the widget (as
    // gtm.js does: its push calls the one it replaced).
    const page = await openPage(`
      <link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css">
      <script>
        window.dataLayer = window.dataLayer || [];
        function gtag() { dataLayer.push(arguments); }
        gtag('consent', 'default', {
          ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied',
          functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted',
        });
      </script>
      ${PROMO}
      <script>
        const replaced = dataLayer.push;
        dataLayer.push = function () { return replaced.apply(dataLayer, arguments); };
      </script>
      <script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>
      <script>
        const granted = (category) => (CookieConsent.acceptedCategory(category) ? 'granted' : 'denied');
        const updateGtag = () => gtag('consent', 'update', {
          functionality_storage: granted('functionality'),
          personalization_storage: granted('functionality'),
          analytics_storage: granted('analytics'),
        });
        CookieConsent.run({
          // It hides itself from automated browsers (navigator.webdriver), which these are.
          hideFromBots: false,
          categories: { necessary: { enabled: true, readOnly: true }, functionality: {}, analytics: {} },
          onConsent: updateGtag,
          onChange: updateGtag,
          language: {
            default: 'en',
            translations: {
              en: {
                consentModal: { title: 'Cookies', description: 'We would like to remember your choices.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Manage' },
                preferencesModal: {
                  title: 'Preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save',
                  sections: [
                    { title: 'Necessary', linkedCategory: 'necessary' },
                    { title: 'Functionality', linkedCategory: 'functionality' },
                    { title: 'Analytics', linkedCategory: 'analytics' },
                  ],
                },
              },
            },
          },
        });
      </script>`);
    await useThePromo(page);
    expect(widgetKeys(), 'nothing stored before consent, after a view and a dismissal').to.deep.equal([]);

    (await consentButton(page, 'Accept all')).click();
    await expectStoredOnConsent();

    (page.window as unknown as { CookieConsent: { showPreferences(): void } }).CookieConsent.showPreferences();
    const reject = await waitFor(
      () =>
        [...page.document.querySelectorAll<HTMLButtonElement>('#cc-main .pm button')].find(
          (b) => b.textContent?.trim() === 'Reject all',
        ),
      'the preferences\' "Reject all" button',
    );
    reject.click();
    await waitFor(() => !widgetKeys().length, 'the record to be deleted on withdrawal');
    expect(page.window.probe.errors, 'nothing thrown into the page').to.deep.equal([]);
    expect(widgetWarnings(page.window)).to.deep.equal([]);
  });

  it('IAB TCF v2 with @iabtcf/cmpapi: purpose 1 given, then withdrawn', async () => {
    // The CMP is loaded as a module after the widget, as a CMP's script often arrives late; its TC strings are
    // encoded by @iabtcf/core from a TCModel with a (minimal) vendor list.
    const page = await openPage(`${PROMO}
      <script type="module">
        import { CmpApi } from '/node_modules/@iabtcf/cmpapi/lib/mjs/index.js';
        import { GVL, TCModel, TCString } from '/node_modules/@iabtcf/core/lib/mjs/index.js';
        const purposes = {};
        for (let id = 1; id <= 11; id++) purposes[id] = { id, name: 'Purpose ' + id, description: '', descriptionLegal: '' };
        const gvl = new GVL({
          gvlSpecificationVersion: 2, vendorListVersion: 1, tcfPolicyVersion: 2, lastUpdated: '2026-01-01T00:00:00Z',
          purposes, specialPurposes: {}, features: {}, specialFeatures: {}, vendors: {}, stacks: {},
        });
        const model = new TCModel(gvl);
        model.cmpId = 10;
        model.cmpVersion = 1;
        const cmpApi = new CmpApi(10, 1, false);
        // The banner is up and the visitor has not chosen yet: an empty TC string, no purpose.
        cmpApi.update('', true);
        window.cmp = {
          consent(purposeOne) {
            if (purposeOne) model.purposeConsents.set(1);
            else model.purposeConsents.unset(1);
            cmpApi.update(TCString.encode(model), false);
          },
        };
      </script>`);
    const cmp = await waitFor(
      () => (page.window as unknown as { cmp?: { consent(on: boolean): void } }).cmp,
      'the CMP',
    );
    await useThePromo(page);
    expect(widgetKeys(), 'nothing stored while the banner is up').to.deep.equal([]);
    cmp.consent(false);
    await (page.document.querySelector('python-course-promo') as Promo).updateComplete;
    expect(widgetKeys(), 'nothing stored without purpose 1').to.deep.equal([]);

    cmp.consent(true);
    await expectStoredOnConsent();
    cmp.consent(false);
    await waitFor(() => !widgetKeys().length, 'the record to be deleted on withdrawal');
    expect(page.window.probe.errors).to.deep.equal([]);
    expect(widgetWarnings(page.window)).to.deep.equal([]);
  });

  it("the WordPress Consent API's JavaScript interface: wp_has_consent('functional') and its change event", async () => {
    // The WP Consent API plugin is not on npm; this page defines its documented JavaScript interface as the
    // plugin does: wp_has_consent(category), and wp_set_consent(category, value), which records the choice and
    // dispatches wp_listen_for_consent_change on the document with { [category]: value } as its detail.
    const page = await openPage(`
      <script>
        const choices = {};
        window.wp_has_consent = (category) => choices[category] === 'allow';
        window.wp_set_consent = (category, value) => {
          choices[category] = value;
          document.dispatchEvent(new CustomEvent('wp_listen_for_consent_change', { detail: { [category]: value } }));
        };
      </script>
      ${PROMO}`);
    await useThePromo(page);
    expect(widgetKeys()).to.deep.equal([]);
    const wp = page.window as unknown as { wp_set_consent(category: string, value: string): void };
    wp.wp_set_consent('marketing', 'allow');
    await (page.document.querySelector('python-course-promo') as Promo).updateComplete;
    expect(widgetKeys(), 'another category changes nothing').to.deep.equal([]);
    wp.wp_set_consent('functional', 'allow');
    await expectStoredOnConsent();
    wp.wp_set_consent('functional', 'deny');
    await waitFor(() => !widgetKeys().length, 'the record to be deleted on withdrawal');
    expect(page.window.probe.errors).to.deep.equal([]);
  });

  it('a 1.0 closed mark is deleted with the record on withdrawal', async () => {
    localStorage.setItem('python-showcase:dismissed:old-promo', String(Date.now()));
    const page = await openPage(`
      ${withGtag(`
        gtag('consent', 'update', { functionality_storage: 'granted' });
      `)}
      ${PROMO}`);
    await useThePromo(page);
    await expectStoredOnConsent();
    consentUpdate(page, 'denied');
    expect(widgetKeys(), 'at once, with the push').to.deep.equal([]);
  });

  it('without any consent tool, or with broken ones: nothing stored, one warning, nothing thrown', async () => {
    const none = await openPage(PROMO);
    await useThePromo(none);
    expect(widgetKeys(), 'no consent tool: as storage="none"').to.deep.equal([]);
    expect(widgetWarnings(none.window)).to.deep.equal([]);

    const broken = await openPage(`
      <script>
        window.wp_has_consent = () => { throw new Error('consent store unavailable'); };
        window.__tcfapi = (command, version, callback) => callback(null, true);
        window.dataLayer = [{ 0: 'consent', 1: 'update', 2: { functionality_storage: 'granted' } }];
      </script>
      ${PROMO}`);
    await useThePromo(broken);
    expect(widgetKeys(), 'a throwing tool refuses').to.deep.equal([]);
    (broken.window as unknown as { wp_has_consent: unknown }).wp_has_consent = 'granted';
    broken.document.querySelector<Promo>('python-course-promo')!.requestUpdate();
    await broken.document.querySelector<Promo>('python-course-promo')!.updateComplete;
    expect(widgetKeys(), 'a tool of the wrong type refuses').to.deep.equal([]);
    expect(broken.window.probe.errors, 'nothing thrown into the page').to.deep.equal([]);
    const warnings = widgetWarnings(broken.window);
    expect(warnings, 'one warning').to.have.length(1);
    expect(warnings[0]).to.include('storage="consent"').and.include('consent store unavailable');
  });

  it("a region's Consent Mode default that denies holds over a global default that grants", async () => {
    // Google's documented set-up for visitors in some regions: their default is denied, everyone else's granted.
    // The widget does not know the visitor's region, so it waits for the visitor's own choice (an update).
    const page = await openPage(`
      ${withGtag(`
        gtag('consent', 'default', { functionality_storage: 'denied', region: ['AT', 'DE', 'FR'] });
        gtag('consent', 'default', { functionality_storage: 'granted' });
      `)}
      ${PROMO}`);
    await useThePromo(page);
    expect(widgetKeys(), 'nothing stored on a default alone').to.deep.equal([]);
    consentUpdate(page, 'granted');
    await expectStoredOnConsent();
  });

  it('consent withdrawn on another page: the record is deleted on the next; a consenting visitor keeps theirs', async () => {
    const record = JSON.stringify({ id: 'visitor-1', p: { [PROMO_ID]: { v: [Date.now() - 60_000] } } });
    // A returning visitor who consented: the default is denied until their consent tool's update, a moment later.
    localStorage.setItem(MEMORY, record);
    const returning = await openPage(`
      ${withGtag(`
        gtag('consent', 'default', { functionality_storage: 'denied' });
        setTimeout(() => gtag('consent', 'update', { functionality_storage: 'granted' }), 300);
      `)}
      ${PROMO}`);
    await waitFor(() => returning.window.customElements.get('python-course-promo'), 'the drop-in script');
    await waitFor(() => stored()?.p[PROMO_ID]?.v?.length === 2, 'this page view added to the kept record');
    expect(stored()?.id, 'the same visitor').to.equal('visitor-1');
    closePages();

    // The visitor withdrew consent on a page without the widget: this page's tool says so as it loads.
    const withdrawn = await openPage(`
      ${withGtag(`
        gtag('consent', 'default', { functionality_storage: 'denied' });
        gtag('consent', 'update', { functionality_storage: 'denied' });
      `)}
      ${PROMO}`);
    await useThePromo(withdrawn);
    expect(widgetKeys(), 'the record from before is gone').to.deep.equal([]);
    expect(withdrawn.window.probe.errors).to.deep.equal([]);
  });

  it('the WordPress Consent API waiting for its consent type: unknown until wp_consent_type_defined', async () => {
    // As wp-consent-api.js does where the consent type is decided late (by region): it sets waitfor_consent_hook,
    // answers yes until a consent tool sets wp_consent_type, and then the tool dispatches wp_consent_type_defined.
    const page = await openPage(`
      <script>
        window.waitfor_consent_hook = true;
        const choices = {};
        window.wp_has_consent = (category) => window.wp_consent_type === undefined || choices[category] === 'allow';
        window.defineType = (type, functional) => {
          window.wp_consent_type = type;
          choices.functional = functional;
          document.dispatchEvent(new Event('wp_consent_type_defined'));
        };
      </script>
      ${PROMO}`);
    await useThePromo(page);
    expect(widgetKeys(), 'nothing stored while the consent type is not known').to.deep.equal([]);
    (page.window as unknown as { defineType(type: string, functional: string): void }).defineType('optin', 'allow');
    await expectStoredOnConsent();
  });

  it('two promos on the page: consent stores this page view once', async () => {
    const page = await openPage(`
      ${withGtag(`
        gtag('consent', 'default', { functionality_storage: 'denied' });
      `)}
      ${PROMO.replace(
        '</python-course-promo>',
        '</python-course-promo><python-course-promo storage="consent"></python-course-promo>',
      ).replace(
        "document.querySelector('python-course-promo').data = {",
        "for (const promo of document.querySelectorAll('python-course-promo')) promo.data = {",
      )}`);
    await useThePromo(page);
    consentUpdate(page, 'granted');
    await expectStoredOnConsent();
  });
});
