/**
 * JSX typings for React 19: `import type {} from 'python-showcase/react';` once in a project makes
 * `<python-showcase>`, `<python-app-card>` and `<python-course-promo>` known to TSX, with their attributes and
 * (React 19 sets properties on custom elements) the `content` and `data` properties. Each attribute can be
 * written by its property name (`headingLevel={3}`) or by its attribute name (`heading-level="3"`), and each is
 * typed from the attribute tables: `layout="hexagon"` fails to compile.
 */
import type {
  AttributeProperties,
  AttributeSpec,
  AttributeTable,
  PropertyName,
  PropertyValue,
} from './elements/attribute-table.js';
import type { APP_CARD_ATTRIBUTES } from './elements/python-app-card/python-app-card.attributes.js';
import type { PROMO_ATTRIBUTES } from './elements/python-course-promo/python-course-promo.attributes.js';
import type { SHOWCASE_ATTRIBUTES } from './elements/python-showcase/python-showcase.attributes.js';
import type { SHARED_ATTRIBUTES } from './elements/showcase-element.attributes.js';
import type { PythonAppCard, PythonCoursePromo, PythonShowcase, ShowcaseEventMap } from './index.js';

type EventProps = {
  [K in keyof ShowcaseEventMap as `on${K}`]?: (event: ShowcaseEventMap[K]) => void;
};

/** The element's public fields, as JSX props (attributes or properties), plus React's own. */
type ElementProps<T, Keys extends keyof T> = Partial<Pick<T, Keys>> &
  EventProps & {
    children?: unknown;
    class?: string;
    className?: string;
    id?: string;
    slot?: string;
    style?: unknown;
    ref?: unknown;
    key?: string | number;
    lang?: string;
  };

/** The properties of an attribute table's attributes, by name: derived, so no attribute can be left out. */
type TableKeys<T extends AttributeTable> = keyof AttributeProperties<T>;
type SharedKeys = TableKeys<typeof SHARED_ATTRIBUTES>;

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
/**
 * What an attribute takes when written by its attribute name: its property's type, except that a heading level,
 * which JSX text gives as a string (`heading-level="3"`), is 1 to 6 as a number or as text. The property
 * (`headingLevel`) takes any number, as a computed level would be; out of range, the element warns.
 */
type AttributeValue<S extends AttributeSpec> = S extends { kind: 'level' }
  ? HeadingLevel | `${HeadingLevel}`
  : PropertyValue<S>;

/**
 * The attributes whose names are not their properties' (`heading-level`, `preview-at`), by those names, as
 * partners and the embed builder's React tab write them: undeclared, TypeScript would accept any value for a
 * hyphenated JSX attribute. The others' attribute and property names are the same, declared once.
 */
type AttributeNameProps<T extends AttributeTable> = {
  [A in keyof T & string as A extends PropertyName<A> ? never : A]?: AttributeValue<T[A]>;
};

type SharedAttributes = AttributeNameProps<typeof SHARED_ATTRIBUTES>;

export interface PythonShowcaseJsx {
  'python-showcase': ElementProps<PythonShowcase, SharedKeys | TableKeys<typeof SHOWCASE_ATTRIBUTES> | 'content'> &
    SharedAttributes &
    AttributeNameProps<typeof SHOWCASE_ATTRIBUTES>;
  'python-app-card': ElementProps<PythonAppCard, SharedKeys | TableKeys<typeof APP_CARD_ATTRIBUTES> | 'data'> &
    SharedAttributes &
    AttributeNameProps<typeof APP_CARD_ATTRIBUTES>;
  'python-course-promo': ElementProps<PythonCoursePromo, SharedKeys | TableKeys<typeof PROMO_ATTRIBUTES> | 'data'> &
    SharedAttributes &
    AttributeNameProps<typeof PROMO_ATTRIBUTES>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends PythonShowcaseJsx {}
  }
}
