// @ts-check
// Loaded first by each test page: records what a hostile-host test asserts on, for the test to read through
// `frame.contentWindow.probe` (same origin) or to receive by postMessage (sandboxed, opaque origin).
// A classic script: `probe` is a global of the page, window.probe.
/** @type {import('../helpers/frames.js').Probe} */
var probe = { errors: [], warnings: [], consoleErrors: [], violations: [], layoutShift: 0 };
/** A layout-shift entry, which TypeScript's DOM types do not describe. */
/** @typedef {PerformanceEntry & { value: number, hadRecentInput: boolean }} LayoutShift */
addEventListener('error', (event) => probe.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => probe.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  probe.violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
);
const { warn, error } = console;
console.warn = (...args) => {
  probe.warnings.push(args.join(' '));
  warn.apply(console, args);
};
console.error = (...args) => {
  probe.consoleErrors.push(args.join(' '));
  error.apply(console, args);
};
try {
  new PerformanceObserver((list) => {
    for (const entry of /** @type {LayoutShift[]} */ (list.getEntries())) {
      if (!entry.hadRecentInput) probe.layoutShift = (probe.layoutShift ?? 0) + entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
} catch {
  probe.layoutShift = null; // This engine reports no layout shifts.
}
