// `npm run size`: where the bytes of dist/python-showcase.js go. Builds the drop-in script with a source map,
// gives every byte of the minified output to the source module it came from, and reports each module's raw
// and gzip bytes (its code gzipped on its own, so the column sums to more than the whole file, which gzip
// compresses across modules) and its share of the file. Writes bench/size.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const outDir = mkdtempSync(join(tmpdir(), 'python-showcase-size-'));
execFileSync('npx', ['vite', 'build', '--sourcemap', '--outDir', outDir, '--logLevel', 'silent'], { stdio: 'inherit' });
// Without the source-map comment, which the shipped file does not have.
const code = readFileSync(join(outDir, 'python-showcase.js'), 'utf8').replace(/\/\/# sourceMappingURL=.*\n?$/, '');
const map = new SourceMapConsumer(JSON.parse(readFileSync(join(outDir, 'python-showcase.js.map'), 'utf8')));
rmSync(outDir, { recursive: true });

/** Groups a source path: our modules by file, Lit's packages by package. */
const group = (source) => {
  const path = relative(process.cwd(), join(outDir, source)).replace(/^(\.\.\/)+/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return pkg ? pkg[1] : path.replace(/^.*?src\//, 'src/');
};

const lines = code.split('\n');
const owner = lines.map((line) => new Array(line.length).fill('(wrapper and glue)'));
map.eachMapping((m) => {
  if (!m.source) return;
  const row = owner[m.generatedLine - 1];
  if (row && m.generatedColumn < row.length) row[m.generatedColumn] = group(m.source);
});
// A mapping marks where a module's code starts; the bytes after it, up to the next mapping, are its too.
const chunks = new Map();
lines.forEach((line, l) => {
  let current = '(wrapper and glue)';
  for (let c = 0; c < line.length; c++) {
    if (owner[l][c] !== '(wrapper and glue)') current = owner[l][c];
    chunks.set(current, (chunks.get(current) ?? '') + line[c]);
  }
});

// The total as the budget is stated, with the gzip command where there is one; modules with Node's zlib.
const total = existsSync('/bin/gzip')
  ? execFileSync('gzip', ['-9', '-n', '-c'], { input: code }).length
  : gzipSync(code, { level: 9 }).length;
const rows = [...chunks.entries()]
  .map(([module, text]) => ({ module, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length }))
  .sort((a, b) => b.raw - a.raw);
const rawTotal = Buffer.byteLength(code);
const bar = (share) => '█'.repeat(Math.max(1, Math.round(share * 40)));
const table = [
  `dist/python-showcase.js: ${rawTotal} bytes, ${total} bytes gzip -9, ${brotliCompressSync(code).length} bytes brotli.`,
  '',
  '| module | raw bytes | gzip alone | share of raw |  |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.module} | ${r.raw} | ${r.gzip} | ${((r.raw / rawTotal) * 100).toFixed(1)}% | ${bar(r.raw / rawTotal)} |`,
  ),
].join('\n');
writeFileSync('bench/size.md', `${table}\n`);
console.log(table);
