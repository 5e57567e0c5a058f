// The builder's content editor: the intro, the app cards (show, reorder, edit, add, remove), the promo's copy and
// a campaign promo. It turns what the marketer typed into a content document, checks it with the widget's own
// reader (src/content/read-content.ts) as they type, names each problem at its field, and loads a document back
// (an imported content.json, or the content of a shared link) to keep editing it.
import { defaultContent } from '../../src/index.ts';
import { LIMITS, readContent } from '../../src/content/read-content.ts';

const DEFAULT_APPS = defaultContent.apps;
/** Whether `id` is one of the built-in apps' (they can be hidden, not removed). */
const isBuiltIn = (id) => DEFAULT_APPS.some((app) => app.id === id);
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const DEFAULT_PROMO = defaultContent.promo;
/** The campaign promo's id: its visitors' memory (views, closed, variant) is kept apart from the default promo's. */
const CAMPAIGN_ID = 'campaign';

/** A loaded value as a field shows it: text and numbers as they are, anything else as an empty field. */
const shown = (value) => (typeof value === 'string' ? value : Number.isFinite(value) ? String(value) : '');
const statOf = (app) => (isObject(app.stat) ? app.stat : {});

/** The fields of an app card the editor offers, each read from and written to the app object. */
const APP_FIELDS = [
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

function setOptional(object, key, value) {
  if (value === '') delete object[key];
  else object[key] = value;
}

function setStat(app, key, value) {
  const stat = { ...statOf(app) };
  if (value === undefined) delete stat[key];
  else stat[key] = value;
  if (Object.keys(stat).length) app.stat = stat;
  else delete app.stat;
}

const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
/** JSON with every object's keys sorted, so that two documents that say the same thing compare equal. */
const canonical = (value) =>
  JSON.stringify(value, (key, inner) =>
    isObject(inner)
      ? Object.fromEntries(
          Object.keys(inner)
            .sort()
            .map((name) => [name, inner[name]]),
        )
      : inner,
  );
const same = (a, b) => canonical(a) === canonical(b);

/** The keys of `object` the content model knows for `keys`, values as given: what the editor loads. */
function pick(object, keys) {
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
function idFromName(name, taken) {
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

/** A datetime-local value (the marketer's own time) as ISO 8601 with the marketer's offset, or undefined. */
export function withOffset(value) {
  if (!value) return undefined;
  const date = new Date(value);
  if (isNaN(date.getTime())) return undefined;
  const offset = -date.getTimezoneOffset();
  const pad = (n) => String(Math.abs(n)).padStart(2, '0');
  return `${value.length === 16 ? `${value}:00` : value}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** An ISO 8601 time as a datetime-local value in the marketer's own time; '' when it is not one. */
function toLocalInput(iso) {
  const date = new Date(typeof iso === 'string' ? iso : NaN);
  if (isNaN(date.getTime())) return '';
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The built-in cards as they come. A card is the app object as it will be written, whether it is shown, and
 * whether it was added here (its id is then made from its name when the content is written).
 */
const defaultCards = () => DEFAULT_APPS.map((app) => ({ app: clone(app), shown: true, addedId: false }));

export class ContentEditor {
  /**
   * @param {HTMLFormElement} form the builder's options, holding the intro, promo copy and campaign fields
   * @param {HTMLOListElement} appList where the app cards are listed
   * @param {() => void} onChange called after every change a marketer makes
   */
  constructor(form, appList, onChange) {
    this.form = form;
    this.appList = appList;
    this.onChange = onChange;
    /** The cards in order (see defaultCards). */
    this.items = defaultCards();
    /** What an imported document held that the editor has no fields for (takeaways, strings), kept as it was. */
    this.kept = {};
    this.itemNumber = 0;
    for (const [name, value] of Object.entries({
      'copy-eyebrow': DEFAULT_PROMO.eyebrow,
      'copy-title': DEFAULT_PROMO.title,
      'copy-body': DEFAULT_PROMO.body,
      'copy-cta-label': DEFAULT_PROMO.cta.label,
      'copy-cta-href': DEFAULT_PROMO.cta.href,
    })) {
      const field = form.elements.namedItem(name);
      field.defaultValue = value;
      field.value = value;
    }
    this.renderApps();
  }

  field(name) {
    return this.form.elements.namedItem(name);
  }

  /** The `apps` attribute for shown built-in cards as they come; '' when the content lists the apps instead. */
  appsAttribute() {
    if (this.appsEdited()) return '';
    const ids = this.items.filter((item) => item.shown).map((item) => item.app.id);
    return ids.join(',') === DEFAULT_APPS.map((app) => app.id).join(',') ? '' : ids.join(',');
  }

  /** Whether the cards differ from the built-in ones by more than which are shown and in what order. */
  appsEdited() {
    return this.items.some(
      (item) =>
        !same(
          item.app,
          DEFAULT_APPS.find((app) => app.id === item.app.id),
        ),
    );
  }

  /** Shows or hides a built-in card, and orders them, as an `apps` attribute asks. */
  applyAppsAttribute(value) {
    const ids = String(value)
      .split(',')
      .map((id) => id.trim().toLowerCase())
      .filter(Boolean);
    const known = ids.filter((id) => this.items.some((item) => item.app.id === id));
    if (!known.length) return ids.length ? [`apps: none of "${value}" is an app here; ignored`] : [];
    this.items.sort((a, b) => {
      const rank = (item) => (known.includes(item.app.id) ? known.indexOf(item.app.id) : known.length);
      return rank(a) - rank(b);
    });
    for (const item of this.items) item.shown = known.includes(item.app.id);
    this.renderApps();
    const unknown = ids.filter((id) => !known.includes(id));
    return unknown.length ? [`apps: ${unknown.join(', ')} not an app here; ignored`] : [];
  }

  /**
   * The content document the fields describe, or undefined when it is the default content; with `fieldFor`,
   * which maps a reader's field path (`apps[2].url`) to the field where it was typed.
   */
  build() {
    const fieldFor = new Map();
    const content = {};
    const text = (name) => this.field(name).value.trim();
    const intro = this.field('intro');
    if (intro.value.trim()) {
      content.intro = intro.value.trim();
      fieldFor.set('intro', intro);
    }
    if (this.appsEdited()) {
      const taken = new Set(this.items.filter((item) => !item.addedId).map((item) => item.app.id));
      content.apps = [];
      for (const item of this.items.filter((entry) => entry.shown)) {
        const app = clone(item.app);
        if (item.addedId) {
          app.id = idFromName(shown(app.name), taken);
          taken.add(app.id);
        }
        const path = `apps[${content.apps.length}]`;
        fieldFor.set(path, item.element);
        for (const field of APP_FIELDS) fieldFor.set(`${path}.${field.key}`, item.inputs[field.key]);
        fieldFor.set(`${path}.stat`, item.inputs['stat.value']);
        content.apps.push(app);
      }
    }
    const copy = { ...clone(this.kept.promoCopy ?? DEFAULT_PROMO) };
    for (const [key, name] of [
      ['eyebrow', 'copy-eyebrow'],
      ['title', 'copy-title'],
      ['body', 'copy-body'],
    ]) {
      if (text(name)) copy[key] = text(name);
      else delete copy[key];
    }
    copy.cta = { label: text('copy-cta-label'), href: text('copy-cta-href') };
    const promos = [];
    const data = new FormData(this.form);
    if (data.has('promo-campaign')) {
      const campaign = this.campaign(copy);
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
        fieldFor.set(path ? `${at}.${path}` : at, this.field(name));
      }
      promos.push(campaign);
    }
    const at = data.has('promo-campaign') ? `promo[${promos.length}]` : 'promo';
    for (const [path, name] of Object.entries({
      '': 'copy-title',
      eyebrow: 'copy-eyebrow',
      title: 'copy-title',
      body: 'copy-body',
      cta: 'copy-cta-href',
      'cta.label': 'copy-cta-label',
      'cta.href': 'copy-cta-href',
    })) {
      fieldFor.set(path ? `${at}.${path}` : at, this.field(name));
    }
    promos.push(copy);
    if (promos.length > 1) content.promo = promos;
    else if (!same(copy, DEFAULT_PROMO)) content.promo = copy;
    Object.assign(content, clone(this.kept.rest));
    return { content: Object.keys(content).length ? content : undefined, fieldFor };
  }

  /** The campaign promo the campaign fields describe, with the promo copy's other fields. */
  campaign(copy) {
    const data = new FormData(this.form);
    const number = (name) => (data.get(name) === '' ? undefined : Number(data.get(name)));
    const promo = {
      ...copy,
      id: CAMPAIGN_ID,
      title: data.get('promo-title').trim(),
      startsAt: withOffset(data.get('promo-starts')),
      endsAt: withOffset(data.get('promo-ends')),
    };
    const deadline = withOffset(data.get('promo-deadline'));
    if (deadline) promo.deadline = { at: deadline, label: data.get('promo-deadline-label').trim() };
    const variantTitle = data.get('promo-variant-title').trim();
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
    if (Object.values(frequency).some((value) => value !== undefined)) promo.frequency = frequency;
    // Through JSON, as the content will be: fields left undefined drop out.
    return clone(promo);
  }

  /**
   * The content's problems by the widget's own rules, each shown at its field (named by its label) and returned
   * as lines for the summary.
   */
  check(content, fieldFor) {
    for (const message of this.form.querySelectorAll('.problem')) message.remove();
    for (const field of this.form.querySelectorAll('[aria-invalid], [aria-describedby^="problem-"]')) {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
    }
    if (!content) return [];
    const problems = readContent(clone(content), defaultContent)?.problems ?? ['content: not an object'];
    return problems
      .map((problem) => {
        const [path, ...rest] = problem.split(': ');
        const what = rest.join(': ');
        const field = this.closestField(path, fieldFor);
        if (!field) return problem;
        const name = this.fieldName(field);
        // Beside the field, outside its label (so the field's name stays its label), and tied to it as its description.
        const card = field.matches('li') ? field : null;
        const after = card ? card.querySelector('.app-row') : (field.closest('label') ?? field);
        if (!after.nextElementSibling?.matches('.problem')) {
          const message = Object.assign(document.createElement('p'), { className: 'problem', textContent: what });
          message.id = `problem-${++this.itemNumber}`;
          after.after(message);
          // A whole card's problem describes its checkbox, the card's first control.
          const described = card ? card.querySelector('input[type="checkbox"]') : field;
          if (!card) field.setAttribute('aria-invalid', 'true');
          described.setAttribute('aria-describedby', message.id);
        }
        return `${name}: ${what}`;
      })
      .filter((line, index, lines) => lines.indexOf(line) === index);
  }

  /** The field a reader's path points at, or the nearest enclosing one (`apps[2].stat.value` → the figure). */
  closestField(path, fieldFor) {
    for (let at = path; at; at = at.replace(/(\.[^.[]+|\[\d+\])$/, '') || '') {
      if (fieldFor.has(at)) return fieldFor.get(at);
      if (!/(\.[^.[]+|\[\d+\])$/.test(at)) break;
    }
    return undefined;
  }

  /** A field's name as a reader sees it: its label's own text, with the app's name for a card's field. */
  fieldName(field) {
    if (field.matches('li')) return `App “${field.dataset.name || 'unnamed'}”`;
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
  load(document) {
    const reading = readContent(document, defaultContent);
    if (!reading) return { notes: ['content: not a JSON object; nothing was loaded'] };
    const notes = [...reading.problems];
    const given = (key) => Object.hasOwn(document, key);
    const text = (value) => (typeof value === 'string' ? value : '');
    this.field('intro').value = given('intro') ? text(document.intro) : '';
    const apps = Array.isArray(document.apps) ? document.apps.slice(0, LIMITS.apps).filter(isObject) : [];
    if (apps.length) {
      const listed = apps.map((app) => {
        const loaded = pick(app, APP_KEYS);
        if (isObject(loaded.stat)) loaded.stat = pick(loaded.stat, ['value', 'label', 'over', 'asOf']);
        return { app: loaded, shown: true, addedId: false };
      });
      const hidden = defaultCards()
        .filter((card) => !apps.some((entry) => entry.id === card.app.id))
        .map((card) => ({ ...card, shown: false }));
      this.items = [...listed, ...hidden];
    } else {
      this.items = defaultCards();
    }
    this.renderApps();
    this.kept = {};
    this.field('promo-campaign').checked = false;
    this.loadCopy(DEFAULT_PROMO);
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
      if (campaign) notes.push(...this.campaignLosses(campaign, evergreen ?? DEFAULT_PROMO));
      for (const promo of promos.filter((entry) => entry !== campaign && entry !== evergreen)) {
        notes.push(`promo "${text(promo.id)}": the builder edits one campaign and one promo; left out`);
      }
      if (!promos.length) notes.push('promo: none; the builder shows the default one (choose Promo: None to hide it)');
    }
    const rest = {};
    if (given('takeaways')) rest.takeaways = clone(document.takeaways);
    if (given('strings')) rest.strings = clone(document.strings);
    this.kept.rest = rest;
    return { notes, heading: given('heading') && typeof document.heading === 'string' ? document.heading : undefined };
  }

  loadCopy(promo) {
    this.kept.promoCopy = clone({ ...promo });
    for (const key of ['startsAt', 'endsAt', 'deadline', 'variants', 'frequency']) delete this.kept.promoCopy[key];
    const set = (name, value) => (this.field(name).value = typeof value === 'string' ? value : '');
    set('copy-eyebrow', promo.eyebrow);
    set('copy-title', promo.title);
    set('copy-body', promo.body);
    set('copy-cta-label', promo.cta?.label);
    set('copy-cta-href', promo.cta?.href);
  }

  /** What of an imported campaign the editor cannot keep: copy of its own, and variants beyond A and B. */
  campaignLosses(campaign, copy) {
    const losses = [];
    // The campaign is written with the promo's copy, so any difference, a field missing on either side too, is lost.
    const own = ['eyebrow', 'body', 'cta', 'secondary'].filter((key) => !same(campaign[key], copy[key]));
    if (own.length) losses.push(`promo "campaign": its ${own.join(', ')} become the promo's`);
    const variants = Array.isArray(campaign.variants) ? campaign.variants : [];
    const [a, b] = variants.map((variant) => (isObject(variant) ? variant : {}));
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

  loadCampaign(promo) {
    const set = (name, value) =>
      (this.field(name).value = typeof value === 'string' || Number.isFinite(value) ? String(value) : '');
    this.field('promo-campaign').checked = true;
    set('promo-title', promo.title);
    set('promo-starts', toLocalInput(promo.startsAt));
    set('promo-ends', toLocalInput(promo.endsAt));
    const deadline = isObject(promo.deadline) ? promo.deadline : {};
    set('promo-deadline', toLocalInput(deadline.at));
    set('promo-deadline-label', deadline.label);
    const [a, b] = (Array.isArray(promo.variants) ? promo.variants : []).map((v) => (isObject(v) ? v : {}));
    set('promo-variant-title', b?.title);
    set('promo-weight-a', a?.weight ?? 1);
    set('promo-weight-b', b?.weight ?? 1);
    for (const [name, key] of [
      ['promo-views', 'views'],
      ['promo-per-days', 'perDays'],
      ['promo-closed-days', 'closedDays'],
      ['promo-converted-days', 'convertedDays'],
    ]) {
      set(name, isObject(promo.frequency) ? promo.frequency[key] : undefined);
    }
  }

  /** Adds a card for an app of the marketer's own, opened for editing with its name field focused. */
  addApp() {
    const item = { app: { id: 'app', name: '', summary: '' }, shown: true, addedId: true };
    this.items.push(item);
    this.renderApps();
    item.element.querySelector('details').open = true;
    item.inputs.name.focus();
    this.onChange();
  }

  /** Lists the cards. Called when cards are added, removed, moved or loaded; typing changes them in place. */
  renderApps() {
    this.appList.replaceChildren(...this.items.map((item, index) => this.card(item, index)));
  }

  card(item, index) {
    const number = ++this.itemNumber;
    const element = document.createElement('li');
    item.element = element;
    item.inputs = {};
    const show = Object.assign(document.createElement('input'), { type: 'checkbox', id: `app-${number}` });
    show.checked = item.shown;
    show.value = item.app.id;
    show.addEventListener('input', (event) => {
      event.stopPropagation();
      item.shown = show.checked;
      this.onChange();
    });
    const name = Object.assign(document.createElement('label'), { htmlFor: show.id });
    const row = Object.assign(document.createElement('div'), { className: 'app-row' });
    const button = (text, action) => {
      const control = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
      control.addEventListener('click', action);
      return control;
    };
    const move = (delta) => () => {
      this.items.splice(index + delta, 0, this.items.splice(index, 1)[0]);
      this.renderApps();
      const again = item.element.querySelector(`button[data-move="${delta}"]`);
      (again?.disabled ? item.element.querySelector('button[data-move]:not(:disabled)') : again)?.focus();
      this.onChange();
    };
    const up = button('↑', move(-1));
    up.dataset.move = '-1';
    up.disabled = index === 0;
    const down = button('↓', move(1));
    down.dataset.move = '1';
    down.disabled = index === this.items.length - 1;
    row.append(show, name, up, down);
    let remove;
    if (item.addedId || !isBuiltIn(item.app.id)) {
      remove = button('Remove', () => {
        this.items.splice(index, 1);
        this.renderApps();
        (
          this.appList.children[Math.min(index, this.items.length - 1)]?.querySelector('input') ??
          this.form.querySelector('#add-app')
        ).focus();
        this.onChange();
      });
      row.append(remove);
    }
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    const fields = Object.assign(document.createElement('div'), { className: 'fields' });
    for (const spec of APP_FIELDS) {
      const label = document.createElement('label');
      const input = document.createElement(spec.multiline ? 'textarea' : 'input');
      if (!spec.multiline) input.type = spec.type ?? 'text';
      if (spec.type === 'number') Object.assign(input, { min: '0', step: 'any' });
      if (spec.multiline) input.rows = 2;
      input.value = spec.get(item.app);
      input.dataset.appField = spec.key;
      input.addEventListener('input', (event) => {
        // The app object changes here and the builder is told once, through onChange (the event stops here, so
        // the form's own listener does not rebuild a second time).
        spec.set(item.app, spec.type === 'number' || spec.key === 'name' ? input.value : input.value.trim());
        if (spec.key === 'name') this.labelCard(item);
        event.stopPropagation();
        this.onChange();
      });
      label.append(document.createTextNode(spec.label), input);
      fields.append(label);
      item.inputs[spec.key] = input;
    }
    details.append(summary, fields);
    element.append(row, details);
    item.labels = { name, summary, up, down, remove };
    this.labelCard(item);
    return element;
  }

  /** Names a card's controls after its app, so each has a name of its own for a screen reader. */
  labelCard(item) {
    const name = shown(item.app.name).trim() || 'New app';
    item.element.dataset.name = name;
    item.labels.name.textContent = name;
    item.labels.summary.textContent = `Edit ${name}`;
    item.labels.up.setAttribute('aria-label', `Move ${name} up`);
    item.labels.down.setAttribute('aria-label', `Move ${name} down`);
    item.labels.remove?.setAttribute('aria-label', `Remove ${name}`);
  }
}
