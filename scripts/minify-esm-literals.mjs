// @ts-check
// Minifies the CSS and HTML inside Lit's css, html and svg template literals of the ES module build
// (dist/esm/), as the drop-in build does for its bundle (vite.config.ts): applications that bundle the package
// ship less, and a server render (python-showcase/ssr) writes each shadow root's styles without the whitespace.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * @param {string} folder
 * @returns {Generator<string>}
 */
function* scripts(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* scripts(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

for (const file of scripts('dist/esm')) {
  const code = readFileSync(file, 'utf8');
  // tsc writes a space between the tag and its template.
  if (!/\b(css|html|svg)\s*`/.test(code)) continue;
  const result = await minifyHTMLLiterals(code, { fileName: file });
  if (result) writeFileSync(file, result.code);
}
