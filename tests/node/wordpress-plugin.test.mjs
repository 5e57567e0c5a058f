// @ts-check
// What can be checked of the WordPress plugin's PHP without running it (tests/node/wordpress.test.mjs runs it
// in a real WordPress): it parses, it cannot be loaded outside WordPress, it escapes what it prints, and every
// global name it defines carries the python_showcase_ prefix.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const PLUGIN = 'wordpress/python-showcase';
const phpFiles = readdirSync(PLUGIN, { recursive: true })
  .filter((name) => String(name).endsWith('.php'))
  .map((name) => join(PLUGIN, String(name)));

describe('the WordPress plugin', () => {
  it('has PHP files', () => assert.ok(phpFiles.length >= 1));

  for (const file of phpFiles) {
    const source = readFileSync(file, 'utf8');

    it(`${file}: php -l finds no syntax error`, () => {
      const result = spawnSync('php', ['-l', file], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stdout + result.stderr);
    });

    it(`${file}: exits unless WordPress loaded it (ABSPATH guard before any code)`, () => {
      const firstCode = source.replace(/^<\?php\s*(\/\*\*[\s\S]*?\*\/\s*)?(\/\/[^\n]*\n\s*)*/, '');
      assert.match(firstCode, /^if \( ! defined\( 'ABSPATH' \) \) \{\s*exit;\s*\}/);
      const run = spawnSync('php', [file], { encoding: 'utf8' });
      assert.equal(run.status, 0);
      assert.equal(run.stdout, '', 'loaded directly, it prints nothing');
    });

    it(`${file}: every function, constant, hook handle and shortcode carries the python_showcase_ prefix`, () => {
      const names = [
        ...[...source.matchAll(/^function (\w+)/gm)].map((m) => m[1]),
        ...[...source.matchAll(/^const (\w+)/gm)].map((m) => m[1].toLowerCase()),
        ...[...source.matchAll(/add_shortcode\( '(\w+)'/g)].map((m) => m[1]),
      ];
      assert.ok(names.length > 5);
      for (const name of names) assert.match(name, /^python_showcase(_|$)/, name);
      assert.doesNotMatch(source, /^\s*(global \$(?!wp_query|wpdb)\w+|\$GLOBALS\[)/m, 'no globals of its own');
    });

    it(`${file}: escapes what it prints`, () => {
      // Every value concatenated into HTML passes through an escaping function.
      for (const match of source.matchAll(/\$html \.= (.*);$/gm)) {
        const pieces = match[1].split(/ \. /).filter((piece) => piece.startsWith('$') || /\(/.test(piece));
        for (const piece of pieces) {
          assert.match(piece, /^(esc_attr|esc_html|esc_url|wp_kses)\(|^\$name$/, `unescaped: ${piece}`);
        }
      }
      for (const escape of ['esc_attr(', 'esc_html(', 'esc_url(']) assert.ok(source.includes(escape), escape);
      assert.doesNotMatch(source, /\becho\b|\bprint\b/, 'nothing is echoed: WordPress prints what the plugin returns');
    });
  }
});
