// @ts-check
// The public attribute contract as the tools outside the browser need it: read from the attribute tables beside
// the elements (src/elements/**/*.attributes.ts) with TypeScript's own parser, so that each entry's description,
// its JSDoc comment, comes along (the drop-in script carries the tables without their comments). The manifest
// (custom-elements-manifest.config.mjs), the WordPress plugin's and its docs' attribute lists (generate-contract.mjs)
// and the tests read the contract from here; nothing else writes an attribute's name, values or default.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {{ kind: 'text' } | { kind: 'choice', values: string[], default: string } | { kind: 'level' } | { kind: 'flag' }} AttributeSpec
 * @typedef {AttributeSpec & { name: string, property: string, description: string, table: string, module: string }} ContractAttribute
 */

/** The table files, and the element each belongs to: `showcase-element.attributes.ts` is the base class's. */
export const TABLE_FILES = [
  { file: 'src/elements/showcase-element.attributes.ts', table: 'SHARED_ATTRIBUTES', tagName: undefined },
  { file: 'src/elements/python-showcase/python-showcase.attributes.ts', table: 'SHOWCASE_ATTRIBUTES', tagName: 'python-showcase' },
  { file: 'src/elements/python-app-card/python-app-card.attributes.ts', table: 'APP_CARD_ATTRIBUTES', tagName: 'python-app-card' },
  { file: 'src/elements/python-course-promo/python-course-promo.attributes.ts', table: 'PROMO_ATTRIBUTES', tagName: 'python-course-promo' },
];

/** @param {string} attribute */
export const propertyName = (attribute) => attribute.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

/**
 * @param {ts.Expression} node
 * @returns {ts.Expression}
 */
const unwrap = (node) =>
  ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node) ? unwrap(node.expression) : node;

/**
 * A literal of a table entry: a string, an array of strings, or an object of those.
 * @param {ts.Expression} node
 * @param {string} where
 * @returns {unknown}
 */
function literal(node, where) {
  node = unwrap(node);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((element) => literal(element, where));
  if (ts.isObjectLiteralExpression(node)) {
    /** @type {Record<string, unknown>} */
    const object = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) throw new Error(`${where}: only plain properties in an entry`);
      object[property.name.getText().replace(/^'|'$/g, '')] = literal(property.initializer, where);
    }
    return object;
  }
  throw new Error(`${where}: ${node.getText()} is not a literal; the tables hold literals only`);
}

/**
 * Every table by its exported name, each entry in the table's order, a spread (`...PROMO_ATTRIBUTES`) in its place.
 * @returns {Map<string, ContractAttribute[]>}
 */
export function readTables() {
  /** @type {Map<string, ContractAttribute[]>} */
  const tables = new Map();
  /** @type {Array<() => void>} */
  const pending = [];
  for (const { file } of TABLE_FILES) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText();
        const initializer = declaration.initializer && unwrap(declaration.initializer);
        if (!initializer || !ts.isObjectLiteralExpression(initializer) || !name.endsWith('_ATTRIBUTES')) continue;
        /** @type {ContractAttribute[]} */
        const entries = [];
        tables.set(name, entries);
        for (const property of initializer.properties) {
          if (ts.isSpreadAssignment(property)) {
            const index = entries.length;
            const spread = property.expression.getText();
            // Resolved once every table is read: the spread table may be in a file read later.
            pending.push(() => {
              const other = tables.get(spread);
              if (!other) throw new Error(`${file}: ...${spread} is not an attribute table`);
              entries.splice(index, 0, ...other);
            });
            continue;
          }
          if (!ts.isPropertyAssignment(property)) throw new Error(`${file}: ${property.getText()} is not an entry`);
          const attribute = property.name.getText().replace(/^'|'$/g, '');
          const where = `${file}: ${attribute}`;
          const spec = /** @type {AttributeSpec} */ (literal(property.initializer, where));
          const description = ts
            .getJSDocCommentsAndTags(property)
            .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim();
          if (!description) throw new Error(`${where}: every attribute needs a one-line /** description */`);
          if (!['text', 'choice', 'level', 'flag'].includes(spec.kind)) throw new Error(`${where}: unknown kind`);
          entries.push({ ...spec, name: attribute, property: propertyName(attribute), description, table: name, module: file });
        }
      }
    }
  }
  // Later spreads first, so that the indices of earlier ones still hold.
  for (const resolve of pending.reverse()) resolve();
  return tables;
}

/**
 * The attributes of each element by its tag, its own first, then those it shares with the others.
 * @returns {Map<string, ContractAttribute[]>}
 */
export function readContract() {
  const tables = readTables();
  const table = (/** @type {string} */ name) => {
    const entries = tables.get(name);
    if (!entries) throw new Error(`no attribute table ${name}`);
    return entries;
  };
  const shared = table(TABLE_FILES[0].table);
  /** @type {Map<string, ContractAttribute[]>} */
  const elements = new Map();
  for (const { table: name, tagName } of TABLE_FILES.slice(1)) if (tagName) elements.set(tagName, [...table(name), ...shared]);
  return elements;
}

/**
 * The type a property holds, as the manifest writes types.
 * @param {ContractAttribute} attribute
 */
export function typeText(attribute) {
  switch (attribute.kind) {
    case 'choice':
      return attribute.values.map((value) => `'${value}'`).join(' | ');
    case 'flag':
      return 'boolean';
    case 'level':
      return 'number | undefined';
    default:
      return 'string | undefined';
  }
}

/**
 * The default, as the manifest writes it (source text), or undefined when the attribute has none.
 * @param {ContractAttribute} attribute
 */
export function defaultText(attribute) {
  if (attribute.kind === 'choice') return `'${attribute.default}'`;
  if (attribute.kind === 'flag') return 'false';
  return undefined;
}
