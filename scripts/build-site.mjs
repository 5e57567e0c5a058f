// @ts-check
// `npm run build:site`: writes site/, the demo, the embed builder, the API reference, the docs pages and the host
// guides as plain files that any static host serves under any path prefix (every URL in them is relative; no dev
// server). The pages' modules are bundled by Vite; the drop-in script and its snippet data are copied in as
// `npm run build` wrote them, so the site's builder writes snippets for exactly that file. The docs pages,
// docs/*.md and docs/guides/*.md, become site/docs/*.html and site/docs/guides/*.html, where `npm start` serves
// them too, with the images beside them. Run `npm run build` first (npm test does both).
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'vite';
import { docPages, renderDocPage, renderMarkdown } from './render-guide.mjs';

const PAGES = readdirSync('demo').filter((name) => name.endsWith('.html'));
const DOCS = docPages();

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
// The docs pages use the demo pages' stylesheet at its source path (Vite bundled the pages' copy under assets/).
copyFileSync('demo/demo.css', 'site/demo/demo.css');
mkdirSync('site/docs/guides', { recursive: true });
for (const source of DOCS) {
  const markdown = readFileSync(source, 'utf8');
  writeFileSync(`site/${source.replace(/\.md$/, '.html')}`, renderDocPage(markdown, source));
  // The images it shows (the embed builder's screenshot), at the same place beside it.
  for (const image of renderMarkdown(markdown, { source }).images) {
    mkdirSync(dirname(`site/${image}`), { recursive: true });
    copyFileSync(image, `site/${image}`);
  }
}
const guides = DOCS.filter((source) => source.startsWith('docs/guides/')).length;
console.log(
  `site/: ${PAGES.length} pages, ${DOCS.length - guides} docs pages (docs/), ${guides} guides (docs/guides/), ` +
    'dist/python-showcase.js as built',
);
