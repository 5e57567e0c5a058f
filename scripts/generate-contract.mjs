// @ts-check
// `npm run generate:contract`: writes the forms of the attribute contract that cannot import TypeScript, from the
// attribute tables (scripts/contract.mjs):
// - the WordPress plugin's attribute lists and its fallback link (the default content's heading, translatable, to its
//   promo's link, as the server renderer writes it), between the `// contract:start` and `// contract:end` lines of
//   its PHP;
// - the shortcode's attribute list in the WordPress guide, between `<!-- contract:start -->` and
//   `<!-- contract:end -->`;
// - the same list in the plugin's readme.txt: the paragraph that begins "Every attribute of the widget is a
//   shortcode attribute of the same name:", up to the next blank line. WordPress's readme parser has no comment
//   syntax, so that opening, which the generated paragraph starts with, is the marker;
// - the block's attributes in its block.json, in camelCase (headingLevel), a choice's values as its `enum`;
// - the block editor script's table of options (kind, values, default, description) and the default content's
//   apps, between the `// contract:start` and `// contract:end` lines of wordpress/python-showcase/block/index.js,
//   which its sidebar controls and paste reader are built from.
// `--check` exits 1 when a committed file differs from a fresh one; `npm test` runs it.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { readContract } from './contract.mjs';

/** @typedef {import('./contract.mjs').ContractAttribute} ContractAttribute */

const showcase = readContract().get('python-showcase') ?? [];
const flags = showcase.filter((a) => a.kind === 'flag');
const valued = showcase.filter((a) => a.kind !== 'flag');

/** A PHP single-quoted string literal. */
const phpString = (/** @type {string} */ text) => `'${text.replace(/[\\']/g, '\\$&')}'`;
/** @param {string[]} names */
const phpArray = (names) => `array( ${names.map(phpString).join(', ')} )`;

/** The default content, read from its TypeScript module (bundled in memory: Node 20 runs no TypeScript). */
async function readDefaultContent() {
  const { outputFiles } = await build({
    entryPoints: ['src/content/default-content.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'warning',
  });
  const url = `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`;
  /** @type {{ defaultContent: import('../src/content/content-model.js').ShowcaseContent }} */
  const module = await import(url);
  return module.defaultContent;
}
const defaultContent = await readDefaultContent();
// What the server renderer writes as the fallback: the heading, linked to the promo's call to action.
const fallbackUrl = [defaultContent.promo ?? []].flat()[0]?.cta?.href;
if (!fallbackUrl || !defaultContent.heading) throw new Error('the default content has no heading or promo link');

const php = `/**
 * The attributes of <python-showcase>, each a shortcode attribute of the same name: text ones, and booleans,
 * which are on when written bare ([python_showcase takeaways]) or with any value but no, false or 0.
 */
const PYTHON_SHOWCASE_TEXT_ATTRIBUTES    = ${phpArray(valued.map((a) => a.name))};
const PYTHON_SHOWCASE_BOOLEAN_ATTRIBUTES = ${phpArray(flags.map((a) => a.name))};

/** The link readers and search engines see before or without JavaScript: the default content's heading and link. */
const PYTHON_SHOWCASE_FALLBACK_URL = ${phpString(fallbackUrl)};

/**
 * The fallback link's text, in the site's language.
 *
 * @return string
 */
function python_showcase_fallback_text() {
	return __( ${phpString(defaultContent.heading)}, 'python-showcase' );
}
`;

/** `a`, `a and b`, `a, b and c` (`or` in place of `and` when asked). */
const series = (/** @type {string[]} */ items, conjunction = 'and') =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;

/** Text as lines of at most `width` characters, broken at spaces outside code spans. */
function wrap(/** @type {string} */ text, width = 110) {
  const words = text.match(/(?:`[^`]*`|[^\s`])+/g) ?? [];
  const lines = [''];
  for (const word of words) {
    const line = lines.at(-1) ?? '';
    if (line && line.length + 1 + word.length > width) lines.push(word);
    else lines[lines.length - 1] = line ? `${line} ${word}` : word;
  }
  return `${lines.join('\n')}\n`;
}

const OPENING = 'Every attribute of the widget is a shortcode attribute of the same name:';

/**
 * One attribute as a list names it: its name, and what it takes when that is not free text.
 * @param {ContractAttribute} attribute
 * @param {(value: string) => string} value how a value is written (`grid` or `` `grid` ``)
 * @param {boolean} withDefault
 */
function described(attribute, value, withDefault) {
  const name = `\`${attribute.name}\``;
  if (attribute.kind === 'choice') {
    const values = withDefault
      ? `${series(attribute.values.map(value), 'or')}; default ${value(attribute.default)}`
      : attribute.values.join(', ');
    return `${name} (${values})`;
  }
  return attribute.kind === 'level' ? `${name} (1 to 6)` : name;
}

const flagNames = series(flags.map((a) => `\`${a.name}\``));
// readme.txt: plain text; WordPress shows the backticks as code.
const readme = wrap(
  `${OPENING} ${valued.map((a) => described(a, (v) => v, false)).join(', ')}, and the switches ${flagNames}, ` +
    'which are on when written bare or with any value but no, false or 0.',
);
const guide = `\n${wrap(
  `${OPENING} ${valued.map((a) => described(a, (v) => `\`${v}\``, true)).join(', ')}; the switches ${flagNames} are ` +
    'on when written bare or with any value but `no`, `false` or `0`.',
)}\n`;

/** The heading levels a `level` attribute takes. */
const LEVELS = [1, 2, 3, 4, 5, 6];

/**
 * A block attribute for each element attribute. No default: an attribute left unset is left out of the mount
 * point, and the widget takes its own default, as with a shortcode.
 * @param {ContractAttribute} attribute
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

const BLOCK_JSON = 'wordpress/python-showcase/block/block.json';
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
const defaultApps = defaultContent.apps.map(({ id, name }) => ({ id, name }));
const editor =
  `/** The options of <python-showcase>: each one's shortcode and block attribute, kind, values and description. */
const CONTRACT = ${JSON.stringify(editorTable, null, '\t')};

/** The default content's apps, in their order: the sidebar's app list. */
const DEFAULT_APPS = ${JSON.stringify(defaultApps, null, '\t')};
`
    .split('\n')
    .map((line) => (line ? `\t${line}` : line))
    .join('\n')
    .concat('\t');

const FILES = [
  {
    file: 'wordpress/python-showcase/python-showcase.php',
    region: /(\/\/ contract:start[^\n]*\n)[\s\S]*?(\/\/ contract:end\n)/,
    markers: 'contract:start/contract:end lines',
    generated: php,
  },
  {
    file: 'docs/guides/wordpress.md',
    region: /(<!-- contract:start -->\n)[\s\S]*?(<!-- contract:end -->\n)/,
    markers: '<!-- contract:start --> and <!-- contract:end --> lines',
    generated: guide,
  },
  {
    file: 'wordpress/python-showcase/readme.txt',
    // The paragraph that begins with the opening sentence, to the blank line after it.
    region: new RegExp(`^()${OPENING}(?:[^\\n]|\\n(?!\\n))*\\n()`, 'm'),
    markers: `paragraph beginning "${OPENING}"`,
    generated: readme,
  },
  {
    file: 'wordpress/python-showcase/block/index.js',
    region: /(\/\/ contract:start[^\n]*\n)[\s\S]*?(\/\/ contract:end\n)/,
    markers: 'contract:start/contract:end lines',
    generated: editor,
  },
  {
    // Written whole: JSON has no comments to mark a region with.
    file: BLOCK_JSON,
    region: /^()[\s\S]*()$/,
    markers: 'content',
    generated: freshBlockJson,
  },
];

let stale = false;
for (const { file, region, markers, generated } of FILES) {
  const committed = readFileSync(file, 'utf8');
  if (!region.test(committed)) {
    console.error(`${file}: no ${markers}`);
    process.exit(1);
  }
  const fresh = committed.replace(region, (_, start, end) => `${start}${generated}${end}`);
  if (fresh === committed) continue;
  if (process.argv.includes('--check')) {
    console.error(`${file}: the attribute list is stale: run npm run generate:contract and commit it`);
    stale = true;
  } else {
    writeFileSync(file, fresh);
    console.log(`${file}: written`);
  }
}
if (stale) process.exit(1);
