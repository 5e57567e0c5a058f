import { emit, type ShowcaseImpressionDetail } from './events.js';

/**
 * Impressions by the IAB viewability rule: an element that has been at least half visible for one continuous
 * second while the page is visible fires `showcase-impression`, once per element instance and content id per
 * page view (moving or re-attaching the element does not count again). One IntersectionObserver and one
 * `visibilitychange` listener serve every element, and both are released when nothing is watched.
 */
interface Watched {
  /** The impression's detail, as the element gave it. */
  detail: ShowcaseImpressionDetail;
  visible: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

const VIEWABLE_RATIO = 0.5;
const VIEWABLE_MS = 1000;

const watched = new Map<Element, Watched>();
const counted = new WeakMap<Element, Set<string>>();
let observer: IntersectionObserver | undefined;

/**
 * Runs the element's one-second timer while it is viewable (half visible, on a visible page), and stops it
 * otherwise: the second must be continuous.
 */
function updateTimer(element: Element, entry: Watched): void {
  if (!entry.visible || document.visibilityState !== 'visible') {
    clearTimeout(entry.timer);
    entry.timer = undefined;
  } else if (entry.timer === undefined) {
    entry.timer = setTimeout(() => {
      let ids = counted.get(element);
      if (!ids) counted.set(element, (ids = new Set()));
      ids.add(entry.detail.id);
      unwatchImpressions(element);
      emit(element, 'showcase-impression', entry.detail);
    }, VIEWABLE_MS);
  }
}

const onVisibilityChange = () => watched.forEach((entry, element) => updateTimer(element, entry));

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const { target, isIntersecting, intersectionRatio } of entries) {
    const entry = watched.get(target);
    if (!entry) continue;
    entry.visible = isIntersecting && intersectionRatio >= VIEWABLE_RATIO;
    updateTimer(target, entry);
  }
}

/** Starts watching `element` for an impression of the content `detail.id`, unless it already counted one. */
export function watchImpressions(element: Element, detail: ShowcaseImpressionDetail): void {
  const { id } = detail;
  if (watched.get(element)?.detail.id === id) return;
  unwatchImpressions(element);
  if (counted.get(element)?.has(id) || typeof IntersectionObserver !== 'function') return;
  if (!observer) {
    observer = new IntersectionObserver(onIntersection, { threshold: VIEWABLE_RATIO });
    document.addEventListener('visibilitychange', onVisibilityChange);
  }
  watched.set(element, { detail, visible: false });
  observer.observe(element);
}

/** Stops watching `element` (it left the page, or its content changed). */
export function unwatchImpressions(element: Element): void {
  const entry = watched.get(element);
  if (!entry) return;
  clearTimeout(entry.timer);
  watched.delete(element);
  observer?.unobserve(element);
  if (!watched.size && observer) {
    observer.disconnect();
    observer = undefined;
    document.removeEventListener('visibilitychange', onVisibilityChange);
  }
}
