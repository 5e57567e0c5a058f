import { render, type TemplateResult, nothing } from 'lit/html.js';

/**
 * The reactive base of the three elements: declared properties with attributes, batched rendering with
 * lit-html, and adopted style sheets. It is the part of LitElement this widget uses, with the same names
 * (`properties`, `styles`, `willUpdate`, `render`, `updated`, `updateComplete`, `renderRoot`), written for the
 * drop-in script's size budget: LitElement and ReactiveElement add about 2.7 KB gzip to lit-html, this 0.6 KB.
 */

export interface PropertyDeclaration {
  /** The attribute's name, or `false` for a property without one; by default the property's name. */
  attribute?: string | false;
  /** How the attribute is read: text (the default), a number, or present-means-true. */
  type?: typeof String | typeof Number | typeof Boolean;
}
export type PropertyDeclarations = Record<string, PropertyDeclaration>;
export type PropertyValues = Map<PropertyKey, unknown>;

/** A style sheet from CSS text; written as a tagged template so the build minifies it. */
export function css(strings: TemplateStringsArray, ...values: string[]): string {
  return strings.reduce((text, part, i) => text + values[i - 1] + part);
}

/** One constructed style sheet per CSS text, shared by every element that uses it. */
const sheets = new Map<string, CSSStyleSheet>();

function sheetFor(text: string): CSSStyleSheet {
  let sheet = sheets.get(text);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.set(text, sheet);
  }
  return sheet;
}

interface Finalized {
  /** Attribute name to property name and type. */
  attributes: Map<string, [string, PropertyDeclaration['type']]>;
  names: string[];
}
const finalized = new WeakMap<Function, Finalized>();

/** A numeric attribute as a number, or as its text when it is not one (so a warning can quote it). */
const numberOrText = (value: string) => (value.trim() && !isNaN(+value) ? +value : value);

export class WidgetElement extends HTMLElement {
  static properties: PropertyDeclarations = {};
  static styles: string[] = [];

  /** Collects the declared properties of the class and its ancestors, and defines their accessors. */
  static finalize(): Finalized {
    let info = finalized.get(this);
    if (info) return info;
    const parent = Object.getPrototypeOf(this) as typeof WidgetElement;
    const inherited = parent.finalize ? parent.finalize() : { attributes: new Map(), names: [] };
    info = { attributes: new Map(inherited.attributes), names: [...inherited.names] };
    if (Object.hasOwn(this, 'properties')) {
      for (const [name, options] of Object.entries(this.properties)) {
        const attribute = options.attribute ?? name.toLowerCase();
        if (attribute) info.attributes.set(attribute, [name, options.type]);
        info.names.push(name);
        Object.defineProperty(this.prototype, name, {
          get(this: WidgetElement) {
            return this.#values.get(name);
          },
          set(this: WidgetElement, value: unknown) {
            const old = this.#values.get(name);
            if (value !== old) {
              this.#values.set(name, value);
              this.requestUpdate(name, old);
            }
          },
          configurable: true,
        });
      }
    }
    finalized.set(this, info);
    return info;
  }

  static get observedAttributes(): string[] {
    return [...this.finalize().attributes.keys()];
  }

  /** @internal The shadow root the element renders into. */
  renderRoot?: ShadowRoot;
  /** @internal Whether the element has rendered once. */
  hasUpdated = false;
  /** Resolves once the pending render is done (after a property change, await it before reading the shadow DOM). */
  updateComplete: Promise<boolean> = Promise.resolve(true);

  #values = new Map<string, unknown>();
  #changed: PropertyValues = new Map();
  #scheduled = false;
  #connected = false;
  /** Properties set on the element before it was upgraded, which shadow the accessors until moved to them. */
  #early = new Map<string, unknown>();

  constructor() {
    super();
    for (const name of (this.constructor as typeof WidgetElement).finalize().names) {
      if (Object.hasOwn(this, name)) {
        this.#early.set(name, (this as Record<string, unknown>)[name]);
        delete (this as Record<string, unknown>)[name];
      }
    }
  }

  connectedCallback(): void {
    if (!this.renderRoot) {
      this.renderRoot = this.attachShadow({ mode: 'open' });
      this.renderRoot.adoptedStyleSheets = (this.constructor as typeof WidgetElement).styles.map(sheetFor);
      this.#early.forEach((value, name) => ((this as Record<string, unknown>)[name] = value));
    }
    this.#connected = true;
    this.requestUpdate();
  }

  disconnectedCallback(): void {}

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const [name, type] = (this.constructor as typeof WidgetElement).finalize().attributes.get(attribute)!;
    (this as Record<string, unknown>)[name] =
      type === Boolean ? value !== null : value === null ? undefined : type === Number ? numberOrText(value) : value;
  }

  /** Schedules a render in a microtask, batching the changes made until then. */
  requestUpdate(name?: PropertyKey, old?: unknown): void {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, old);
    if (this.#connected && !this.#scheduled) {
      this.#scheduled = true;
      this.updateComplete = Promise.resolve().then(() => this.#update());
    }
  }

  #update(): boolean {
    const changed = this.#changed;
    this.#changed = new Map();
    this.#scheduled = false;
    this.willUpdate(changed);
    render(this.render(), this.renderRoot!, { host: this });
    this.hasUpdated = true;
    this.updated(changed);
    return !this.#scheduled;
  }

  protected willUpdate(_changed: PropertyValues): void {}

  protected render(): TemplateResult | typeof nothing {
    return nothing;
  }

  protected updated(_changed: PropertyValues): void {}
}
