/** Records the widget's console warnings while `run` runs (others pass through), and returns them. */
export async function capturingWarnings<T>(run: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (message.startsWith('[python-showcase]')) warnings.push(message);
    else originalWarn(...args);
  };
  try {
    return { result: await run(), warnings };
  } finally {
    console.warn = originalWarn;
  }
}
