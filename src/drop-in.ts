/**
 * The entry of the single drop-in script `dist/python-showcase.js`. The build wraps the bundle in a guard
 * (see `vite.config.ts`) that returns before any of this is evaluated when the page already has the widget,
 * and catches a Trusted Types refusal of Lit's policy so nothing is thrown into the host page.
 */
// The stylesheets first, which puts all of their CSS in one run near the start of the bundle, right after Lit's
// `css` tag: gzip codes it better there than in four pieces between the modules' JavaScript (51 bytes fewer).
// They import the tag from its own module, not from `lit`, whose import would put all of Lit before them.
import './styles/shared.styles.js';
import './elements/python-app-card/python-app-card.styles.js';
import './elements/python-course-promo/python-course-promo.styles.js';
import './elements/python-showcase/python-showcase.styles.js';
// The brand marks' path data next to them, away from the JavaScript as well: 49 bytes fewer.
import './icons/brand-icon-paths.js';
import './index.js';
