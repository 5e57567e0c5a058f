/** The text the build wraps around the drop-in bundle: `before` it and `after` it. */
export function dropInGuard(version: string): { before: string; after: string };
