// @ts-check
// What can be checked of the WordPress plugin's PHP without running it (tests/node/wordpress.test.mjs runs it
// in a real WordPress): it parses, it cannot be loaded outside WordPress, it escapes every string that reaches
// markup (followed through its variables and functions, tests/node/php-output.mjs), and every global name it
// defines carries the python_showcase_ prefix.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { unescapedOutput } from './php-output.mjs';
import { manifestAttributes } from './helpers.mjs';

const PLUGIN = 'wordpress/python-showcase';
const phpFiles = readdirSync(PLUGIN, { recursive: true })
  .filter((name) => String(name).endsWith('.php'))
  .map((name) => join(PLUGIN, String(name)));

describe('the WordPress plugin', () => {
  it('has PHP files', () => assert.ok(phpFiles.length >= 1));

  it('the escaping check finds an unescaped piece wherever it reaches markup (the plugin with one escape removed)', () => {
    const source = readFileSync(join(PLUGIN, 'python-showcase.php'), 'utf8');
    /**
     * Each: the escaped piece, what replaces it, and in how many places the check then finds it unescaped (1 unless
     * given).
     * @type {[escapedPiece: string, unescapedPiece: string, places?: number][]}
     */
    const removals = [
      // In the shortcode's $html, an attribute's value: the shortcode's and the block's markup (2 places).
      ['esc_attr( $value )', '$value', 2],
      // In the script tag filter, not a $html line: the integrity hash.
      ['esc_attr( $integrity )', '$integrity'],
      // In the script tag filter, the filter's other parameter in the replacement.
      ["'<script' . $attributes", "'<script' . $handle"],
      // In the inline style, built in its own function.
      ['(int) $height', 'sanitize_text_field( $height )'],
      // In the block's render callback, the wrapper's attributes.
      ['get_block_wrapper_attributes( $extra )', "implode( ' ', $extra )"],
      // The block editor's inline script: JSON that may hold markup characters.
      ['JSON_HEX_TAG | JSON_HEX_AMP | ', ''],
      // A value written into a double-quoted string.
      ["' data-' . $name . '=\"' . esc_attr( $value ) . '\"'", '" data-$name=\\"$value\\""', 2],
    ];
    for (const [escapedPiece, unescapedPiece, places = 1] of removals) {
      assert.ok(source.includes(escapedPiece), escapedPiece);
      const { unescaped } = unescapedOutput(source.replace(escapedPiece, unescapedPiece));
      assert.equal(unescaped.length, places, `${unescapedPiece}: ${unescaped.join('; ')}`);
    }
  });

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
      // The main file defines the plugin's names; a file WordPress reads for data (index.asset.php) defines none.
      if (file.endsWith('python-showcase.php')) assert.ok(names.length > 5);
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
      if (file.endsWith('python-showcase.php')) {
        for (const escape of ['esc_attr(', 'esc_html(', 'esc_url(']) assert.ok(source.includes(escape), escape);
      }
      assert.doesNotMatch(source, /\becho\b|\bprint\b/, 'nothing is echoed: WordPress prints what the plugin returns');
    });

    it(`${file}: escapes every string that reaches markup, followed through its variables and functions`, () => {
      // Each way a string leaves the plugin for the page: the shortcode's markup, the script tag and content
      // filters, the inline style.
      const { sinks, unescaped } = unescapedOutput(source);
      if (file.endsWith('python-showcase.php')) {
        assert.ok(sinks.includes('shortcode python_showcase_shortcode'), sinks.join('; '));
        assert.ok(sinks.includes('filter script_loader_tag: python_showcase_script_tag'), sinks.join('; '));
        assert.ok(sinks.includes('wp_add_inline_style in python_showcase_register'), sinks.join('; '));
        assert.ok(sinks.includes('block render_callback python_showcase_render_block'), sinks.join('; '));
      }
      assert.deepEqual(unescaped, []);
    });
  }
});

describe("the shortcode's attribute list in readme.txt and the WordPress guide", () => {
  const attributes = manifestAttributes('python-showcase', 15);
  const OPENING = 'Every attribute of the widget is a shortcode attribute of the same name';

  for (const file of [`${PLUGIN}/readme.txt`, 'docs/guides/wordpress.md']) {
    it(`${file} names every attribute custom-elements.json lists for <python-showcase>, with each choice's values`, () => {
      const text = readFileSync(file, 'utf8');
      const start = text.indexOf(OPENING);
      assert.notEqual(start, -1, `${file} has the paragraph "${OPENING}…"`);
      const paragraph = text.slice(start, text.indexOf('\n\n', start));
      for (const { name, type } of attributes) {
        assert.ok(paragraph.includes(`\`${name}\``), `${file} names \`${name}\``);
        const values = [...type.text.matchAll(/'([^']*)'/g)].map((match) => match[1]);
        const after = paragraph.slice(paragraph.indexOf(`\`${name}\``)).replace(/\s+/g, ' ');
        const said = /^`[^`]*` \(([^)]*)\)/.exec(after)?.[1] ?? '';
        for (const value of values) assert.match(said, new RegExp(`\\b${value}\\b`), `${file}: ${name} takes ${value}`);
      }
    });
  }
});
