// @ts-check
// `npm run generate:contract`: writes the forms of the attribute contract that cannot import TypeScript, from the
// attribute tables (scripts/contract.mjs): the WordPress plugin's attribute lists, between the `contract:start`
// and `contract:end` lines of its PHP. `--check` exits 1 when the committed file differs from a fresh one;
// `npm test` runs it.
import { readFileSync, writeFileSync } from 'node:fs';
import { readContract } from './contract.mjs';

const PHP_FILE = 'wordpress/python-showcase/python-showcase.php';
const REGION = /(\/\/ contract:start[^\n]*\n)[\s\S]*?(\/\/ contract:end\n)/;

const showcase = readContract().get('python-showcase') ?? [];
/** @param {string[]} names */
const phpArray = (names) => `array( ${names.map((name) => `'${name}'`).join(', ')} )`;
const generated = `/**
 * The attributes of <python-showcase>, each a shortcode attribute of the same name: text ones, and booleans,
 * which are on when written bare ([python_showcase takeaways]) or with any value but no, false or 0.
 */
const PYTHON_SHOWCASE_TEXT_ATTRIBUTES    = ${phpArray(showcase.filter((a) => a.kind !== 'flag').map((a) => a.name))};
const PYTHON_SHOWCASE_BOOLEAN_ATTRIBUTES = ${phpArray(showcase.filter((a) => a.kind === 'flag').map((a) => a.name))};
`;

const committed = readFileSync(PHP_FILE, 'utf8');
if (!REGION.test(committed)) {
  console.error(`${PHP_FILE}: no contract:start/contract:end lines`);
  process.exit(1);
}
const fresh = committed.replace(REGION, (_, start, end) => `${start}${generated}${end}`);
if (process.argv.includes('--check')) {
  if (fresh !== committed) {
    console.error(`${PHP_FILE}: the attribute lists are stale: run npm run generate:contract and commit it`);
    process.exit(1);
  }
} else {
  writeFileSync(PHP_FILE, fresh);
}
