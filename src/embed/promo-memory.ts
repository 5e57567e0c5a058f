/**
 * What the widget remembers of a visitor's promos, on the visitor's device and nowhere else: a random visitor id
 * (so a visitor gets the same A/B variant on every page of the site), and for each promo id the times it was
 * shown, closed and converted (its call to action followed). With `storage="none"`, or where storage throws (a
 * sandboxed iframe, blocked storage), all of it lasts for the page view only and nothing is written.
 */
import type { PROMO_ATTRIBUTES } from '../elements/python-course-promo/python-course-promo.attributes.js';

/** The `storage` attribute's values. */
export type StorageMode = (typeof PROMO_ATTRIBUTES.storage.values)[number];

/** One promo's memory: the times (ms) it was viewed, closed and converted. */
interface PromoRecord {
  v?: number[];
  c?: number;
  k?: number;
}
interface Memory {
  /** The visitor id. */
  id?: string;
  /** Records by promo id. */
  p: Record<string, PromoRecord>;
}

const KEY = 'python-showcase:promos';
/** Where 1.0 remembered a closed promo, read so that a visitor's earlier choice still holds. */
const LEGACY_CLOSED = 'python-showcase:dismissed:';
const DAY = 86_400_000;
/** Bounds on what is kept, so no content can grow storage without limit: records, views each, age. */
const KEEP = { promos: 50, views: 100, days: 400 };

/** This page view's memory, which `none` uses alone, and which keeps a close working where storage throws. */
const pageView: Memory = { p: Object.create(null) as Memory['p'] };

const time = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function stored(): Memory | undefined {
  let text: string | null;
  try {
    text = localStorage.getItem(KEY);
  } catch {
    return undefined;
  }
  // What another script or an older page left may have any shape: only well-formed parts are kept.
  const memory: Memory = { p: Object.create(null) as Memory['p'] };
  try {
    const found = JSON.parse(text ?? '{}') as { id?: unknown; p?: Record<string, unknown> };
    if (typeof found?.id === 'string') memory.id = found.id;
    for (const [id, value] of Object.entries(found?.p ?? {})) {
      const record = (value ?? {}) as Record<string, unknown>;
      const views = Array.isArray(record.v) ? record.v.filter((entry) => time(entry) !== undefined) : undefined;
      memory.p[id] = { v: views as number[] | undefined, c: time(record.c), k: time(record.k) };
    }
  } catch {
    // Not JSON: started again.
  }
  return memory;
}

const latest = (record: PromoRecord) => Math.max(record.c ?? 0, record.k ?? 0, ...(record.v ?? []));

function save(memory: Memory, now: number): void {
  // Pruned at every write: records untouched for 400 days, then all but the 50 most recent.
  const records = Object.entries(memory.p)
    .filter(([, record]) => now - latest(record) < KEEP.days * DAY)
    .sort(([, a], [, b]) => latest(b) - latest(a))
    .slice(0, KEEP.promos);
  memory.p = Object.fromEntries(records);
  try {
    localStorage.setItem(KEY, JSON.stringify(memory));
  } catch {
    // Storage is blocked: this page view's memory stands alone.
  }
}

/** The visitor's random id: stored with `local` (the page view's own becomes it), else this page view's. */
export function visitorId(mode: StorageMode, now: number): string {
  pageView.id ??= Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');
  const memory = mode === 'local' ? stored() : undefined;
  if (!memory) return pageView.id;
  if (!memory.id) {
    memory.id = pageView.id;
    save(memory, now);
  }
  return memory.id;
}

/** What is remembered of a promo: from storage with `local` (where it works), and from this page view. */
export function recall(mode: StorageMode, promoId: string): Required<PromoRecord> {
  const page = pageView.p[promoId] ?? {};
  const kept = (mode === 'local' && stored()?.p[promoId]) || {};
  let closed = kept.c;
  if (mode === 'local' && closed === undefined) {
    try {
      closed = Number(localStorage.getItem(LEGACY_CLOSED + promoId)) || undefined;
    } catch {
      // Blocked storage: nothing remembered.
    }
  }
  return {
    v: kept.v ?? page.v ?? [],
    c: Math.max(closed ?? 0, page.c ?? 0),
    k: Math.max(kept.k ?? 0, page.k ?? 0),
  };
}

/** With consent given (`none` to `local`): what this page view remembered is stored too. */
export function keepPageView(now: number): void {
  const memory = stored();
  if (!memory) return;
  memory.id ??= pageView.id;
  for (const [id, page] of Object.entries(pageView.p)) {
    const record = (memory.p[id] ??= {});
    record.v = [...(record.v ?? []), ...(page.v ?? [])].slice(-KEEP.views);
    record.c = Math.max(record.c ?? 0, page.c ?? 0) || undefined;
    record.k = Math.max(record.k ?? 0, page.k ?? 0) || undefined;
  }
  save(memory, now);
}

/** Remembers that a promo was viewed (`v`), closed (`c`) or converted (`k`) now. */
export function remember(mode: StorageMode, promoId: string, what: keyof PromoRecord, now: number): void {
  for (const memory of [pageView, mode === 'local' ? stored() : undefined]) {
    if (!memory) continue;
    const record = (memory.p[promoId] ??= {});
    if (what === 'v') record.v = [...(record.v ?? []), now].slice(-KEEP.views);
    else record[what] = now;
    if (memory !== pageView) save(memory, now);
  }
}
