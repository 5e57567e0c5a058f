// `npm run build:site`: writes site/, the demo, the embed builder, the API reference and the host guides as plain
// files that any static host serves under any path prefix (every URL in them is relative; no dev server). The
// pages' modules are bundled by Vite; the drop-in script and its snippet data are copied in as `npm run build`
// wrote them, so the site's builder writes snippets for exactly that file. The guides, docs/guides/*.md, become
// site/docs/guides/*.html, where `npm start` serves them too. Run `npm run build` first (npm test does both).
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { renderGuide } from './render-guide.mjs';

const PAGES = readdirSync('demo').filter((name) => name.endsWith('.html'));
const GUIDES = readdirSync('docs/guides')
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.replace(/\.md$/, ''));

for (const file of ['dist/python-showcase.js', 'dist/snippet.json']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first`);
    process.exit(1);
  }
}

rmSync('site', { recursive: true, force: true });
await build({
  configFile: false,
  root: process.cwd(),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'site',
    emptyOutDir: true,
    // The builder awaits its snippet data at the top level of its module.
    target: 'es2022',
    rollupOptions: { input: Object.fromEntries(PAGES.map((page) => [page.replace('.html', ''), `demo/${page}`])) },
  },
});
mkdirSync('site/dist', { recursive: true });
copyFileSync('dist/python-showcase.js', 'site/dist/python-showcase.js');
copyFileSync('dist/snippet.json', 'site/dist/snippet.json');
// The guides use the demo pages' stylesheet at its source path (Vite bundled the pages' copy under assets/).
copyFileSync('demo/demo.css', 'site/demo/demo.css');
mkdirSync('site/docs/guides', { recursive: true });
for (const guide of GUIDES) {
  writeFileSync(`site/docs/guides/${guide}.html`, renderGuide(readFileSync(`docs/guides/${guide}.md`, 'utf8'), guide));
}
console.log(`site/: ${PAGES.length} pages, ${GUIDES.length} guides (docs/guides/), dist/python-showcase.js as built`);
