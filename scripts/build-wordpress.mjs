// @ts-check
// `npm run build:wordpress`: writes dist/python-showcase-wordpress.zip, the plugin that installs through
// Plugins > Add New > Upload: wordpress/python-showcase/ (PHP, readme.txt, the block) with the drop-in script as built
// in its assets/ folder. Refuses a plugin whose version is not the package's, since the script URL's ?ver= and
// the readme's Stable tag must change with each release.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const PLUGIN = 'wordpress/python-showcase';
const OUTPUT = 'dist/python-showcase-wordpress.zip';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const php = readFileSync(join(PLUGIN, 'python-showcase.php'), 'utf8');
const readme = readFileSync(join(PLUGIN, 'readme.txt'), 'utf8');
const block = JSON.parse(readFileSync(join(PLUGIN, 'block', 'block.json'), 'utf8'));
const asset = readFileSync(join(PLUGIN, 'block', 'index.asset.php'), 'utf8');
const found = {
  "block.json's version": block.version,
  "index.asset.php's version (the editor script's ?ver=)": /'version'\s*=>\s*'([^']+)'/.exec(asset)?.[1],
  'the Version header': /^ \* Version:\s+(\S+)/m.exec(php)?.[1],
  PYTHON_SHOWCASE_VERSION: /const PYTHON_SHOWCASE_VERSION = '([^']+)'/.exec(php)?.[1],
  "readme.txt's Stable tag": /^Stable tag:\s+(\S+)/m.exec(readme)?.[1],
};
for (const [where, value] of Object.entries(found)) {
  if (value !== version) {
    console.error(`${PLUGIN}: ${where} is ${value}, the package is ${version}`);
    process.exit(1);
  }
}

// Fixed dates, so the same sources give the same zip.
const mtime = new Date('2026-01-01T00:00:00Z');
/** @type {import('fflate').Zippable} */
const files = {};
/**
 * @param {string} path
 * @param {Uint8Array} data
 */
const add = (path, data) => (files[`python-showcase/${path}`] = [data, { mtime }]);
/** @param {string} folder */
function addFolder(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) addFolder(path);
    else add(relative(PLUGIN, path), readFileSync(path));
  }
}
addFolder(PLUGIN);
add('assets/python-showcase.js', readFileSync('dist/python-showcase.js'));
mkdirSync('dist', { recursive: true });
writeFileSync(OUTPUT, zipSync(files, { level: 9 }));
console.log(`${OUTPUT}: ${Object.keys(files).length} files`);
