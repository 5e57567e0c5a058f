// The builder's content editor: the intro, the app cards (show, reorder, edit, add, remove), the promo's copy and
// a campaign promo. It turns what the marketer typed into a content document, checks it with the widget's own
// reader (src/content/read-content.ts) as they type, names each problem at its field, and loads a document back
// (an imported content.json, or the content of a shared link) to keep editing it. Its cards live in the
// builder's state (builder-state.ts); the form's fields hold the rest.
import { defaultContent, type CoursePromo } from '../../src/index.js';
import { LIMITS, readContent } from '../../src/content/read-content.js';
import type { BuilderState, Card } from './builder-state.js';
import { namedCheckbox, namedField, type FormField } from './form-state.js';
import { clone, isObject, same, type JsonObject } from './json.js';
import { toLocalInput, withOffset } from './local-time.js';

const DEFAULT_APPS = defaultContent.apps as unknown as readonly JsonObject[];

/** The default content's promo, whose copy the promo fields start with. */
function defaultPromo(): CoursePromo {
  const [promo] = [defaultContent.promo ?? []].flat();
  if (!promo) throw new Error('the default content has no promo for the promo fields to start from');
  return promo;
}
const DEFAULT_PROMO = defaultPromo();
const DEFAULT_PROMO_JSON = DEFAULT_PROMO as unknown as JsonObject;

/** Whether `id` is one of the built-in apps' (they can be hidden, not removed). */
const isBuiltIn = (id: unknown) => DEFAULT_APPS.some((app) => app.id === id);
/** The campaign promo's id: its visitors' memory (views, closed, variant) is kept apart from the default promo's. */
const CAMPAIGN_ID = 'campaign';

/** A loaded value as a field shows it: text and numbers as they are, anything else as an empty field. */
const shown = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
const statOf = (app: JsonObject): JsonObject => (isObject(app.stat) ? app.stat : {});

interface AppField {
  /** The field's path in an app (`stat.value`), as the widget's reader names it. */
  key: string;
  label: string;
  multiline?: boolean;
  type?: 'number' | 'url';
  get: (app: JsonObject) => string;
  set: (app: JsonObject, value: string) => void;
}

function setOptional(object: JsonObject, key: string, value: string) {
  if (value === '') delete object[key];
  else object[key] = value;
}

function setStat(app: JsonObject, key: string, value: string | number | undefined) {
  const stat = { ...statOf(app) };
  if (value === undefined) delete stat[key];
  else stat[key] = value;
  if (Object.keys(stat).length) app.stat = stat;
  else delete app.stat;
}

/** The fields of an app card the editor offers, each read from and written to the app object. */
const APP_FIELDS: readonly AppField[] = [
  { key: 'name', label: 'Name', get: (app) => shown(app.name), set: (app, v) => (app.name = v) },
  {
    key: 'summary',
    label: 'Summary',
    multiline: true,
    get: (app) => shown(app.summary),
    set: (app, v) => (app.summary = v),
  },
  {
    key: 'stat.value',
    label: 'Figure (a number, e.g. 2000000000)',
    type: 'number',
    get: (app) => shown(statOf(app).value),
    set: (app, v) => setStat(app, 'value', v === '' ? undefined : Number(v)),
  },
  {
    key: 'stat.label',
    label: 'What the figure counts',
    get: (app) => shown(statOf(app).label),
    set: (app, v) => setStat(app, 'label', v || undefined),
  },
  {
    key: 'url',
    label: 'Link (https://…)',
    type: 'url',
    get: (app) => shown(app.url),
    set: (app, v) => setOptional(app, 'url', v),
  },
  {
    key: 'color',
    label: 'Colour (#rrggbb)',
    get: (app) => shown(app.color),
    set: (app, v) => setOptional(app, 'color', v),
  },
];

/** The keys of `object` the content model knows for `keys`, values as given: what the editor loads. */
function pick(object: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(keys.filter((key) => Object.hasOwn(object, key)).map((key) => [key, clone(object[key])]));
}
const APP_KEYS = ['id', 'name', 'summary', 'stat', 'uses', 'url', 'color', 'icon'];
const PROMO_KEYS = [
  'id',
  'eyebrow',
  'title',
  'body',
  'cta',
  'secondary',
  'startsAt',
  'endsAt',
  'deadline',
  'variants',
  'frequency',
];

/** An id for an app added here, from its name: lower-case letters, digits and hyphens, unique in `taken`. */
function idFromName(name: string, taken: Set<string>): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'app';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The built-in cards as they come. */
export const defaultCards = (): Card[] => DEFAULT_APPS.map((app) => ({ app: clone(app), shown: true, addedId: false }));

/** Where the reader's field paths point: `apps[2].url` to the input it was typed in, `apps[2]` to the card. */
export type FieldMap = Map<string, FormField | HTMLLIElement>;

/** A card's controls, made each time the cards are listed. */
interface CardView {
  element: HTMLLIElement;
  inputs: Record<string, HTMLInputElement | HTMLTextAreaElement>;
  labels: {
    name: HTMLLabelElement;
    summary: HTMLElement;
    up: HTMLButtonElement;
    down: HTMLButtonElement;
    remove: HTMLButtonElement | undefined;
  };
}

/** What loading a document gives: the widget's notes on it, and its heading (which the options form holds). */
export interface Loaded {
  notes: string[];
  heading?: string | undefined;
}

/** Edits the content; dispatches `change` after every change a marketer makes to the cards. */
export class ContentEditor extends EventTarget {
  /** Each listed card's controls. */
  private readonly views = new Map<Card, CardView>();

  /**
   * @param form the builder's options, holding the intro, promo copy and campaign fields
   * @param appList where the app cards are listed
   * @param state the builder's state, whose `editor` holds the cards
   */
  constructor(
    private readonly form: HTMLFormElement,
    private readonly appList: HTMLOListElement,
    private readonly state: BuilderState,
  ) {
    super();
    for (const [name, value] of Object.entries({
      'copy-eyebrow': DEFAULT_PROMO.eyebrow,
      'copy-title': DEFAULT_PROMO.title,
      'copy-body': DEFAULT_PROMO.body,
      'copy-cta-label': DEFAULT_PROMO.cta?.label,
      'copy-cta-href': DEFAULT_PROMO.cta?.href,
    })) {
      const field = this.textField(name);
      field.defaultValue = value ?? '';
      field.value = value ?? '';
    }
    this.renderApps();
  }

  private changed() {
    this.dispatchEvent(new Event('change'));
  }

  private get cards(): Card[] {
    return this.state.editor.cards;
  }

  private textField(name: string): HTMLInputElement | HTMLTextAreaElement {
    const field = namedField(this.form, name);
    if (field instanceof HTMLSelectElement) throw new Error(`${name} is not a text field`);
    return field;
  }

  private view(card: Card): CardView {
    const view = this.views.get(card);
    if (!view) throw new Error('a card that is not listed');
    return view;
  }

  /** The `apps` attribute for shown built-in cards as they come; '' when the content lists the apps instead. */
  appsAttribute(): string {
    if (this.appsEdited()) return '';
    const ids = this.cards.filter((card) => card.shown).map((card) => String(card.app.id));
    return ids.join(',') === DEFAULT_APPS.map((app) => app.id).join(',') ? '' : ids.join(',');
  }

  /** Whether the cards differ from the built-in ones by more than which are shown and in what order. */
  appsEdited(): boolean {
    return this.cards.some(
      (card) =>
        !same(
          card.app,
          DEFAULT_APPS.find((app) => app.id === card.app.id),
        ),
    );
  }

  /** Shows or hides a built-in card, and orders them, as an `apps` attribute asks. Returns notes on it. */
  applyAppsAttribute(value: string): string[] {
    const ids = value
      .split(',')
      .map((id) => id.trim().toLowerCase())
      .filter(Boolean);
    const known = ids.filter((id) => this.cards.some((card) => card.app.id === id));
    if (!known.length) return ids.length ? [`apps: none of "${value}" is an app here; ignored`] : [];
    const rank = (card: Card) =>
      known.includes(String(card.app.id)) ? known.indexOf(String(card.app.id)) : known.length;
    this.cards.sort((a, b) => rank(a) - rank(b));
    for (const card of this.cards) card.shown = known.includes(String(card.app.id));
    this.renderApps();
    const unknown = ids.filter((id) => !known.includes(id));
    return unknown.length ? [`apps: ${unknown.join(', ')} not an app here; ignored`] : [];
  }

  /**
   * The content document the fields describe, or undefined when it is the default content; with `fieldFor`,
   * which maps a reader's field path (`apps[2].url`) to the field where it was typed.
   */
  build(): { content: JsonObject | undefined; fieldFor: FieldMap } {
    const fieldFor: FieldMap = new Map();
    const content: JsonObject = {};
    const text = (name: string) => this.textField(name).value.trim();
    const intro = this.textField('intro');
    if (intro.value.trim()) {
      content.intro = intro.value.trim();
      fieldFor.set('intro', intro);
    }
    if (this.appsEdited()) {
      const taken = new Set(this.cards.filter((card) => !card.addedId).map((card) => String(card.app.id)));
      const apps: JsonObject[] = [];
      for (const card of this.cards.filter((entry) => entry.shown)) {
        const app = clone(card.app);
        if (card.addedId) {
          app.id = idFromName(shown(app.name), taken);
          taken.add(app.id as string);
        }
        const path = `apps[${apps.length}]`;
        const view = this.view(card);
        fieldFor.set(path, view.element);
        for (const field of APP_FIELDS) fieldFor.set(`${path}.${field.key}`, view.inputs[field.key]!);
        fieldFor.set(`${path}.stat`, view.inputs['stat.value']!);
        apps.push(app);
      }
      content.apps = apps;
    }
    const copy: JsonObject = { ...clone(this.state.editor.kept.promoCopy ?? DEFAULT_PROMO_JSON) };
    for (const [key, name] of [
      ['eyebrow', 'copy-eyebrow'],
      ['title', 'copy-title'],
      ['body', 'copy-body'],
    ] as const) {
      if (text(name)) copy[key] = text(name);
      else delete copy[key];
    }
    copy.cta = { label: text('copy-cta-label'), href: text('copy-cta-href') };
    const promos: JsonObject[] = [];
    const campaignOn = namedCheckbox(this.form, 'promo-campaign').checked;
    if (campaignOn) {
      const at = `promo[${promos.length}]`;
      for (const [path, name] of Object.entries({
        title: 'promo-title',
        startsAt: 'promo-starts',
        endsAt: 'promo-ends',
        deadline: 'promo-deadline',
        'deadline.at': 'promo-deadline',
        'deadline.label': 'promo-deadline-label',
        '': 'promo-campaign',
        variants: 'promo-variant-title',
        'variants[0]': 'promo-weight-a',
        'variants[1]': 'promo-weight-b',
        'variants[0].weight': 'promo-weight-a',
        'variants[1].weight': 'promo-weight-b',
        'variants[1].title': 'promo-variant-title',
        'frequency.views': 'promo-views',
        'frequency.perDays': 'promo-per-days',
        'frequency.closedDays': 'promo-closed-days',
        'frequency.convertedDays': 'promo-converted-days',
        // The campaign's other copy is the promo's, typed in the promo's fields.
        eyebrow: 'copy-eyebrow',
        body: 'copy-body',
        cta: 'copy-cta-href',
        'cta.label': 'copy-cta-label',
        'cta.href': 'copy-cta-href',
      })) {
        fieldFor.set(path ? `${at}.${path}` : at, namedField(this.form, name));
      }
      promos.push(this.campaign(copy));
    }
    const at = campaignOn ? `promo[${promos.length}]` : 'promo';
    for (const [path, name] of Object.entries({
      '': 'copy-title',
      eyebrow: 'copy-eyebrow',
      title: 'copy-title',
      body: 'copy-body',
      cta: 'copy-cta-href',
      'cta.label': 'copy-cta-label',
      'cta.href': 'copy-cta-href',
    })) {
      fieldFor.set(path ? `${at}.${path}` : at, namedField(this.form, name));
    }
    promos.push(copy);
    if (promos.length > 1) content.promo = promos;
    else if (!same(copy, DEFAULT_PROMO)) content.promo = copy;
    Object.assign(content, clone(this.state.editor.kept.rest));
    return { content: Object.keys(content).length ? content : undefined, fieldFor };
  }

  /** The campaign promo the campaign fields describe, with the promo copy's other fields. */
  private campaign(copy: JsonObject): JsonObject {
    const value = (name: string) => this.textField(name).value;
    const number = (name: string) => (value(name) === '' ? undefined : Number(value(name)));
    const promo: JsonObject = {
      ...copy,
      id: CAMPAIGN_ID,
      title: value('promo-title').trim(),
      startsAt: withOffset(value('promo-starts')),
      endsAt: withOffset(value('promo-ends')),
    };
    const deadline = withOffset(value('promo-deadline'));
    if (deadline) promo.deadline = { at: deadline, label: value('promo-deadline-label').trim() };
    const variantTitle = value('promo-variant-title').trim();
    if (variantTitle) {
      promo.variants = [
        { id: 'a', weight: number('promo-weight-a') },
        { id: 'b', weight: number('promo-weight-b'), title: variantTitle },
      ];
    }
    const frequency = {
      views: number('promo-views'),
      perDays: number('promo-per-days'),
      closedDays: number('promo-closed-days'),
      convertedDays: number('promo-converted-days'),
    };
    if (Object.values(frequency).some((entry) => entry !== undefined)) promo.frequency = frequency;
    // Through JSON, as the content will be: fields left undefined drop out.
    return clone(promo);
  }

  /**
   * The content's problems by the widget's own rules, each shown at its field (named by its label) and returned
   * as lines for the summary.
   */
  check(content: JsonObject | undefined, fieldFor: FieldMap): string[] {
    for (const message of this.form.querySelectorAll('.problem')) message.remove();
    for (const field of this.form.querySelectorAll('[aria-invalid], [aria-describedby^="problem-"]')) {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
    }
    if (!content) return [];
    const problems = readContent(clone(content), defaultContent)?.problems ?? ['content: not an object'];
    return problems
      .map((problem) => {
        const [path = '', ...rest] = problem.split(': ');
        const what = rest.join(': ');
        const field = this.closestField(path, fieldFor);
        if (!field) return problem;
        const name = this.fieldName(field);
        // Beside the field, outside its label (so the field's name stays its label), and tied to it as its description.
        const card = field instanceof HTMLLIElement ? field : null;
        const after = card ? card.querySelector('.app-row') : (field.closest('label') ?? field);
        if (after && !after.nextElementSibling?.matches('.problem')) {
          const message = Object.assign(document.createElement('p'), { className: 'problem', textContent: what });
          message.id = `problem-${++this.state.lastId}`;
          after.after(message);
          // A whole card's problem describes its checkbox, the card's first control.
          const described = card ? card.querySelector('input[type="checkbox"]') : field;
          if (!card) field.setAttribute('aria-invalid', 'true');
          described?.setAttribute('aria-describedby', message.id);
        }
        return `${name}: ${what}`;
      })
      .filter((line, index, lines) => lines.indexOf(line) === index);
  }

  /** The field a reader's path points at, or the nearest enclosing one (`apps[2].stat.value` → the figure). */
  private closestField(path: string, fieldFor: FieldMap): FormField | HTMLLIElement | undefined {
    for (let at = path; at; at = at.replace(/(\.[^.[]+|\[\d+\])$/, '') || '') {
      const field = fieldFor.get(at);
      if (field) return field;
      if (!/(\.[^.[]+|\[\d+\])$/.test(at)) break;
    }
    return undefined;
  }

  /** A field's name as a reader sees it: its label's own text, with the app's name for a card's field. */
  fieldName(field: FormField | HTMLLIElement): string {
    if (field instanceof HTMLLIElement) return `App “${field.dataset.name || 'unnamed'}”`;
    const label =
      field.closest('label')?.firstChild?.textContent?.trim() ||
      field.closest('label')?.textContent?.trim() ||
      field.name;
    const card = field.closest('li');
    return card ? `App “${card.dataset.name || 'unnamed'}”, ${label}` : label;
  }

  /**
   * Loads a content document to keep editing it: the fields it has replace the editor's, as they were written
   * (a bad value stays in its field, with the widget's message beside it), what the editor has no fields for is
   * kept as it is. Returns the widget's notes on the document, and its heading.
   */
  load(document: unknown): Loaded {
    const reading = readContent(document, defaultContent);
    if (!reading || !isObject(document)) return { notes: ['content: not a JSON object; nothing was loaded'] };
    const notes = [...reading.problems];
    const given = (key: string) => Object.hasOwn(document, key);
    this.textField('intro').value = given('intro') && typeof document.intro === 'string' ? document.intro : '';
    const apps = Array.isArray(document.apps) ? document.apps.slice(0, LIMITS.apps).filter(isObject) : [];
    if (apps.length) {
      const listed = apps.map((app): Card => {
        const loaded = pick(app, APP_KEYS);
        if (isObject(loaded.stat)) loaded.stat = pick(loaded.stat, ['value', 'label', 'over', 'asOf']);
        return { app: loaded, shown: true, addedId: false };
      });
      const hidden = defaultCards()
        .filter((card) => !apps.some((entry) => entry.id === card.app.id))
        .map((card) => ({ ...card, shown: false }));
      this.state.editor.cards = [...listed, ...hidden];
    } else {
      this.state.editor.cards = defaultCards();
    }
    this.renderApps();
    this.state.editor.kept = {};
    namedCheckbox(this.form, 'promo-campaign').checked = false;
    this.loadCopy(DEFAULT_PROMO_JSON);
    if (given('promo')) {
      const promos = [document.promo]
        .flat()
        .slice(0, LIMITS.promos)
        .filter(isObject)
        .map((promo) => pick(promo, PROMO_KEYS));
      const campaign = promos.find((promo) => promo.id === CAMPAIGN_ID);
      const evergreen = promos.find((promo) => promo.id !== CAMPAIGN_ID);
      if (campaign) this.loadCampaign(campaign);
      if (evergreen) this.loadCopy(evergreen);
      if (campaign) notes.push(...this.campaignLosses(campaign, evergreen ?? DEFAULT_PROMO_JSON));
      for (const promo of promos.filter((entry) => entry !== campaign && entry !== evergreen)) {
        const id = typeof promo.id === 'string' ? promo.id : '';
        notes.push(`promo "${id}": the builder edits one campaign and one promo; left out`);
      }
      if (!promos.length) notes.push('promo: none; the builder shows the default one (choose Promo: None to hide it)');
    }
    const rest: JsonObject = {};
    if (given('takeaways')) rest.takeaways = clone(document.takeaways);
    if (given('strings')) rest.strings = clone(document.strings);
    this.state.editor.kept.rest = rest;
    return { notes, heading: given('heading') && typeof document.heading === 'string' ? document.heading : undefined };
  }

  private loadCopy(promo: JsonObject) {
    const promoCopy = clone({ ...promo });
    for (const key of ['startsAt', 'endsAt', 'deadline', 'variants', 'frequency']) delete promoCopy[key];
    this.state.editor.kept.promoCopy = promoCopy;
    const set = (name: string, value: unknown) => (this.textField(name).value = typeof value === 'string' ? value : '');
    const cta = isObject(promo.cta) ? promo.cta : {};
    set('copy-eyebrow', promo.eyebrow);
    set('copy-title', promo.title);
    set('copy-body', promo.body);
    set('copy-cta-label', cta.label);
    set('copy-cta-href', cta.href);
  }

  /** What of an imported campaign the editor cannot keep: copy of its own, and variants beyond A and B. */
  private campaignLosses(campaign: JsonObject, copy: JsonObject): string[] {
    const losses: string[] = [];
    // The campaign is written with the promo's copy, so any difference, a field missing on either side too, is lost.
    const own = ['eyebrow', 'body', 'cta', 'secondary'].filter((key) => !same(campaign[key], copy[key]));
    if (own.length) losses.push(`promo "campaign": its ${own.join(', ')} become the promo's`);
    const variants: unknown[] = Array.isArray(campaign.variants) ? campaign.variants : [];
    const [a = {}, b = {}] = variants.map((variant) => (isObject(variant) ? variant : {}));
    const kept =
      !variants.length ||
      (variants.length === 2 &&
        a.id === 'a' &&
        b.id === 'b' &&
        typeof b.title === 'string' &&
        Object.keys(a).every((key) => ['id', 'weight'].includes(key)) &&
        Object.keys(b).every((key) => ['id', 'weight', 'title'].includes(key)));
    if (!kept) losses.push('promo "campaign": the builder keeps two variants, a and b, with a title for b only');
    return losses;
  }

  private loadCampaign(promo: JsonObject) {
    const set = (name: string, value: unknown) =>
      (this.textField(name).value =
        typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? String(value) : '');
    namedCheckbox(this.form, 'promo-campaign').checked = true;
    set('promo-title', promo.title);
    set('promo-starts', toLocalInput(promo.startsAt));
    set('promo-ends', toLocalInput(promo.endsAt));
    const deadline = isObject(promo.deadline) ? promo.deadline : {};
    set('promo-deadline', toLocalInput(deadline.at));
    set('promo-deadline-label', deadline.label);
    const variants: unknown[] = Array.isArray(promo.variants) ? promo.variants : [];
    const [a, b] = variants.map((variant) => (isObject(variant) ? variant : {}));
    set('promo-variant-title', b?.title);
    set('promo-weight-a', a?.weight ?? 1);
    set('promo-weight-b', b?.weight ?? 1);
    const frequency = isObject(promo.frequency) ? promo.frequency : {};
    for (const [name, key] of [
      ['promo-views', 'views'],
      ['promo-per-days', 'perDays'],
      ['promo-closed-days', 'closedDays'],
      ['promo-converted-days', 'convertedDays'],
    ] as const) {
      set(name, frequency[key]);
    }
  }

  /** Adds a card for an app of the marketer's own, opened for editing with its name field focused. */
  addApp(): void {
    const card: Card = { app: { id: 'app', name: '', summary: '' }, shown: true, addedId: true };
    this.cards.push(card);
    this.renderApps();
    const view = this.view(card);
    view.element.querySelector('details')!.open = true;
    view.inputs.name!.focus();
    this.changed();
  }

  /** Lists the cards. Called when cards are added, removed, moved or loaded; typing changes them in place. */
  private renderApps() {
    this.views.clear();
    this.appList.replaceChildren(...this.cards.map((card, index) => this.cardElement(card, index)));
  }

  private cardElement(card: Card, index: number): HTMLLIElement {
    const number = ++this.state.lastId;
    const element = document.createElement('li');
    const show = Object.assign(document.createElement('input'), { type: 'checkbox', id: `app-${number}` });
    show.checked = card.shown;
    show.value = String(card.app.id);
    show.addEventListener('input', (event) => {
      event.stopPropagation();
      card.shown = show.checked;
      this.changed();
    });
    const name = Object.assign(document.createElement('label'), { htmlFor: show.id });
    const row = Object.assign(document.createElement('div'), { className: 'app-row' });
    const button = (text: string, action: () => void) => {
      const control = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
      control.addEventListener('click', action);
      return control;
    };
    const move = (delta: number) => () => {
      this.cards.splice(index + delta, 0, ...this.cards.splice(index, 1));
      this.renderApps();
      const moved = this.view(card).element;
      const again = moved.querySelector<HTMLButtonElement>(`button[data-move="${delta}"]`);
      (again?.disabled ? moved.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)') : again)?.focus();
      this.changed();
    };
    const up = button('↑', move(-1));
    up.dataset.move = '-1';
    up.disabled = index === 0;
    const down = button('↓', move(1));
    down.dataset.move = '1';
    down.disabled = index === this.cards.length - 1;
    row.append(show, name, up, down);
    let remove: HTMLButtonElement | undefined;
    if (card.addedId || !isBuiltIn(card.app.id)) {
      remove = button('Remove', () => {
        this.cards.splice(index, 1);
        this.renderApps();
        (
          this.appList.children[Math.min(index, this.cards.length - 1)]?.querySelector('input') ??
          this.form.querySelector<HTMLElement>('#add-app')
        )?.focus();
        this.changed();
      });
      row.append(remove);
    }
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    const fields = Object.assign(document.createElement('div'), { className: 'fields' });
    const inputs: CardView['inputs'] = {};
    for (const spec of APP_FIELDS) {
      const label = document.createElement('label');
      const input = spec.multiline
        ? Object.assign(document.createElement('textarea'), { rows: 2 })
        : Object.assign(document.createElement('input'), { type: spec.type ?? 'text' });
      if (spec.type === 'number') Object.assign(input, { min: '0', step: 'any' });
      input.value = spec.get(card.app);
      input.dataset.appField = spec.key;
      input.addEventListener('input', (event) => {
        // The app object changes here and the builder is told once, by the editor's change event (the input event
        // stops here, so the form's own listener does not rebuild a second time).
        spec.set(card.app, spec.type === 'number' || spec.key === 'name' ? input.value : input.value.trim());
        if (spec.key === 'name') this.labelCard(card);
        event.stopPropagation();
        this.changed();
      });
      label.append(document.createTextNode(spec.label), input);
      fields.append(label);
      inputs[spec.key] = input;
    }
    details.append(summary, fields);
    element.append(row, details);
    this.views.set(card, { element, inputs, labels: { name, summary, up, down, remove } });
    this.labelCard(card);
    return element;
  }

  /** Names a card's controls after its app, so each has a name of its own for a screen reader. */
  private labelCard(card: Card) {
    const { element, labels } = this.view(card);
    const name = shown(card.app.name).trim() || 'New app';
    element.dataset.name = name;
    labels.name.textContent = name;
    labels.summary.textContent = `Edit ${name}`;
    labels.up.setAttribute('aria-label', `Move ${name} up`);
    labels.down.setAttribute('aria-label', `Move ${name} down`);
    labels.remove?.setAttribute('aria-label', `Remove ${name}`);
  }
}
