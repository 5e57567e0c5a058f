// @ts-check
// `npm run build:site`: writes site/, the demo, the embed builder, the API reference, the docs pages and the host
// guides as plain files that any static host serves under any path prefix (every URL in them is relative; no dev
// server), with a landing page at site/index.html linking to each. The pages' modules are bundled by Vite, the
// embed builder's TypeScript included, so the site is plain JavaScript; the drop-in script and its snippet data
// are copied in as `npm run build` wrote them, so the site's builder writes snippets for exactly that file (run
// first when dist/ lacks them or is older than the sources). The docs pages, docs/*.md and docs/guides/*.md,
// become site/docs/*.html and site/docs/guides/*.html, where `npm start` serves them too, with the images beside
// them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { docPages, renderDocPage, renderMarkdown } from './render-guide.mjs';

const PAGES = readdirSync('demo').filter((name) => name.endsWith('.html'));
const DOCS = docPages();

// What the site copies from dist/, and what `npm run build` makes them from.
const BUILT = ['dist/python-showcase.js', 'dist/snippet.json'];
const SOURCES = ['src', 'package.json', 'vite.config.ts', 'scripts/drop-in-guard.mjs'];

/**
 * The latest modification time (ms) of a file, or of any file under a folder.
 * @param {string} path
 * @returns {number}
 */
function latestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => latestChange(join(path, name))));
}

// Built here when dist/ lacks these files (a clean clone) or they are older than the sources, and only then:
// `npm test` builds just before it runs this, and a second build would cost its seconds again for nothing.
// The whole `npm run build`, not `vite build` alone: that empties dist/, taking the ES module build and types.
const builtAt = Math.min(...BUILT.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
if (builtAt < Math.max(...SOURCES.map(latestChange))) {
  console.log(existsSync(BUILT[0]) ? 'dist/ is older than the sources: npm run build' : 'no dist/: npm run build');
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
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
writeFileSync('site/index.html', landingPage());
const GUIDES = DOCS.filter((source) => source.startsWith('docs/guides/'));
console.log(
  `site/: a landing page, ${PAGES.length} pages, ${DOCS.length - GUIDES.length} docs pages (docs/), ` +
    `${GUIDES.length} guides (docs/guides/), dist/python-showcase.js as built`,
);

/**
 * site/index.html: what a partner who publishes site/ at /showcase/ gets there, a short page in the demo pages'
 * look (their stylesheet, their header) that links, by relative URLs, to the demo, the embed builder, the API
 * reference and each guide by its title.
 */
function landingPage() {
  /** @type {Record<string, string>} */
  const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
  /** @param {string} text */
  const escape = (text) => text.replace(/[&<>"]/g, (character) => entities[character] ?? character);
  // "A site with a strict Content Security Policy" sorts under S.
  /** @param {string} title */
  const sortKey = (title) => title.replace(/^(A|An|The) /, '');
  /** @param {string[]} sources */
  const titled = (sources) =>
    sources
      .map((source) => ({
        href: source.replace(/\.md$/, '.html'),
        title: /^# (.+)$/m.exec(readFileSync(source, 'utf8'))?.[1] ?? source,
      }))
      .sort((a, b) => sortKey(a.title).localeCompare(sortKey(b.title)));
  const guides = titled(DOCS.filter((source) => source.startsWith('docs/guides/')));
  const docs = titled(DOCS.filter((source) => !source.startsWith('docs/guides/')));
  /**
   * @param {string} href
   * @param {string} label
   * @param {string} [description]
   */
  const item = (href, label, description) =>
    `        <li><a href="${escape(href)}">${escape(label)}</a>${description ? `: ${escape(description)}` : ''}</li>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>python-showcase</title>
    <meta name="description" content="A drop-in widget of everyday apps built with Python: the demo, the embed builder, the API reference and the guides." />
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="demo/demo.css" />
  </head>
  <body>
    <header>
      <h1>python-showcase</h1>
      <p>A widget any site can drop in with one script tag: the apps you use every day that are built with Python, as cards, and a promo for a Python for Data Science bootcamp.</p>
    </header>
    <main>
      <h2>See it and set it up</h2>
      <ul>
${item('demo/index.html', 'The demo', 'the widget with its default content, its layouts, themes and elements')}
${item('demo/builder.html', 'The embed builder', 'choose the options, preview them, and copy the snippet for your site')}
${item('demo/api.html', 'The API reference', 'every element, attribute, property, event, part and custom property')}
      </ul>
      <h2>Documentation</h2>
      <ul>
${docs.map((page) => item(page.href, page.title)).join('\n')}
      </ul>
      <h2>Guides</h2>
      <ul>
${guides.map((guide) => item(guide.href, guide.title)).join('\n')}
      </ul>
    </main>
  </body>
</html>
`;
}
