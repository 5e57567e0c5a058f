/**
 * Fails the running test when Lit's development build issues a warning (a property shadowed by a class field,
 * a change-in-update, a deprecated API…). The one-time "Lit is in dev mode" notice is expected and allowed.
 * Import this first in every test file, so it is listening before Lit's modules evaluate.
 */
const litWarnings: string[] = [];
const originalWarn = console.warn.bind(console);

console.warn = (...args: unknown[]) => {
  const message = args.map(String).join(' ');
  if (message.includes('lit.dev/msg/') && !message.includes('lit.dev/msg/dev-mode')) litWarnings.push(message);
  originalWarn(...args);
};

afterEach(() => {
  if (litWarnings.length) {
    const issued = litWarnings.splice(0);
    throw new Error(`Lit issued ${issued.length} dev-mode warning(s):\n${issued.join('\n')}`);
  }
});
