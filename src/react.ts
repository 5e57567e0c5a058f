/**
 * JSX typings for React 19: `import type {} from 'python-showcase/react';` once in a project makes
 * `<python-showcase>`, `<python-app-card>` and `<python-course-promo>` known to TSX, with their attributes and
 * (React 19 sets properties on custom elements) the `content` and `data` properties.
 */
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

type SharedKeys = 'theme' | 'headingLevel' | 'partner' | 'campaign' | 'datalayer';

export interface PythonShowcaseJsx {
  'python-showcase': ElementProps<
    PythonShowcase,
    SharedKeys | 'apps' | 'layout' | 'heading' | 'promo' | 'takeaways' | 'src' | 'dismissible' | 'content'
  >;
  'python-app-card': ElementProps<PythonAppCard, SharedKeys | 'app' | 'data'>;
  'python-course-promo': ElementProps<PythonCoursePromo, SharedKeys | 'data' | 'dismissible'>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends PythonShowcaseJsx {}
  }
}
