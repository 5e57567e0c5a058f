// @ts-check
/**
 * The drop-in guard: the text the build (vite.config.ts) wraps around the drop-in bundle, and `npm run size`
 * measures, so that before anything in the bundle is evaluated:
 * - a browser without custom elements, container queries or adopted style sheets returns, keeping the light-DOM
 *   fallback;
 * - a second copy returns, warning once when its version differs. It must stop before Lit evaluates: under
 *   `trusted-types lit-html` a second `createPolicy('lit-html')` throws. The first copy marks the page at once
 *   (`Symbol.for('python-showcase')` on window), since its elements are defined a task later, and looks again
 *   when that task runs (the package's ES module build may have defined them meanwhile);
 * - the bundle runs in a task of its own: the page's parser (a deferred script runs in its last task) or its
 *   framework then finishes its task without the widget's work, so a long page-load task becomes two about half
 *   as long. The snippet's height reservation (`:not(:defined)`) holds until the widget renders in that task;
 * - a page whose Trusted Types policy refuses `lit-html` gets one error of ours naming the directive to add,
 *   instead of an uncaught TypeError from Lit's module.
 * @param {string} version
 * @returns {{ before: string, after: string }}
 */
export function dropInGuard(version) {
  return {
    before:
      `(function(){var v=${JSON.stringify(version)},r=window.customElements,k=Symbol.for("python-showcase"),o,` +
      `d=function(w){w!==v&&console.warn("[python-showcase] "+v+" not started: "+w+" is already on this page")};` +
      `if(!r||!window.CSS||!CSS.supports("container-type:inline-size")||!("adoptedStyleSheets"in Document.prototype))return;` +
      `o=r.get("python-showcase");if(o)return d(o.version);if(window[k])return d(window[k]);window[k]=v;` +
      `setTimeout(function(){o=r.get("python-showcase");if(o)return d(o.version);` +
      `try{`,
    after:
      `}catch(e){console.error(/lit-html/.test(String(e))` +
      `?"[python-showcase] this page's CSP refuses the Trusted Types policy lit-html: add lit-html to its trusted-types directive"` +
      `:"[python-showcase] could not start: "+e)}})})();\n`,
  };
}
