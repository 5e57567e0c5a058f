// The options form as state: what the marketer chose, read into the attributes a snippet writes (defaults left
// out), the review settings that only the preview takes, and the fields a shared link may set. The reading is
// pure (it takes anything with FormData's get and has), so tests/node/ checks it without a browser.
import { withOffset } from './local-time.js';
import type { OptionField } from './option-fields.js';
import type { OptionValue } from './share-link.js';
import type { Attributes } from './snippets.js';

/** What the form's values are read from: FormData in the builder, URLSearchParams in a test. */
export interface FormValues {
  get(name: string): unknown;
  has(name: string): boolean;
}

/** The form as the snippet and the preview take it. */
export interface OptionsRead {
  /** The attributes the snippet writes, in order, defaults left out (`apps` as the content editor gives it). */
  attributes: Attributes;
  /** What a reviewer asks to see in the preview, never written into the snippet. */
  review: { variant: string; 'preview-at': string | undefined };
  /** The content file's address, for the forms that name one. */
  src: string;
}

const text = (values: FormValues, name: string) => {
  const value = values.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/**
 * Reads the option `fields` (option-fields.ts) from `values`, in their order; `apps` is the content editor's `apps`
 * attribute ('' for the default cards).
 */
export function readOptions(values: FormValues, apps: string, fields: readonly OptionField[]): OptionsRead {
  const attributes: Attributes = { apps };
  for (const field of fields) {
    if (field.kind === 'flag') attributes[field.name] = values.has(field.name);
    else
      attributes[field.name] =
        field.kind === 'choice' && text(values, field.name) === field.default ? '' : text(values, field.name);
  }
  return {
    attributes,
    review: { variant: text(values, 'review-variant'), 'preview-at': withOffset(text(values, 'review-at')) },
    src: text(values, 'src'),
  };
}

/** Whether `value` is an https or http address, absolute or relative to the partner's page. */
export function isWebAddress(value: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(value, 'https://partner.example/page/').protocol);
  } catch {
    return false;
  }
}

// ---- The form's fields ----------------------------------------------------------------------------------------

/** A control of the form that holds a value. */
export type FormField = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isFormField = (element: Element | RadioNodeList | null): element is FormField =>
  element instanceof Element && ['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName);

/** The field named `name`; the page not having it is the builder's own mistake, said at once. */
export function namedField(form: HTMLFormElement, name: string): FormField {
  const field = form.elements.namedItem(name);
  if (!isFormField(field)) throw new Error(`builder.html has no field named ${name}`);
  return field;
}

/** The checkbox named `name`. */
export function namedCheckbox(form: HTMLFormElement, name: string): HTMLInputElement {
  const field = namedField(form, name);
  if (!(field instanceof HTMLInputElement) || field.type !== 'checkbox') throw new Error(`${name} is not a checkbox`);
  return field;
}

/**
 * The form's own fields a link sets as options: every named control but the file input and the content's fields
 * (the intro, the promo's copy, the campaign), which travel as content.
 */
export function shareableFields(form: HTMLFormElement): FormField[] {
  return [...form.elements].filter(
    (field): field is FormField =>
      isFormField(field) && !!field.name && field.type !== 'file' && !/^(intro|copy-|promo-)/.test(field.name),
  );
}

const isCheckbox = (field: FormField): field is HTMLInputElement =>
  field instanceof HTMLInputElement && field.type === 'checkbox';

export function fieldValue(field: FormField): OptionValue {
  return isCheckbox(field) ? field.checked : field.value;
}

/** What `field` holds when nobody has changed it. */
export function fieldDefault(field: FormField): OptionValue {
  if (isCheckbox(field)) return field.defaultChecked;
  if (field instanceof HTMLSelectElement) {
    return ([...field.options].find((option) => option.defaultSelected) ?? field.options[0])?.value ?? '';
  }
  return field.defaultValue;
}

/** Sets `field` to `value`, which fieldAccepts took. */
export function setFieldValue(field: FormField, value: OptionValue): void {
  if (isCheckbox(field)) field.checked = value === true;
  else field.value = String(value);
}

/** Whether `value` is one `field` can take, as a person could have entered it. */
export function fieldAccepts(field: FormField, value: OptionValue): boolean {
  if (isCheckbox(field)) return typeof value === 'boolean';
  if (typeof value !== 'string') return false;
  if (field instanceof HTMLSelectElement) return [...field.options].some((option) => option.value === value);
  if (field.type === 'number') return value === '' || Number.isFinite(Number(value));
  if (field.type === 'datetime-local') return value === '' || /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(value);
  // Control characters: what no one types into a text field.
  // eslint-disable-next-line no-control-regex -- matching control characters is this check's purpose.
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value);
}
