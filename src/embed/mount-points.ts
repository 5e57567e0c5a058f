import { PythonShowcase } from '../elements/python-showcase/python-showcase.js';

/**
 * Mount points: `<div data-python-showcase data-apps="…">`, the form of the widget for editors that strip unknown
 * tags, scripts and styles but keep a `<div>` with `data-` attributes (WordPress for authors and contributors,
 * Drupal's filtered formats, many page builders). The drop-in script, loaded once for the whole site, puts a
 * `<python-showcase>` with the `data-` twins of its attributes into each one and moves the fallback into it; the
 * `<div>` stays, with its id and classes, for the host to style.
 */
const MOUNT_POINT = '[data-python-showcase]';
const mounted = new WeakSet<Element>();

function mount(point: Element): void {
  if (mounted.has(point) || point.querySelector(':scope > python-showcase')) return;
  mounted.add(point);
  const showcase = document.createElement('python-showcase');
  // Its warnings name `data-layout`, as the author wrote it.
  showcase.attributePrefix = 'data-';
  for (const name of PythonShowcase.observedAttributes) {
    if (name === 'defer-hydration') continue; // Lit's server-rendering protocol, not an option.
    const value = point.getAttribute(`data-${name}`);
    if (value !== null) showcase.setAttribute(name, value);
  }
  // A lazy widget is defined before it renders, and the reservation a mount point has (the plugin's, keyed on
  // `:not(:has(>python-showcase:defined))`, or an inline min-height) may go as soon as it is in: the height the
  // mount point loses by taking it in is what the widget keeps until it renders. Measured before and after (two
  // layouts, lazy ones only), which holds whatever the mount point's padding, border or own min-height.
  const before = showcase.loading === 'lazy' && point.getBoundingClientRect().height;
  showcase.append(...point.childNodes);
  point.append(showcase);
  if (before) showcase.reserve(before - point.getBoundingClientRect().height + showcase.getBoundingClientRect().height);
}

const mountWithin = (root: ParentNode) => root.querySelectorAll(MOUNT_POINT).forEach(mount);

/** Upgrades the page's mount points, and those that appear later (a single-page app, infinite scroll), each once. */
export function upgradeMountPoints(): void {
  const start = () => {
    mountWithin(document);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches(MOUNT_POINT)) mount(node);
          mountWithin(node);
        }
      }
    }).observe(document, { childList: true, subtree: true });
  };
  // A mount point the parser is still inside would lose the fallback it has not reached yet.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
