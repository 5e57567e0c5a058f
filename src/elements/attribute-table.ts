import type { PropertyDeclaration, PropertyDeclarations } from 'lit';
import { oneOf } from '../embed/attribute-values.js';

/**
 * How one attribute of the public contract reads its text. The tables built from these
 * (`*.attributes.ts` beside each element) are the one source of the attributes: the elements' reactive
 * properties and validation, server rendering and its command, the mount points' `data-` twins, the React and
 * Vue typings, the WordPress plugin's attribute list, the builder and the docs are all derived from them.
 * Each entry's one-line description is its JSDoc comment, which `scripts/contract.mjs` reads for the manifest:
 * a comment costs the drop-in script nothing.
 */
export type AttributeSpec =
  /** Free text; absent means unset. */
  | { readonly kind: 'text' }
  /** One of `values`; anything else falls back to `default` with a warning. */
  | { readonly kind: 'choice'; readonly values: readonly string[]; readonly default: string }
  /** A heading level, 1 to 6; the default depends on the element. */
  | { readonly kind: 'level' }
  /** Present means on, whatever its value (HTML's boolean attributes). */
  | { readonly kind: 'flag' };

export type AttributeTable = Readonly<Record<string, AttributeSpec>>;

/** `preview-at` → `previewAt`: a property's name is its attribute's in camel case. */
export type PropertyName<A extends string> = A extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<PropertyName<Tail>>}`
  : A;

/** The type a property holds for an attribute of the table. */
export type PropertyValue<S extends AttributeSpec> = S extends { kind: 'flag' }
  ? boolean
  : S extends { kind: 'choice'; values: readonly (infer V)[] }
    ? V
    : S extends { kind: 'level' }
      ? number | undefined
      : string | undefined;

/** The properties a table gives an element: `{ headingLevel: number | undefined, layout: 'grid' | … }`. */
export type AttributeProperties<T extends AttributeTable> = {
  -readonly [A in keyof T & string as PropertyName<A>]: PropertyValue<T[A]>;
};

export const propertyName = (attribute: string) =>
  attribute.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/** A numeric attribute as a number, or as its text when it is not one, so the warning can quote what was written. */
const numberOrText = (value: string | null) =>
  value === null ? null : value.trim() && !isNaN(+value) ? +value : value;

/** Lit's property declarations for a table: each property observes its attribute, named as the table names it. */
export function reactiveProperties(table: AttributeTable): PropertyDeclarations {
  const declarations: Record<string, PropertyDeclaration> = {};
  for (const [attribute, spec] of Object.entries(table)) {
    declarations[propertyName(attribute)] =
      spec.kind === 'flag'
        ? { attribute, type: Boolean }
        : spec.kind === 'level'
          ? { attribute, converter: numberOrText }
          : { attribute };
  }
  return declarations;
}

/** Sets each property of the table that has a default to it; an element calls this once, in its constructor. */
export function applyDefaults(element: object, table: AttributeTable): void {
  for (const [attribute, spec] of Object.entries(table)) {
    if (spec.kind === 'choice') (element as Record<string, unknown>)[propertyName(attribute)] = spec.default;
    else if (spec.kind === 'flag') (element as Record<string, unknown>)[propertyName(attribute)] = false;
  }
}

type ChoiceSpec = Extract<AttributeSpec, { kind: 'choice' }>;

/**
 * The value to use for a `choice` attribute (one named by a single word, so its property has the same name): the
 * property's value when it is one of the table's, else the default, with a warning that names the attribute as the
 * page wrote it (the element's `attributePrefix` is `data-` on a mount point).
 */
export function validChoice<T extends AttributeTable, A extends keyof T & string>(
  element: { [key in A]?: unknown } & { attributePrefix: string },
  table: T,
  attribute: A,
): T[A] extends ChoiceSpec ? T[A]['values'][number] : never {
  const spec = table[attribute] as ChoiceSpec;
  return oneOf(element[attribute], spec.values, spec.default, element.attributePrefix + attribute) as never;
}
