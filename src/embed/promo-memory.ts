/**
 * What the widget remembers of a visitor's promos, on the visitor's device and nowhere else: a random visitor id
 * (so a visitor gets the same A/B variant on every page of the site), and for each promo id the times it was
 * shown, closed and converted (its call to action followed). With `storage="none"` (or `consent` without it, see
 * consent.ts), or where storage throws (a sandboxed iframe, blocked storage), all of it lasts for the page view
 * only and nothing is written. The functions here take the mode in effect: `local` or not.
 *
 * Any script on the page's origin can write the stored record, so it is read as untrusted input: every storage
 * call and the JSON parse are caught, each part is checked for its type, and lengths are capped as they are read
 * (nothing is spread over a stored list), so no stored value can stop the promo or its close button.
 */
import { parseJson } from '../content/content-sources.js';
import { isObject } from '../content/read-content.js';
import type { PROMO_ATTRIBUTES } from '../elements/python-course-promo/python-course-promo.attributes.js';

/** The `storage` attribute's values. */
export type StorageMode = (typeof PROMO_ATTRIBUTES.storage.values)[number];

/** One promo's memory: the times (ms since the epoch) it was viewed, in order, and closed and converted (0: never). */
export interface PromoRecord {
  views: number[];
  closed: number;
  converted: number;
}
/** What a visitor did with a promo, as `remember` takes it. */
export type PromoMoment = 'viewed' | 'closed' | 'converted';

interface Memory {
  visitorId?: string;
  promos: Map<string, PromoRecord>;
}

/**
 * The stored format, which lives in every visitor's storage: `{ id, p: { [promo id]: { v, c, k } } }`, the visitor
 * id and each promo's views, closed and converted times. Its one-letter keys stay here, where it is read and
 * written; written since 1.1, so renaming them would forget every visitor's choices.
 */
interface StoredRecord {
  v?: number[];
  c?: number;
  k?: number;
}
interface Stored {
  id?: string;
  p: Record<string, StoredRecord>;
}

const KEY = 'python-showcase:promos';
/** Where 1.0 remembered a closed promo, read so that a visitor's earlier choice still holds. */
const LEGACY_CLOSED = 'python-showcase:dismissed:';
const DAY = 86_400_000;
/** Bounds on what is kept, and so on what is read: records, views each, age, visitor id length. */
const KEEP = { promos: 50, views: 100, days: 400, id: 64 };

/** This page view's memory, which `none` uses alone, and which keeps a close working where storage throws. */
const pageView: Memory = { promos: new Map() };

export const emptyRecord = (): PromoRecord => ({ views: [], closed: 0, converted: 0 });
/** A stored time, or 0 for anything that is not a positive finite number. */
const time = (value: unknown) => (typeof value === 'number' && value > 0 && value < Infinity ? value : 0);

function readRecord(value: unknown): PromoRecord | undefined {
  if (!isObject(value)) return undefined;
  // Views are added in order, so only the newest are ever kept, and only they are read: a list of any length
  // costs 100 entries.
  const views = Array.isArray(value.v) ? value.v.slice(-KEEP.views).map(time).filter(Boolean) : [];
  return { views, closed: time(value.c), converted: time(value.k) };
}

/** The stored memory; an empty one where there is none or it is unreadable; `undefined` where storage throws. */
function fromStorage(): Memory | undefined {
  let text: string | null;
  try {
    text = localStorage.getItem(KEY);
  } catch {
    return undefined;
  }
  // Not JSON: started again.
  const found = parseJson(text ?? '{}')?.value;
  const memory: Memory = { promos: new Map() };
  if (!isObject(found)) return memory;
  const { id, p } = found;
  if (typeof id === 'string' && id && id.length <= KEEP.id) memory.visitorId = id;
  if (!isObject(p)) return memory;
  // At most as many records as are ever written; a Map, so that no promo id can reach an object's prototype.
  for (const promoId of Object.keys(p).slice(0, KEEP.promos)) {
    const record = readRecord(p[promoId]);
    if (record) memory.promos.set(promoId, record);
  }
  return memory;
}

/** The most recent time in a record; a loop rather than `Math.max(...views)`, which throws on a long list. */
const latest = (record: PromoRecord) =>
  record.views.reduce((most, view) => (view > most ? view : most), Math.max(record.closed, record.converted));

function toStorage(memory: Memory, now: number): void {
  // Pruned at every write: records untouched for 400 days, then all but the 50 most recent.
  const records = Array.from(memory.promos)
    .filter(([, record]) => now - latest(record) < KEEP.days * DAY)
    .sort(([, a], [, b]) => latest(b) - latest(a))
    .slice(0, KEEP.promos);
  const stored: Stored = {
    id: memory.visitorId,
    // Absent rather than empty or 0: the shortest record. (fromEntries defines each key, `__proto__` included.)
    p: Object.fromEntries(
      records.map(([promoId, { views, closed, converted }]) => [
        promoId,
        { v: views.length ? views : undefined, c: closed || undefined, k: converted || undefined },
      ]),
    ),
  };
  try {
    localStorage.setItem(KEY, JSON.stringify(stored));
  } catch {
    // Storage is blocked or full: this page view's memory stands alone.
  }
}

/**
 * The visitor's random id: the stored one with `local`, else this page view's, which `keepVisitorId` stores.
 * Reads only, so that choosing a promo writes nothing.
 */
export function visitorId(mode: StorageMode): string {
  pageView.visitorId ??= Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');
  return (mode === 'local' && fromStorage()?.visitorId) || pageView.visitorId;
}

/** With `local`, stores this page view's visitor id where none is stored yet (once a variant was drawn from it). */
export function keepVisitorId(mode: StorageMode, now: number): void {
  const memory = mode === 'local' && pageView.visitorId ? fromStorage() : undefined;
  if (!memory || memory.visitorId) return;
  memory.visitorId = pageView.visitorId;
  toStorage(memory, now);
}

/** What is remembered of a promo: from storage with `local` (where it works), and from this page view. */
export function recall(mode: StorageMode, promoId: string): PromoRecord {
  const page = pageView.promos.get(promoId) ?? emptyRecord();
  const kept = (mode === 'local' && fromStorage()?.promos.get(promoId)) || emptyRecord();
  let closed = kept.closed;
  if (mode === 'local' && !closed) {
    try {
      closed = time(Number(localStorage.getItem(LEGACY_CLOSED + promoId)));
    } catch {
      // Blocked storage: nothing remembered.
    }
  }
  return {
    views: kept.views.length ? kept.views : page.views,
    closed: Math.max(closed, page.closed),
    converted: Math.max(kept.converted, page.converted),
  };
}

/** Whether this page view's memory is stored already (by another element when consent was given). */
let pageViewKept = false;

/** With consent given (`none` to `local`): what this page view remembered is stored too, once. */
export function keepPageView(now: number): void {
  const memory = !pageViewKept && fromStorage();
  if (!memory) return;
  pageViewKept = true;
  memory.visitorId ??= pageView.visitorId;
  for (const [promoId, page] of pageView.promos) {
    const record = memory.promos.get(promoId) ?? emptyRecord();
    memory.promos.set(promoId, {
      views: record.views.concat(page.views).slice(-KEEP.views),
      closed: Math.max(record.closed, page.closed),
      converted: Math.max(record.converted, page.converted),
    });
  }
  toStorage(memory, now);
}

/** Deletes everything the widget stored on this origin (consent withdrawn). */
export function forget(): void {
  pageViewKept = false;
  try {
    // Every key of ours starts so: the record, and 1.0's closed marks.
    for (const key of Object.keys(localStorage)) if (key.startsWith('python-showcase:')) localStorage.removeItem(key);
  } catch {
    // Blocked storage holds nothing of ours.
  }
}

/** Remembers that a promo was viewed, closed or converted now. */
export function remember(mode: StorageMode, promoId: string, moment: PromoMoment, now: number): void {
  for (const memory of [pageView, mode === 'local' ? fromStorage() : undefined]) {
    if (!memory) continue;
    const record = memory.promos.get(promoId) ?? emptyRecord();
    memory.promos.set(promoId, record);
    if (moment === 'viewed') record.views = record.views.concat(now).slice(-KEEP.views);
    else record[moment] = now;
    if (memory !== pageView) toStorage(memory, now);
  }
}
