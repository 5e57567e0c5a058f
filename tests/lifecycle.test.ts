import './helpers/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { settled } from './helpers/dom.js';

/**
 * Counts what the widget leaves on the page: targets observed by IntersectionObservers, and listeners on
 * `document` and `window`.
 */
function trackPageResources() {
  const observed = new Map<IntersectionObserver, Set<Element>>();
  const listeners = new Set<string>();
  const keyOf = (target: EventTarget, type: string, listener: unknown) =>
    `${target === window ? 'window' : 'document'}|${type}|${listenerIds.get(listener as object) ?? register(listener as object)}`;
  const listenerIds = new WeakMap<object, number>();
  let nextId = 0;
  const register = (listener: object) => {
    listenerIds.set(listener, ++nextId);
    return nextId;
  };
  const proto = IntersectionObserver.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the wrappers below call them with .call(this)
  const { observe, unobserve, disconnect } = proto;
  proto.observe = function (this: IntersectionObserver, target: Element) {
    if (!observed.has(this)) observed.set(this, new Set());
    observed.get(this)!.add(target);
    return observe.call(this, target);
  };
  proto.unobserve = function (this: IntersectionObserver, target: Element) {
    observed.get(this)?.delete(target);
    return unobserve.call(this, target);
  };
  proto.disconnect = function (this: IntersectionObserver) {
    observed.delete(this);
    return disconnect.call(this);
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the wrappers below call them with .call(this)
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: never,
    options?: never,
  ) {
    if ((this === document || this === window) && listener) listeners.add(keyOf(this, type, listener));
    return addEventListener.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: never,
    options?: never,
  ) {
    if ((this === document || this === window) && listener) listeners.delete(keyOf(this, type, listener));
    return removeEventListener.call(this, type, listener, options);
  };
  return {
    observedTargets: () => [...observed.values()].reduce((sum, targets) => sum + targets.size, 0),
    liveObservers: () => observed.size,
    listeners: () => new Set(listeners),
    restore() {
      Object.assign(proto, { observe, unobserve, disconnect });
      Object.assign(EventTarget.prototype, { addEventListener, removeEventListener });
    },
  };
}

describe('lifecycle on a long-lived page', () => {
  it('an element removed and re-added 1,000 times leaves no observer or listener behind', async function () {
    this.timeout(20000);
    const page = trackPageResources();
    try {
      const before = page.listeners();
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement('python-showcase');
      element.setAttribute('dismissible', '');
      container.append(element);
      await settled(element);
      expect(page.observedTargets(), 'five cards and the promo are watched for impressions').to.equal(6);

      for (let i = 0; i < 1000; i++) {
        element.remove();
        container.append(element);
      }
      await settled(element);
      expect(page.observedTargets(), 'still six after 1,000 re-attachments').to.equal(6);
      expect(page.liveObservers()).to.equal(1);

      element.remove();
      await settled(element);
      expect(page.observedTargets(), 'nothing observed once removed').to.equal(0);
      expect(page.liveObservers(), 'the shared observer is released').to.equal(0);
      const added = [...page.listeners()].filter((key) => !before.has(key));
      expect(added, 'listeners left on document or window').to.deep.equal([]);
    } finally {
      page.restore();
    }
  });

  it('renders elements inserted by script at any time, and a moved element keeps its content', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <div id="a"></div>
        <div id="b"></div>
      </div>`,
    );
    const element = document.createElement('python-showcase');
    element.content = { heading: 'Set before insertion' };
    container.querySelector('#a')!.append(element);
    await settled(element);
    container.querySelector('#b')!.append(element);
    await settled(element);
    expect(element.shadowRoot!.querySelector('.heading')!.textContent.trim()).to.equal('Set before insertion');
    expect(element.shadowRoot!.querySelectorAll('python-app-card')).to.have.length(5);
  });
});
