/**
 * The entry of the single drop-in script `dist/python-showcase.js`. The build wraps the bundle in a guard
 * (see `vite.config.ts`) that returns before any of this is evaluated when the page already has the widget,
 * and catches a Trusted Types refusal of Lit's policy so nothing is thrown into the host page.
 */
import './index.js';
