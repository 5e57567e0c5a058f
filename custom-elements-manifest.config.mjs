export default {
  globs: ['src/elements/*.ts', 'src/elements/*/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json names custom-elements.json itself; the test command's fresh copy must not rewrite it.
  packagejson: false,
};
