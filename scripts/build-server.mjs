// @ts-check
// Builds `python-showcase/ssr` (dist/server/ssr.js) and the `python-showcase` command (dist/server/cli.js) for
// Node. `@lit-labs/ssr` and its parser are bundled in: as a dependency it would bring its peer range of
// `@types/node` (below the current major), and npm refuses to install next to a newer one. Lit and the
// elements stay the package's own (`lit` and `../esm/`), so a server render uses the same classes and the
// same Lit as the rest of the application.
import { build } from 'esbuild';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = resolve(root, 'src');
const server = resolve(src, 'server');

/**
 * Imports of the package's own modules point at the ES module build; imports between the two entries stay.
 * @type {import('esbuild').Plugin}
 */
const packageModules = {
  name: 'package-modules',
  setup(context) {
    context.onResolve({ filter: /^\.\.?\// }, ({ path, resolveDir, kind }) => {
      if (kind === 'entry-point') return undefined;
      const target = resolve(resolveDir, path);
      if (!target.startsWith(src)) return undefined;
      if (target.startsWith(server)) return { path: `./${relative(server, target).replace(/\.ts$/, '.js')}`, external: true };
      return { path: `../esm/${relative(src, target)}`, external: true };
    });
  },
};

await build({
  entryPoints: ['src/server/ssr.ts', 'src/server/cli.ts'],
  outdir: 'dist/server',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The copies of Lit that the elements use: one Lit, one custom element registry, one set of directives.
  external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*'],
  conditions: ['node'],
  plugins: [packageModules],
  legalComments: 'eof',
  minify: true,
  logLevel: 'warning',
});
