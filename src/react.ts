/**
 * JSX typings for React 19: `import type {} from 'python-showcase/react';` once in a project makes
 * `<python-showcase>`, `<python-app-card>` and `<python-course-promo>` known to TSX, with their attributes and
 * (React 19 sets properties on custom elements) the `content` and `data` properties.
 */
import type { AttributeProperties, AttributeTable } from './elements/attribute-table.js';
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

export interface PythonShowcaseJsx {
  'python-showcase': ElementProps<PythonShowcase, SharedKeys | TableKeys<typeof SHOWCASE_ATTRIBUTES> | 'content'>;
  'python-app-card': ElementProps<PythonAppCard, SharedKeys | TableKeys<typeof APP_CARD_ATTRIBUTES> | 'data'>;
  'python-course-promo': ElementProps<PythonCoursePromo, SharedKeys | TableKeys<typeof PROMO_ATTRIBUTES> | 'data'>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends PythonShowcaseJsx {}
  }
}
