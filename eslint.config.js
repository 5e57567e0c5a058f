// @ts-check
// ESLint (`npm run lint`, which `npm test` runs): @eslint/js and typescript-eslint's recommended rules, Lit's and
// the web-component rules. TypeScript files get the type-aware rules, with the types of tsconfig.json's program;
// JavaScript files get the rules that need no types, and tsc checks their types (tsconfig.scripts.json).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The JavaScript that tsconfig.scripts.json type-checks. With checkJs off there (so that the built files and
 * the build these import is read, not checked), each file asks for it with `// @ts-check`.
 */
const CHECKED_JS = [
  'scripts/*.mjs',
  'tests/node/*.mjs',
  'tests/wordpress/*.mjs',
  'tests/server/*.js',
  'tests/helpers/*.js',
  'tests/pages/*.js',
  '*.config.js',
  '*.config.mjs',
];

/**
 * Reports a checked JavaScript file that does not start with `// @ts-check`.
 * @type {import('eslint').Rule.RuleModule}
 */
const requireTsCheck = {
  meta: {
    type: 'problem',
    docs: { description: 'Require `// @ts-check` as the first line of a type-checked JavaScript file' },
    messages: { missing: 'Start the file with `// @ts-check`: tsconfig.scripts.json checks only the files that ask.' },
    schema: [],
  },
  create(context) {
    return {
      Program() {
        const [first] = context.sourceCode.getAllComments();
        if (first?.type !== 'Line' || first.value.trim() !== '@ts-check' || first.loc?.start.line !== 1) {
          context.report({ loc: { line: 1, column: 0 }, messageId: 'missing' });
        }
      },
    };
  },
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'site/',
      'tests/.sites/',
      'tmp/',
      'bench/*.json',
      // Written by scripts/generate-brand-icons.mjs, which `npm test` checks is current.
      'src/icons/brand-icon-paths.ts',
      // Umami's tracker as its npm package ships it, kept unchanged.
      'tests/fixtures/umami-tracker-2.10.0.js',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  lit['flat/recommended'],
  wc['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The elements' property types come from interface merging: `interface PythonShowcase extends Table {}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // @open-wc/semantic-dom-diff types chai's equal() as returning a promise; it returns none.
          allowForKnownSafeCalls: [{ from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' }],
        },
      ],
      // `_name`: a parameter an override must take (tsc's noUnusedParameters allows it); rest siblings pick out fields.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // vite.config.ts is checked with the scripts it imports (their types come from their JSDoc).
    files: ['vite.config.ts'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: './tsconfig.scripts.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Chai's assertions end in properties: `expect(value).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['src/**', 'demo/**', 'tests/**', 'bench/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**', 'tests/node/**', 'tests/server/**', 'tests/wordpress/**', 'tests/helpers/*.js', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    // The functions these scripts hand to puppeteer's page.evaluate() run in the page.
    files: ['scripts/bench.mjs', 'scripts/screenshot.mjs'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: CHECKED_JS,
    plugins: { local: { rules: { 'require-ts-check': requireTsCheck } } },
    rules: { 'local/require-ts-check': 'error' },
  },
  {
    // Classic scripts of the test pages (no type="module"); probe.js defines `probe` for the page's other scripts.
    files: ['tests/pages/*.js', 'bench/vanilla-showcase.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    // The block's editor script: a classic script WordPress loads in the editor's page, on the browser's globals and
    // WordPress's `wp` (its dependencies, listed in index.asset.php), with no build step.
    files: ['wordpress/python-showcase/block/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, wp: 'readonly' } },
  },
);
