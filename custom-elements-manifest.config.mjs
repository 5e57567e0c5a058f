// @ts-check
import { TABLE_FILES, defaultText, readTables, typeText } from './scripts/contract.mjs';

/**
 * The analyzer's plugin hooks, and the parts of the manifest these plugins read and change (the analyzer's own
 * types of the manifest do not resolve from an ES module).
 * @typedef {import('@custom-elements-manifest/analyzer').Plugin} Plugin
 * @typedef {import('./scripts/contract.mjs').ContractAttribute} ContractAttribute
 * @typedef {{ name: string, privacy?: string, inheritedFrom?: object }} ManifestMember
 * @typedef {{ name: string, tagName?: string, attributes?: { name: string }[], members?: ManifestMember[] }} ManifestDeclaration
 * @typedef {{ customElementsManifest: { modules: { declarations?: ManifestDeclaration[] }[] } }} PackageLink
 */

/**
 * Keeps the manifest to the public API: members that are private (`#name`, `private`), `protected`, or marked
 * `@internal` in their JSDoc are left out, and so is Lit's `defer-hydration` attribute, so the README and the API page, which are made from the manifest,
 * document only what partners may use.
 * @returns {Plugin}
 */
function publicApiOnly() {
  /** @type {Set<string>} */
  const internal = new Set();
  return {
    name: 'python-showcase:public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node)) return;
      for (const member of node.members) {
        if (member.name && ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal')) {
          internal.add(member.name.getText());
        }
      }
    },
    /** @param {PackageLink} params */
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // defer-hydration is Lit's server-rendering protocol between elements, not an option for partners.
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => attribute.name !== 'defer-hydration');
          }
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              !member.name.startsWith('#') &&
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !internal.has(member.name),
          );
        }
      }
    },
  };
}

/**
 * The attributes and their properties come from the attribute tables (scripts/contract.mjs), the one source of the
 * contract: the elements declare no copy of them for the analyzer to find. Each element lists its own table's
 * attributes, then the shared ones, inherited from `ShowcaseElement`, as the analyzer lists inherited members.
 * @returns {Plugin}
 */
function attributesFromTables() {
  const tables = readTables();
  const table = (/** @type {string} */ name) => {
    const entries = tables.get(name);
    if (!entries) throw new Error(`no attribute table ${name}`);
    return entries;
  };
  const SHARED = { name: 'ShowcaseElement', module: 'src/elements/showcase-element.ts' };
  /**
   * @param {ContractAttribute} attribute
   * @param {boolean} inherited
   */
  const fieldOf = (attribute, inherited) => ({
    kind: 'field',
    name: attribute.property,
    privacy: 'public',
    type: { text: typeText(attribute) },
    ...(defaultText(attribute) && { default: defaultText(attribute) }),
    description: attribute.description,
    attribute: attribute.name,
    ...(inherited && { inheritedFrom: SHARED }),
  });
  /**
   * @param {ContractAttribute} attribute
   * @param {boolean} inherited
   */
  const attributeOf = (attribute, inherited) => ({
    name: attribute.name,
    type: { text: typeText(attribute) },
    ...(defaultText(attribute) && { default: defaultText(attribute) }),
    description: attribute.description,
    fieldName: attribute.property,
    ...(inherited && { inheritedFrom: SHARED }),
  });
  return {
    name: 'python-showcase:attributes-from-tables',
    /** @param {PackageLink} params */
    packageLinkPhase({ customElementsManifest }) {
      const shared = table(TABLE_FILES[0].table);
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const isBase = declaration.name === SHARED.name;
          const entry = TABLE_FILES.find((file) => file.tagName && file.tagName === declaration.tagName);
          if (!isBase && !entry) continue;
          const own = isBase || !entry ? shared : table(entry.table);
          const inherited = isBase ? [] : shared;
          const names = new Set([...own, ...inherited].map((attribute) => attribute.property));
          const others = (declaration.members ?? []).filter((member) => !names.has(member.name));
          declaration.members = [
            ...own.map((attribute) => fieldOf(attribute, false)),
            ...others.filter((member) => !member.inheritedFrom),
            ...inherited.map((attribute) => fieldOf(attribute, true)),
            ...others.filter((member) => member.inheritedFrom),
          ];
          declaration.attributes = [
            ...own.map((attribute) => attributeOf(attribute, false)),
            ...inherited.map((attribute) => attributeOf(attribute, true)),
          ];
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/*.ts', 'src/elements/*/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.attributes.ts', 'src/elements/attribute-table.ts'],
  litelement: true,
  // package.json names custom-elements.json itself; the test command's fresh copy must not rewrite it.
  packagejson: false,
  plugins: [publicApiOnly(), attributesFromTables()],
};
