// @ts-check
// `npm run generate:contract`: writes the forms of the attribute contract that cannot import TypeScript, from the
// attribute tables (scripts/contract.mjs):
// - the WordPress plugin's attribute lists, between the `contract:start` and `contract:end` lines of its PHP;
// - the block's attributes in its block.json, in camelCase (headingLevel), a choice's values as its `enum`;
// - the block editor script's table of options (kind, values, default, description), between the same lines of
//   wordpress/python-showcase/block/index.js, which its sidebar controls and paste reader are built from.
// `--check` exits 1 when a committed file differs from a fresh one; `npm test` runs it.
import { readFileSync, writeFileSync } from 'node:fs';
import { readContract } from './contract.mjs';

const PHP_FILE = 'wordpress/python-showcase/python-showcase.php';
const BLOCK_JSON = 'wordpress/python-showcase/block/block.json';
const EDITOR_SCRIPT = 'wordpress/python-showcase/block/index.js';
const REGION = /(\/\/ contract:start[^\n]*\n)[\s\S]*?(\/\/ contract:end\n)/;

const showcase = readContract().get('python-showcase') ?? [];
/** @param {string[]} names */
const phpArray = (names) => `array( ${names.map((name) => `'${name}'`).join(', ')} )`;
const php = `/**
 * The attributes of <python-showcase>, each a shortcode attribute of the same name: text ones, and booleans,
 * which are on when written bare ([python_showcase takeaways]) or with any value but no, false or 0.
 */
const PYTHON_SHOWCASE_TEXT_ATTRIBUTES    = ${phpArray(showcase.filter((a) => a.kind !== 'flag').map((a) => a.name))};
const PYTHON_SHOWCASE_BOOLEAN_ATTRIBUTES = ${phpArray(showcase.filter((a) => a.kind === 'flag').map((a) => a.name))};
`;

/** The heading levels a `level` attribute takes. */
const LEVELS = [1, 2, 3, 4, 5, 6];

/**
 * A block attribute for each element attribute. No default: an attribute left unset is left out of the mount
 * point, and the widget takes its own default, as with a shortcode.
 * @param {import('./contract.mjs').ContractAttribute} attribute
 */
function blockAttribute(attribute) {
  switch (attribute.kind) {
    case 'choice':
      return { type: 'string', enum: attribute.values };
    case 'level':
      return { type: 'integer', enum: LEVELS };
    case 'flag':
      return { type: 'boolean' };
    default:
      return { type: 'string' };
  }
}

const blockJson = JSON.parse(readFileSync(BLOCK_JSON, 'utf8'));
blockJson.attributes = {
  ...Object.fromEntries(showcase.map((attribute) => [attribute.property, blockAttribute(attribute)])),
  // The anchor support's own attribute, declared as a plain one: the support's default reads the id from saved
  // HTML, which a block rendered on the server does not save.
  anchor: { type: 'string' },
};
const freshBlockJson = `${JSON.stringify(blockJson, null, '\t')}\n`;

const editorTable = showcase.map((attribute) => ({
  name: attribute.name,
  attribute: attribute.property,
  kind: attribute.kind,
  ...(attribute.kind === 'choice' && { values: attribute.values, default: attribute.default }),
  ...(attribute.kind === 'level' && { values: LEVELS.map(String) }),
  description: attribute.description,
}));
// Indented as the script's body is: the region sits inside its function.
const editor =
  `/** The options of <python-showcase>: each one's shortcode and block attribute, kind, values and description. */
const CONTRACT = ${JSON.stringify(editorTable, null, '\t')};
`
    .split('\n')
    .map((line) => (line ? `\t${line}` : line))
    .join('\n')
    .concat('\t');

let stale = false;
/**
 * @param {string} file
 * @param {(committed: string) => string} write
 */
function generate(file, write) {
  const committed = readFileSync(file, 'utf8');
  const fresh = write(committed);
  if (process.argv.includes('--check')) {
    if (fresh !== committed) {
      console.error(`${file}: the attribute contract is stale: run npm run generate:contract and commit it`);
      stale = true;
    }
  } else if (fresh !== committed) {
    writeFileSync(file, fresh);
  }
}
/** @param {string} generated */
const region = (generated) => (/** @type {string} */ committed) => {
  if (!REGION.test(committed)) throw new Error('no contract:start/contract:end lines');
  return committed.replace(REGION, (_, start, end) => `${start}${generated}${end}`);
};
generate(PHP_FILE, region(php));
generate(BLOCK_JSON, () => freshBlockJson);
generate(EDITOR_SCRIPT, region(editor));
if (stale) process.exit(1);
