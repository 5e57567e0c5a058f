/**
 * The package's entry: importing it registers `<python-showcase>`, `<python-app-card>` and
 * `<python-course-promo>`, and exports their classes and the public types.
 */
export { PythonShowcase, LAYOUTS, PROMO_PLACEMENTS } from './elements/python-showcase/python-showcase.js';
export type { ShowcaseLayout, PromoPlacement } from './elements/python-showcase/python-showcase.js';
export { PythonAppCard } from './elements/python-app-card/python-app-card.js';
export { PythonCoursePromo } from './elements/python-course-promo/python-course-promo.js';
export { defaultContent } from './content/default-content.js';
export type * from './content/content-model.js';
export type * from './embed/events.js';
export type { ShowcaseTheme } from './embed/attribute-values.js';
export { VERSION } from './version.js';
