import type { ReactiveElement } from 'lit';

/** The text a reader would get from an element, its shadow roots included (style sheets left out). */
export function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  // By name, not `instanceof`: the node may come from a page in a frame, another realm.
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
  const root = (node as Partial<Element>).shadowRoot ?? node;
  return Array.from(root.childNodes, deepText).join(' ').replace(/\s+/g, ' ').trim();
}

/** Every element matching `selector`, looking into open shadow roots at any depth. */
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const visit = (scope: ParentNode) => {
    found.push(...scope.querySelectorAll<T>(selector));
    for (const element of scope.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  // Not `instanceof Element`: the root may come from a page in a frame, another realm.
  const shadowRoot = (root as Partial<Element>).shadowRoot;
  if (shadowRoot) visit(shadowRoot);
  visit(root);
  return found;
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Waits for `root` and the widget elements in it to show their content: each one's `updateComplete`, which for
 * `<python-showcase>` covers its content source and its cards and promo.
 */
export async function settled(root: ParentNode): Promise<void> {
  const widgets = [root, ...root.querySelectorAll('python-showcase, python-app-card, python-course-promo')];
  await Promise.all(widgets.flatMap((element) => (element as Partial<ReactiveElement>).updateComplete ?? []));
}

export const engine: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome')
    ? 'chromium'
    : 'webkit';
