// @ts-check
// Runs inside the sandboxed iframe (opaque origin: the parent cannot read it): waits for the widget, closes the
// promo (storage throws here), and reports what happened to the parent by postMessage.
/* global probe -- tests/pages/probe.js, loaded first */
const started = Date.now();
const timer = setInterval(() => {
  const root = document.querySelector('python-showcase')?.shadowRoot;
  const cards = root?.querySelectorAll('python-app-card').length ?? 0;
  if (!cards && Date.now() - started < 5000) return;
  clearInterval(timer);
  let storageThrows = false;
  try {
    localStorage.getItem('x');
  } catch {
    storageThrows = true;
  }
  const promo = /** @type {HTMLElement | null | undefined} */ (root?.querySelector('python-course-promo'));
  /** @type {HTMLButtonElement | null | undefined} */ (promo?.shadowRoot?.querySelector('button.close'))?.click();
  setTimeout(() => {
    parent.postMessage(
      {
        cards,
        storageThrows,
        promoClosed: !!promo?.hidden,
        errors: probe.errors,
        consoleErrors: probe.consoleErrors,
      },
      '*',
    );
  }, 100);
}, 50);
