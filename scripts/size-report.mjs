// @ts-check
// `npm run size`: where the bytes of dist/python-showcase.js go. Builds the drop-in script with a source map,
// gives every byte of the minified output to the source module it came from, and reports for each module its
// raw bytes, its gzip bytes alone (its code gzipped on its own, so that column sums to more than the whole file,
// which gzip compresses across modules), and what it costs the shipped file: the gzip -9 bytes saved if the file
// were without it; the same for the file's parts (Lit, the styles, the promo, …). Writes bench/size.md and a treemap
// of those costs, bench/size-treemap.svg.
//
// bench/size-baseline.json holds the same figures for an earlier build: bench/size.md compares each module with it,
// which shows where a cut came from (or a growth). `npm run size -- --save-baseline` records the current build as it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { dropInGuard } from './drop-in-guard.mjs';
import { gzipCommandBytes } from './gzip-size.mjs';

const BASELINE = 'bench/size-baseline.json';
const saveBaseline = process.argv.includes('--save-baseline');

const outDir = mkdtempSync(join(tmpdir(), 'python-showcase-size-'));
execFileSync('npx', ['vite', 'build', '--sourcemap', '--outDir', outDir, '--logLevel', 'silent'], { stdio: 'inherit' });
// Without the source-map comment, which the shipped file does not have.
const code = readFileSync(join(outDir, 'python-showcase.js'), 'utf8').replace(/\/\/# sourceMappingURL=.*\n?$/, '');
const map = new SourceMapConsumer(JSON.parse(readFileSync(join(outDir, 'python-showcase.js.map'), 'utf8')));
rmSync(outDir, { recursive: true });

/**
 * Groups a source path: our modules by file, Lit's packages by package.
 * @param {string} source
 */
const group = (source) => {
  const path = relative(process.cwd(), join(outDir, source)).replace(/^(\.\.\/)+/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return pkg ? pkg[1] : path.replace(/^.*?src\//, 'src/');
};

// The drop-in guard is wrapped around the bundle after its source map was made: its opening shifts every mapped
// column of the first line.
const GUARD = '(drop-in guard)';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const guard = dropInGuard(version);
if (!code.startsWith(guard.before) || !code.endsWith(guard.after))
  throw new Error('the guard is not around the bundle');
const guardOpening = guard.before.length;
const guardClosing = code.length - guard.after.length;
const lines = code.split('\n');
const owner = lines.map((line) => new Array(line.length).fill('(wrapper and glue)'));
map.eachMapping((m) => {
  if (!m.source) return;
  const row = owner[m.generatedLine - 1];
  const column = m.generatedColumn + (m.generatedLine === 1 ? guardOpening : 0);
  if (row && column < row.length) row[column] = group(m.source);
});
owner[0].fill(GUARD, 0, guardOpening);
const beforeClosing = code.slice(0, guardClosing);
const guardLine = beforeClosing.split('\n').length - 1;
const closingColumn = guardClosing - (beforeClosing.lastIndexOf('\n') + 1);
owner[guardLine].fill(GUARD, closingColumn);
// A mapping marks where a module's code starts; the bytes after it, up to the next mapping, are its too.
const chunks = new Map();
lines.forEach((line, l) => {
  let current = '(wrapper and glue)';
  for (let c = 0; c < line.length; c++) {
    if (owner[l][c] !== '(wrapper and glue)') current = owner[l][c];
    chunks.set(current, (chunks.get(current) ?? '') + line[c]);
  }
});

// The total as the budget is stated; modules with Node's zlib.
const total = gzipCommandBytes(code);
const gzipBytes = (/** @type {string} */ text) => gzipSync(text, { level: 9 }).length;
const whole = gzipBytes(code);
const rows = [...chunks.entries()]
  .map(([module, text]) => ({
    module,
    raw: Buffer.byteLength(text),
    alone: gzipBytes(text),
    // Measured with Node's zlib on both sides, so that the difference is gzip's and not two implementations'.
    cost:
      whole -
      gzipBytes(
        [...chunks.entries()]
          .filter(([other]) => other !== module)
          .map(([, t]) => t)
          .join(''),
      ),
  }))
  .sort((a, b) => b.cost - a.cost || b.raw - a.raw);
const rawTotal = Buffer.byteLength(code);
const brotli = brotliCompressSync(code).length;

/**
 * The file's parts, by module: what each costs is measured whole, as the file with and without it.
 * @type {Array<[string, (module: string) => boolean]>}
 */
const PARTS = [
  ['Lit (lit-html, @lit/reactive-element, lit-element)', (m) => !m.startsWith('src/') && !m.startsWith('(')],
  ['the drop-in guard', (m) => m === GUARD],
  ['the stylesheets (*.styles.ts)', (m) => m.endsWith('.styles.ts')],
  ['the default content and brand marks', (m) => /default-content|brand-icon-paths/.test(m)],
  [
    'the promo: element, schedules, memory (styles above)',
    (m) => /promo-(memory|schedule)\.ts$|python-course-promo\.(ts|attributes\.ts)$/.test(m),
  ],
  ['content sources and validation', (m) => /content-sources|read-content|links\.ts$/.test(m)],
];
const partRows = PARTS.map(([part, test]) => ({
  part,
  cost:
    whole -
    gzipBytes(
      [...chunks.entries()]
        .filter(([module]) => !test(module))
        .map(([, t]) => t)
        .join(''),
    ),
}));

if (saveBaseline) {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const modules = Object.fromEntries(rows.map((r) => [r.module, { cost: r.cost, raw: r.raw }]));
  writeFileSync(BASELINE, `${JSON.stringify({ commit, raw: rawTotal, gzip: total, modules }, null, 2)}\n`);
  console.log(`${BASELINE}: the build of ${commit}, ${total} bytes gzip -9`);
  process.exit(0);
}

const bar = (/** @type {number} */ share) => '█'.repeat(Math.max(1, Math.round(share * 40)));
const signed = (/** @type {number} */ n) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
const table = [
  `dist/python-showcase.js: ${rawTotal} bytes, ${total} bytes gzip -9, ${brotli} bytes brotli.`,
  '',
  'Cost in the file: how many gzip -9 bytes (zlib) the file would lose without the module. The rest compresses',
  "less well without it, so the costs sum to less than the file; under 50 bytes the figure is within gzip's",
  'noise (taking bytes out can move its block boundaries and even grow the rest).',
  '',
  "![Treemap: each module's cost in the file](size-treemap.svg)",
  '',
  '| part | cost in the file (gzip) |',
  '| --- | --- |',
  ...partRows.map((r) => `| ${r.part} | ${r.cost} |`),
  '',
  '| module | cost in the file (gzip) | gzip alone | raw bytes | share of raw |  |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.module} | ${r.cost < 50 ? '< 50' : r.cost} | ${r.alone} | ${r.raw} | ${((r.raw / rawTotal) * 100).toFixed(1)}% | ${bar(r.raw / rawTotal)} |`,
  ),
  ...comparison(),
].join('\n');

/** Where the bytes went since the baseline, module by module: the modules that changed, the largest cut first. */
function comparison() {
  if (!existsSync(BASELINE)) return [];
  const baseline = JSON.parse(readFileSync(BASELINE, 'utf8'));
  const now = Object.fromEntries(rows.map((r) => [r.module, r]));
  const changed = [...new Set([...Object.keys(baseline.modules), ...Object.keys(now)])]
    .map((module) => ({ module, before: baseline.modules[module], after: now[module] }))
    .map((r) => ({
      ...r,
      cost: (r.after?.cost ?? 0) - (r.before?.cost ?? 0),
      raw: (r.after?.raw ?? 0) - (r.before?.raw ?? 0),
    }))
    .filter((r) => r.raw !== 0)
    .sort((a, b) => a.cost - b.cost || a.raw - b.raw);
  return [
    '',
    `## Where the cut came from: since ${baseline.commit}`,
    '',
    `${baseline.gzip} bytes gzip -9 then (${BASELINE}), ${total} now: ${signed(total - baseline.gzip)}. Build settings (terser's,`,
    "the template minifier's) shrink modules whose source is unchanged, Lit's included; a module gone is folded",
    'into another. Changes in cost under 50 bytes are within the noise described above; raw bytes are exact.',
    '',
    '| module | cost before | cost after | change | raw before | raw after | raw change |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...changed.map(
      (r) =>
        `| ${r.module} | ${r.before?.cost ?? '—'} | ${r.after?.cost ?? '—'} | ${signed(r.cost)} | ${r.before?.raw ?? '—'} | ${r.after?.raw ?? '—'} | ${signed(r.raw)} |`,
    ),
  ];
}
writeFileSync('bench/size.md', `${table}\n`);
writeFileSync('bench/size-treemap.svg', treemap(rows.filter((r) => r.cost >= 50)));
console.log(table);

/**
 * A squarified treemap (Bruls, Huizing and van Wijk) of the modules' costs, as a standalone SVG.
 * @param {{ module: string, cost: number }[]} items
 */
function treemap(items, width = 960, height = 540) {
  const scale = (width * height) / items.reduce((sum, item) => sum + item.cost, 0);
  const boxes = [];
  let rest = items.map((item) => ({ item, area: item.cost * scale }));
  let free = { x: 0, y: 0, w: width, h: height };
  /**
   * @param {typeof rest} row
   * @param {number} side
   */
  const worst = (row, side) => {
    const sum = row.reduce((s, r) => s + r.area, 0);
    return Math.max(
      ...row.map((r) => Math.max((side * side * r.area) / (sum * sum), (sum * sum) / (side * side * r.area))),
    );
  };
  while (rest.length) {
    const side = Math.min(free.w, free.h);
    const row = [rest[0]];
    let next = 1;
    while (next < rest.length && worst([...row, rest[next]], side) <= worst(row, side)) row.push(rest[next++]);
    rest = rest.slice(next);
    const sum = row.reduce((s, r) => s + r.area, 0);
    const thickness = sum / side;
    let offset = 0;
    for (const { item, area } of row) {
      const length = area / thickness;
      boxes.push(
        free.w >= free.h
          ? { item, x: free.x, y: free.y + offset, w: thickness, h: length }
          : { item, x: free.x + offset, y: free.y, w: length, h: thickness },
      );
      offset += length;
    }
    free =
      free.w >= free.h
        ? { x: free.x + thickness, y: free.y, w: free.w - thickness, h: free.h }
        : { x: free.x, y: free.y + thickness, w: free.w, h: free.h - thickness };
  }
  const escape = (/** @type {string} */ text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  /** @param {string} module */
  const colour = (module) => (module === 'lit-html' ? '#f5c542' : module.includes('styles') ? '#7fb3e6' : '#9fd8a8');
  const cells = boxes.map(({ item, x, y, w, h }) => {
    const name = item.module
      .slice(item.module.lastIndexOf('/') + 1)
      .replace(/^(?:python-)?(.*)\.styles\.ts$/, '$1 styles');
    const label = w > name.length * 6 + 6 && h > 34;
    return (
      `<g><title>${escape(item.module)}: ${item.cost} bytes gzip</title>` +
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${colour(item.module)}" stroke="#fff"/>` +
      (label
        ? `<text x="${(x + 4).toFixed(1)}" y="${(y + 15).toFixed(1)}">${escape(name)}</text>` +
          `<text x="${(x + 4).toFixed(1)}" y="${(y + 29).toFixed(1)}">${item.cost} B</text>`
        : '') +
      '</g>'
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `font-family="sans-serif" font-size="11" fill="#111">\n` +
    `<title>dist/python-showcase.js: what each module costs in gzip -9 bytes</title>\n${cells.join('\n')}\n</svg>\n`
  );
}
