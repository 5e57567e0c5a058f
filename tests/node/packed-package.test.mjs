// @ts-check
// The package as npm packs it, installed into an empty project next to the current @types/node, as an
// application or a site's build gets it: npm accepts the tree, and the entries load in plain Node.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

/**
 * @param {string[]} args
 * @param {string} cwd
 */
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the packed package in an empty project', { timeout: 240_000 }, () => {
  /** @type {string} */
  let project;
  before(() => {
    project = mkdtempSync(join(tmpdir(), 'showcase-consumer-'));
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', project], resolve('.')))[0].filename;
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    // The type checkers a React or Vue project has, at the versions this project's own tests use.
    npm(
      [
        'install',
        '--no-audit',
        '--no-fund',
        join(project, packed),
        '@types/node@latest',
        'typescript@5.9.3',
        '@types/react@19.2.7',
        'react@19.2.0',
        'vue@3.5.22',
        'vue-tsc@3.3.14',
      ],
      project,
    );
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  it('npm ls reports no problem', () => {
    const result = spawnSync('npm', ['ls', '--all'], { cwd: project, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.doesNotMatch(result.stdout + result.stderr, /invalid|missing|ERR/);
  });

  for (const entry of ['python-showcase', 'python-showcase/ssr', 'python-showcase/react', 'python-showcase/vue']) {
    it(`import('${entry}') works in plain Node`, () => {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', `await import('${entry}')`], {
        cwd: project,
        encoding: 'utf8',
      });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr, '');
    });
  }

  it('renderShowcase and npx python-showcase render print the chosen cards', () => {
    const script = `const { renderShowcase } = await import('python-showcase/ssr');
      process.stdout.write(await renderShowcase({ attributes: { apps: 'netflix' } }));`;
    const api = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    assert.equal(api.status, 0, api.stderr);
    assert.match(api.stdout, /class="name"[^>]*>(<!--[^>]*-->)*Netflix/);
    const command = spawnSync('npx', ['--no-install', 'python-showcase', 'render', '--apps', 'dropbox'], {
      cwd: project,
      encoding: 'utf8',
    });
    assert.equal(command.status, 0, command.stderr);
    assert.match(command.stdout, /class="name"[^>]*>(<!--[^>]*-->)*Dropbox/);
  });

  describe('TSX and Vue templates type-check with every attribute in custom-elements.json', () => {
    /** Each element's attributes as the installed package's manifest lists them, with a value of its type. */
    const elementsOfManifest = () => {
      /** @type {{ modules: { declarations?: { tagName?: string, attributes: { name: string, fieldName: string, type: { text: string } }[] }[] }[] }} */
      const manifest = JSON.parse(readFileSync(join(project, 'node_modules/python-showcase/custom-elements.json'), 'utf8'));
      return manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => ({
          tag: declaration.tagName,
          attributes: declaration.attributes.map((attribute) => ({
            name: attribute.name,
            property: attribute.fieldName,
            value: valueOfType(attribute.type.text),
            type: attribute.type.text,
          })),
        }));
    };
    /** A TypeScript expression of `type`: the first of a union of strings, a number, `true`, or some text. */
    const valueOfType = (/** @type {string} */ type) =>
      /^'([^']*)'/.exec(type)?.[0] ?? (type.startsWith('number') ? '3' : type === 'boolean' ? 'true' : "'text'");

    /**
     * @param {Record<string, string>} files
     * @param {string} command
     */
    const typeCheck = (files, command) => {
      const folder = mkdtempSync(join(project, 'check-'));
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), text);
      }
      return spawnSync('npx', ['--no-install', command, '--noEmit', '-p', folder], { cwd: project, encoding: 'utf8' });
    };
    const tsconfig = (/** @type {string[]} */ include) =>
      JSON.stringify({
        compilerOptions: {
          strict: true,
          jsx: 'react-jsx',
          module: 'esnext',
          moduleResolution: 'bundler',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          skipLibCheck: true,
          types: [],
        },
        // Unknown attributes are errors in Vue templates only with strictTemplates.
        vueCompilerOptions: { strictTemplates: true },
        include,
      });

    /**
     * An attribute written by its attribute name, as HTML and the embed builder's React tab write it: a flag bare,
     * any other value as JSX text (`heading-level="3"`).
     * @param {{ name: string, value: string, type: string }} attribute
     */
    const byAttributeName = ({ name, value, type }) =>
      type === 'boolean' ? name : `${name}="${value.replace(/^'(.*)'$/, '$1')}"`;
    /**
     * Each element twice: its attributes set by their property names (`headingLevel={3}`), then by their
     * attribute names (`heading-level="3"`); `extra` on every tag.
     */
    const tsx = (extra = '') => {
      const elements = elementsOfManifest();
      const tags = elements.flatMap(({ tag, attributes }) => [
        `<${tag} ${attributes.map(({ property, value }) => `${property}={${value}}`).join(' ')}${extra} />`,
        `<${tag} ${attributes.map(byAttributeName).join(' ')}${extra} />`,
      ]);
      return `import type {} from 'python-showcase/react';\nexport const page = (\n  <>\n    ${tags.join('\n    ')}\n  </>\n);\n`;
    };
    const vue = (extra = '') => {
      const elements = elementsOfManifest();
      const tags = elements.map(
        ({ tag, attributes }) =>
          `<${tag} ${attributes.map(({ name, value }) => `:${name}="${value.replace(/"/g, '&quot;')}"`).join(' ')}${extra}></${tag}>`,
      );
      return `<script setup lang="ts">\nimport type {} from 'python-showcase/vue';\n</script>\n\n<template>\n  ${tags.join('\n  ')}\n</template>\n`;
    };

    it('a TSX page that sets every attribute of every element, by property and by attribute name, type-checks', () => {
      const elements = elementsOfManifest();
      assert.ok((elements.find((element) => element.tag === 'python-showcase')?.attributes.length ?? 0) >= 15);
      const page = tsx();
      assert.match(page, /<python-showcase [^>]*\sheading-level="3"/, 'attribute names, values as JSX text');
      assert.match(page, /<python-showcase [^>]*\stakeaways\s/, 'a flag bare');
      const result = typeCheck({ 'tsconfig.json': tsconfig(['page.tsx']), 'page.tsx': page }, 'tsc');
      assert.equal(result.status, 0, result.stdout + result.stderr);
    });

    // A hyphenated JSX attribute the typings do not declare is accepted with any value: `heading-level` must be.
    for (const [attribute, value] of [
      ['layout', 'hexagon'],
      ['heading-level', 'three'],
      ['heading-level', '9'],
    ]) {
      it(`${attribute}="${value}" on <python-showcase> fails it (values are typed by attribute name too)`, () => {
        const valid = tsx();
        // In the tag written by attribute names, in place of the valid value.
        const page = valid.replace(new RegExp(`(<python-showcase [^>]*\\b${attribute}=)"[^"]*"`), `$1"${value}"`);
        assert.notEqual(page, valid);
        const result = typeCheck({ 'tsconfig.json': tsconfig(['page.tsx']), 'page.tsx': page }, 'tsc');
        assert.notEqual(result.status, 0, 'the type check fails');
        assert.match(result.stdout, new RegExp(`'"${value}"' is not assignable`));
      });
    }

    it('an attribute the typings lack fails it (the check can fail)', () => {
      const result = typeCheck({ 'tsconfig.json': tsconfig(['page.tsx']), 'page.tsx': tsx(' notAnAttribute="x"') }, 'tsc');
      assert.notEqual(result.status, 0);
      assert.match(result.stdout, /notAnAttribute/);
    });

    /** A TypeScript module that calls renderShowcase with every attribute of <python-showcase> and `more`. */
    const render = (more = '') => {
      const showcase = elementsOfManifest().find((element) => element.tag === 'python-showcase')?.attributes ?? [];
      const attributes = showcase.map(({ name, value }) => `'${name}': ${value}`).join(', ');
      return `import { renderShowcase } from 'python-showcase/ssr';\nexport const html = await renderShowcase({ attributes: { ${attributes}${more} } });\n`;
    };

    it('renderShowcase with every attribute by its name type-checks', () => {
      const result = typeCheck({ 'tsconfig.json': tsconfig(['render.ts']), 'render.ts': render() }, 'tsc');
      assert.equal(result.status, 0, result.stdout + result.stderr);
    });

    it('renderShowcase with a misspelt attribute name fails it', () => {
      const result = typeCheck({ 'tsconfig.json': tsconfig(['render.ts']), 'render.ts': render(", 'heading-levle': 3") }, 'tsc');
      assert.notEqual(result.status, 0, 'the type check fails');
      assert.match(result.stdout, /'heading-levle'/);
    });

    it('a Vue single-file component that sets every attribute of every element type-checks', () => {
      const files = { 'tsconfig.json': tsconfig(['page.vue']), 'page.vue': vue() };
      const result = typeCheck(files, 'vue-tsc');
      assert.equal(result.status, 0, result.stdout + result.stderr);
    });

    it('an attribute the Vue typings lack fails it (the check can fail)', () => {
      const files = { 'tsconfig.json': tsconfig(['page.vue']), 'page.vue': vue(' :not-an-attribute="1"') };
      const result = typeCheck(files, 'vue-tsc');
      assert.notEqual(result.status, 0);
      assert.match(result.stdout, /notAnAttribute|not-an-attribute/);
    });
  });
});
