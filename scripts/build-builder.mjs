// @ts-check
// Bundles the embed builder's pure modules (no DOM: the snippets, the host forms, the shared link, the option
// fields and the reading of the options form) for Node, as dist/builder/*.js: the README generator writes the
// partner snippet with them, and the Node tests and the test server use them, as the builder does in the browser.
// Node 20 runs no TypeScript; the browser gets these modules from Vite (npm start, npm run build:site) or the test
// runner's esbuild plugin.
import { build } from 'esbuild';

await build({
  entryPoints: ['snippets', 'host-forms', 'share-link', 'form-state', 'option-fields'].map(
    (name) => `demo/builder/${name}.ts`,
  ),
  outdir: 'dist/builder',
  bundle: true,
  // Shared modules (the escaping, the snippets under the host forms) become chunks, each once.
  splitting: true,
  platform: 'neutral',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
