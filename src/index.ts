/**
 * The package's entry: importing it registers `<python-showcase>`, `<python-app-card>` and
 * `<python-course-promo>`, fills the page's mount points, and exports their classes and the public types.
 */
import { isServer } from 'lit';
import { upgradeMountPoints } from './embed/mount-points.js';

export { PythonShowcase, LAYOUTS, PROMO_PLACEMENTS } from './elements/python-showcase/python-showcase.js';
export type { ShowcaseLayout, PromoPlacement } from './elements/python-showcase/python-showcase.js';
export { PythonAppCard } from './elements/python-app-card/python-app-card.js';
export { PythonCoursePromo } from './elements/python-course-promo/python-course-promo.js';
export { defaultContent } from './content/default-content.js';
export type * from './content/content-model.js';
export type * from './embed/events.js';
export type { ShowcaseTheme } from './elements/showcase-element.js';
export { VERSION } from './version.js';
export { upgradeMountPoints } from './embed/mount-points.js';

// Whichever copy defines the elements (the drop-in script, or this build in a site's own bundle) also fills the
// page's mount points (`<div data-python-showcase>`); a point already filled is left as it is.
if (!isServer) upgradeMountPoints();
