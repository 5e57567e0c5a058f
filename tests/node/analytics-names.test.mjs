// @ts-check
// The names the page's analytics tools receive (src/embed/analytics.ts as built, dist/esm/): hosts build goals,
// conversions and reports on them, so a rename breaks their measurement without an error anywhere. Every event
// name and property name is written out here; changing one in the table fails this test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ANALYTICS_NAMES, sendToTools } from '../../dist/esm/embed/analytics.js';

/** What a page's tools received, by tool. @type {Record<string, unknown[]>} */
let received;

/** The page's tools, each recording its calls as its own snippet would receive them. */
function installTools() {
  received = { gtag: [], plausible: [], umami: [], matomo: [] };
  Object.assign(globalThis, {
    window: {
      gtag: (/** @type {unknown[]} */ ...args) => received.gtag.push(args),
      plausible: (/** @type {unknown[]} */ ...args) => received.plausible.push(args),
      umami: { track: (/** @type {unknown[]} */ ...args) => received.umami.push(args) },
      _paq: { push: (/** @type {unknown} */ command) => received.matomo.push(command) },
    },
  });
}

/**
 * @param {string} type
 * @param {object} detail
 * @param {object} shown
 * @param {{ partner?: string, campaign?: string }} attribution
 */
function send(type, detail, shown, attribution = { partner: 'acme', campaign: 'spring' }) {
  installTools();
  sendToTools('auto', /** @type {Event} */ (/** @type {unknown} */ ({ type, detail })), shown, attribution);
  return received;
}

describe('the analytics names', () => {
  it('are exactly these, frozen', () => {
    assert.deepEqual(ANALYTICS_NAMES, {
      promo: ['view_promotion', 'select_promotion'],
      app: ['view_item_list', 'select_item'],
      promotion: ['promotion_id', 'promotion_name', 'creative_name', 'creative_slot'],
      item: ['item_id', 'item_name', 'index'],
      list: ['item_list_id', 'python-showcase', 'items', 'default'],
      attribution: ['partner', 'campaign'],
      matomo: ['trackEvent', 'python-showcase'],
    });
    assert.ok(Object.isFrozen(ANALYTICS_NAMES));
    for (const list of Object.values(ANALYTICS_NAMES)) assert.ok(Object.isFrozen(list));
  });

  it('a promo impression and click: view_promotion and select_promotion, with the variant and the slot', () => {
    const promo = { kind: 'promo', id: 'bootcamp-ab', variant: 'b' };
    const shown = { name: 'Learn the language behind Netflix', slot: 'top' };
    const flat = {
      promotion_id: 'bootcamp-ab',
      promotion_name: 'Learn the language behind Netflix',
      creative_name: 'b',
      creative_slot: 'top',
      partner: 'acme',
      campaign: 'spring',
    };
    const items = [{ item_id: 'bootcamp-ab', item_name: 'Learn the language behind Netflix' }];
    for (const [type, name] of [
      ['showcase-impression', 'view_promotion'],
      ['showcase-click', 'select_promotion'],
    ]) {
      assert.deepEqual(send(type, { ...promo, href: 'https://example.com/' }, shown), {
        gtag: [['event', name, { ...flat, items }]],
        plausible: [[name, { props: flat }]],
        umami: [[name, flat]],
        matomo: [['trackEvent', 'python-showcase', name, 'bootcamp-ab']],
      });
    }
  });

  it('a promo without variants is creative_name "default"', () => {
    const { umami } = send('showcase-impression', { kind: 'promo', id: 'bootcamp' }, { name: 'Bootcamp' }, {});
    assert.deepEqual(umami, [
      ['view_promotion', { promotion_id: 'bootcamp', promotion_name: 'Bootcamp', creative_name: 'default' }],
    ]);
  });

  it('a card impression and click: view_item_list and select_item, with its index (0 included)', () => {
    for (const [type, name] of [
      ['showcase-impression', 'view_item_list'],
      ['showcase-click', 'select_item'],
    ]) {
      const tools = send(type, { kind: 'app', id: 'spotify' }, { name: 'Spotify', index: 0 }, { partner: 'acme' });
      const item = { item_id: 'spotify', item_name: 'Spotify', index: 0 };
      assert.deepEqual(tools, {
        gtag: [['event', name, { item_list_id: 'python-showcase', items: [item], partner: 'acme' }]],
        plausible: [[name, { props: { item_list_id: 'python-showcase', ...item, partner: 'acme' } }]],
        umami: [[name, { item_list_id: 'python-showcase', ...item, partner: 'acme' }]],
        matomo: [['trackEvent', 'python-showcase', name, 'spotify']],
      });
    }
  });

  it('dismissals and errors are not sent', () => {
    const empty = { gtag: [], plausible: [], umami: [], matomo: [] };
    assert.deepEqual(send('showcase-dismiss', { id: 'bootcamp' }, {}), empty);
    assert.deepEqual(send('showcase-error', { reason: 'http', source: 'src' }, {}), empty);
  });
});
