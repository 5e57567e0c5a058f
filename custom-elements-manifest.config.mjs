export default {
  globs: ['src/elements/*.ts', 'src/elements/*/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
};
