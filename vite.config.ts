import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';
import { dropInGuard } from './scripts/drop-in-guard.mjs';
import { renderDocPage } from './scripts/render-guide.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Internal property names the drop-in script shortens (see `terserOptions.mangle` below). */
const MANGLED_PROPERTIES = new RegExp(
  `^(${[
    // ShowcaseElement's internals
    'attributePrefix',
    'validTheme',
    'validLevel',
    'impressionTarget',
    'defaultHeadingLevel',
    'reportProblems',
    'validAnalytics',
    'shownName',
    'describe',
    // heading(): HeadingAttributes
    'focusTarget',
    // impressions.ts: an element's watch
    'visible',
    'timer',
    // content-sources.ts and read-content.ts: results
    'note',
    'repaired',
    'problems',
    // promo-schedule.ts: the choice and its options
    'shown',
    'shownThisPage',
    // promo-memory.ts: what is remembered, in code (the stored record has its own one-letter keys)
    'visitorId',
    'promos',
  ].join('|')})$`,
);

/** Wraps the drop-in bundle in the guard (scripts/drop-in-guard.mjs) and writes the snippet's version and hash. */
function dropInGuardPlugin(): Plugin {
  const { before, after } = dropInGuard(version);
  return {
    name: 'python-showcase:drop-in-guard',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        // With --sourcemap (npm run size), the bundle ends with a //# sourceMappingURL comment: stay above it.
        const [code, sourceMapComment = ''] = chunk.code.split(/(?=\n\/\/# sourceMappingURL=)/);
        chunk.code = before + code + after + sourceMapComment.trimStart();
        // The embed builder writes snippets with this: the version and the Subresource Integrity hash of the file.
        const integrity = `sha384-${createHash('sha384').update(chunk.code).digest('base64')}`;
        this.emitFile({ type: 'asset', fileName: 'snippet.json', source: JSON.stringify({ version, integrity }) });
      }
    },
  };
}

/**
 * The widget's private custom properties (`--_surface`, `--_promo-bg-2`, …: the theme tokens, set and read only in
 * its own stylesheets, never by a host page, which has the public `--python-showcase-*` ones) by short names
 * (`--_a`, `--_b`, …), given in the sorted order of every such name in src/, so that each build gives the same.
 */
function privatePropertyNames(): Map<string, string> {
  const names = new Set<string>();
  for (const file of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    for (const [name] of readFileSync(join('src', file), 'utf8').matchAll(/--_[a-z][\w-]*/g)) names.add(name);
  }
  return new Map([...names].sort().map((name, i) => [name, `--_${i.toString(36)}`]));
}

/**
 * Minifies the CSS and HTML inside Lit's `css` and `html` template literals, which the JavaScript minifier leaves
 * as written; that whitespace would otherwise be a large share of the drop-in script's bytes.
 */
function minifyTemplateLiterals(): Plugin {
  const shortNames = privatePropertyNames();
  return {
    name: 'python-showcase:minify-template-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      // Quotes are left out where HTML does not need them (`part=card`); Lit reads unquoted attribute values,
      // bound ones included (`class=promo-${placement}`).
      const result = await minifyHTMLLiterals(code, { fileName: id, html: { removeAttributeQuotes: true } });
      if (!result) return null;
      // Shortened after minifying: what follows a name on its line moves left, still mapped to this module.
      const shortened = result.code.replace(/--_[a-z][\w-]*/g, (name) => shortNames.get(name) ?? name);
      return { code: shortened, map: result.map };
    },
  };
}

/** `npm start` serves the project root; its home page is the demo, whose address it prints. */
function demoHome(): Plugin {
  return {
    name: 'python-showcase:demo-home',
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        setTimeout(() =>
          server.config.logger.info(`\n  Demo: ${server.resolvedUrls?.local[0] ?? 'http://localhost:5173/'}demo/\n`),
        );
      });
      server.middlewares.use((request, response, next) => {
        if (request.url === '/') {
          response.writeHead(302, { Location: '/demo/' });
          response.end();
        } else next();
      });
    },
  };
}

/**
 * `npm start` serves each docs page, docs/<name>.md and docs/guides/<name>.md, as the page docs/<name>.html or
 * docs/guides/<name>.html, where `npm run build:site` writes it (the embed builder links to the guides), rendered
 * afresh on each request.
 */
function docPages(): Plugin {
  return {
    name: 'python-showcase:doc-pages',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const { pathname } = new URL(request.url ?? '/', 'http://localhost');
        if (!pathname.startsWith('/docs/') || !pathname.endsWith('.html')) return next();
        if (request.method !== 'GET' && request.method !== 'HEAD') return next();
        // Only a plain name in docs/ or docs/guides/ is looked up, so no request reaches a file outside them.
        const name = /^\/docs\/((?:guides\/)?[a-z0-9-]+)\.html$/.exec(pathname)?.[1];
        const source = `docs/${name}.md`;
        const file = join(server.config.root, source);
        if (!name || !existsSync(file)) {
          response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
          response.end('No such page in docs/\n');
          return;
        }
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
        response.end(request.method === 'HEAD' ? undefined : renderDocPage(readFileSync(file, 'utf8'), source));
      });
    },
  };
}

export default defineConfig({
  plugins: [minifyTemplateLiterals(), dropInGuardPlugin(), demoHome(), docPages()],
  server: { open: false },
  build: {
    target: ['chrome111', 'edge111', 'firefox115', 'safari16.4'],
    outDir: 'dist',
    // Terser, with its unsafe-but-standard rewrites, makes the drop-in script 100 bytes (gzip) smaller than the
    // default minifier does.
    minify: 'terser',
    terserOptions: {
      // The targets above are all ES2020 and later, and none is Safari 10, whose bugs Vite works around by default.
      safari10: false,
      ecma: 2020,
      compress: {
        passes: 3,
        pure_getters: true,
        unsafe: true,
        unsafe_arrows: true,
        unsafe_methods: true,
        // Unused parameters are dropped: neither this code nor Lit reads a function's `length`.
        keep_fargs: false,
        // Statements are not joined into comma sequences: 20 bytes (gzip) fewer than with them and `inline: 1`
        // (which, without sequences, makes no difference any more).
        sequences: false,
      },
      mangle: {
        // Properties only this code reads and writes, by script: never public API, an attribute, content JSON,
        // stored data, a DOM or Lit name, or a template binding (`.data=${…}` names a property in a string, which
        // this cannot see). Named one by one, so that no other property is renamed by accident.
        properties: { regex: MANGLED_PROPERTIES },
      },
      // The strings' few other characters (…, ≥, typographic quotes) as \u escapes: 22 bytes fewer gzip.
      format: { comments: false, ascii_only: true },
    },
    emptyOutDir: true,
    copyPublicDir: false,
    lib: {
      entry: process.env.ENTRY ?? 'src/drop-in.ts',
      formats: ['iife'],
      name: 'PythonShowcase',
      fileName: () => 'python-showcase.js',
    },
  },
});
