// The builder's option fields, derived from `<python-showcase>`'s attribute tables (src/elements/**/*.attributes.ts):
// which options exist, a select for a choice (its values and default from the table), a checkbox for a flag, a
// text field for text. The builder only adds its words for them (labels, each value's name) and the order the
// snippet writes them in. An attribute the tables gain gets a field of its own with its name and values as they
// are, so none is forgotten; tests/node/builder-forms.test.mjs fails until it has words here too.
import { defaultContent } from '../../src/content/default-content.js';
import type { AttributeSpec, AttributeTable } from '../../src/elements/attribute-table.js';
import { SHOWCASE_ATTRIBUTES } from '../../src/elements/python-showcase/python-showcase.attributes.js';
import { SHARED_ATTRIBUTES } from '../../src/elements/showcase-element.attributes.js';

/** Every attribute of `<python-showcase>`: its own and those it shares with the cards and promo. */
export const SHOWCASE_TABLE: AttributeTable = { ...SHOWCASE_ATTRIBUTES, ...SHARED_ATTRIBUTES };

/** The attributes the builder sets with something else than an option field, by the name of that control. */
export const SET_ELSEWHERE: Readonly<Record<string, { control: string; why: string }>> = {
  apps: { control: '#apps', why: 'the app cards: which are shown, in what order' },
  src: { control: 'src', why: 'the content file’s address, written by the forms that cannot carry content' },
  variant: { control: 'review-variant', why: 'a review setting: the preview shows it, the snippet never' },
  'preview-at': { control: 'review-at', why: 'a review setting: the preview shows it, the snippet never' },
};

/** An option field: a select (a choice, or a heading level), a text field, or a checkbox (a flag). */
export type OptionField =
  | { name: string; kind: 'choice'; values: readonly string[]; default: string }
  | { name: string; kind: 'text' }
  | { name: string; kind: 'flag' };

/** The builder's words for an option: its label, and for a choice each value's name, in the order offered. */
interface OptionCopy {
  label: string;
  values?: Readonly<Record<string, string>>;
  placeholder?: string;
  /** A partner's or campaign's name is not something to remember across sites. */
  autocomplete?: 'off';
}

/** The options the builder has words for, in the order the snippet writes them. */
export const OPTION_COPY: Readonly<Record<string, OptionCopy>> = {
  layout: { label: 'Layout', values: { grid: 'Grid', list: 'List', carousel: 'Carousel' } },
  theme: { label: 'Theme', values: { auto: 'Follow the system', light: 'Light', dark: 'Dark' } },
  promo: { label: 'Promo', values: { bottom: 'Below the cards', top: 'Above the cards', none: 'None' } },
  loading: {
    label: 'Render',
    values: { eager: 'At once', lazy: 'When scrolled near (far down a long page)' },
  },
  'heading-level': { label: 'Heading level' },
  heading: { label: 'Heading', placeholder: defaultContent.heading },
  takeaways: { label: 'Show the key takeaways' },
  dismissible: { label: 'Let visitors close the promo' },
  datalayer: { label: 'Push events to Google Tag Manager’s dataLayer' },
  analytics: {
    label: 'Send to the page’s analytics',
    values: {
      none: 'No',
      auto: 'Each tool the page has',
      ga4: 'Google Analytics 4',
      plausible: 'Plausible',
      umami: 'Umami',
      matomo: 'Matomo',
    },
  },
  partner: { label: 'Partner (utm_source)', autocomplete: 'off' },
  campaign: { label: 'Campaign (utm_campaign)', autocomplete: 'off' },
  storage: {
    label: 'Remember on the visitor’s device',
    values: {
      local: 'Views, closing and the variant (localStorage)',
      consent: 'The same, once the site’s consent tool allows it',
      none: 'Nothing (switch to localStorage on consent yourself)',
    },
  },
};

/** The heading levels a `level` attribute takes. */
const LEVELS = ['1', '2', '3', '4', '5', '6'];

function fieldFor(name: string, spec: AttributeSpec, headingLevel: number): OptionField {
  switch (spec.kind) {
    case 'choice': {
      // Offered in the builder's order, then any value the table has and the builder has no name for.
      const named = Object.keys(OPTION_COPY[name]?.values ?? {}).filter((value) => spec.values.includes(value));
      return { name, kind: 'choice', values: [...new Set([...named, ...spec.values])], default: spec.default };
    }
    case 'level':
      return { name, kind: 'choice', values: LEVELS, default: String(headingLevel) };
    case 'text':
    case 'flag':
      return { name, kind: spec.kind };
  }
}

/**
 * The option fields, in the snippet's order (the builder's, then any attribute it has no words for, in the
 * tables' order). `headingLevel` is the level `<python-showcase>` falls back to, which its table leaves to the
 * element: a snippet leaves out the level the widget takes anyway.
 */
export function optionFields(headingLevel: number): OptionField[] {
  const names = Object.keys(SHOWCASE_TABLE).filter((name) => !Object.hasOwn(SET_ELSEWHERE, name));
  const known = Object.keys(OPTION_COPY).filter((name) => names.includes(name));
  return [...new Set([...known, ...names])].map((name) => fieldFor(name, SHOWCASE_TABLE[name]!, headingLevel));
}

/** The field's label and, for a choice, each value's name; an option the builder has no words for uses its own. */
export function optionCopy(field: OptionField): { label: string; valueName: (value: string) => string } {
  const copy = OPTION_COPY[field.name];
  return { label: copy?.label ?? field.name, valueName: (value) => copy?.values?.[value] ?? value };
}

/**
 * The option fields as controls in `container`: selects and text fields first, in the snippet's order, then the
 * checkboxes. Each takes its default, which is also what the form goes back to (a shared link writes only what
 * differs from it).
 */
export function renderOptionFields(container: HTMLElement, fields: readonly OptionField[]): void {
  const controls = fields.map((field) => {
    const { label: text, valueName } = optionCopy(field);
    const label = document.createElement('label');
    if (field.kind === 'flag') {
      label.className = 'check';
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: field.name });
      label.append(box, ` ${text}`);
      return label;
    }
    if (field.kind === 'choice') {
      const select = Object.assign(document.createElement('select'), { name: field.name });
      select.append(
        ...field.values.map((value) => {
          const option = new Option(valueName(value), value);
          option.defaultSelected = value === field.default;
          return option;
        }),
      );
      label.append(`${text} `, select);
      return label;
    }
    const copy = OPTION_COPY[field.name];
    const input = Object.assign(document.createElement('input'), { type: 'text', name: field.name });
    if (copy?.placeholder) input.placeholder = copy.placeholder;
    if (copy?.autocomplete) input.autocomplete = copy.autocomplete;
    label.append(`${text} `, input);
    return label;
  });
  const flagsLast = (field: OptionField) => (field.kind === 'flag' ? 1 : 0);
  const order = fields.map((_field, index) => index).sort((a, b) => flagsLast(fields[a]!) - flagsLast(fields[b]!));
  container.replaceChildren(...order.map((index) => controls[index]!));
}
