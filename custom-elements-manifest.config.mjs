/**
 * Keeps the manifest to the public API: members that are private (`#name`, `private`), `protected`, or marked
 * `@internal` in their JSDoc are left out, and so is Lit's `defer-hydration` attribute, so the README and the API page, which are made from the manifest,
 * document only what partners may use.
 */
function publicApiOnly() {
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

export default {
  globs: ['src/elements/*.ts', 'src/elements/*/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json names custom-elements.json itself; the test command's fresh copy must not rewrite it.
  packagejson: false,
  plugins: [publicApiOnly()],
};
