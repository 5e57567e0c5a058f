// @ts-check
// The embed builder's pure parts, as npm run build bundles them for Node (dist/builder/): the options form read
// into a snippet's attributes, and what each host tab writes from them, hostile text included. The browser
// tests (tests/embed-builder/) paste what these write into pages and frameworks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { parse as parseBlocks } from '@wordpress/block-serialization-default-parser';
import { readOptions } from '../../dist/builder/form-state.js';
import {
  OPTION_COPY as BUNDLED_OPTION_COPY,
  SET_ELSEWHERE,
  SHOWCASE_TABLE as BUNDLED_SHOWCASE_TABLE,
  optionFields,
} from '../../dist/builder/option-fields.js';
import { HOST_FORMS as BUNDLED_HOST_FORMS, HOST_FORM_KEYS, writeHostForm } from '../../dist/builder/host-forms.js';
import {
  DEFAULT_HEIGHTS,
  VUE_COMPILER_OPTIONS,
  blockSnippet,
  mountPointSnippet,
  partnerSnippet,
  reactSnippet,
  shortcodeSnippet,
  tagManagerSnippet,
  vueSnippet,
} from '../../dist/builder/snippets.js';

// The bundle's types are what TypeScript infers from its JavaScript: every `kind` widened to string, a switch
// without a default returning undefined too, a `reserves` without the parameters it ignores. These are the shapes
// demo/builder/option-fields.ts, host-forms.ts and src/elements/attribute-table.ts declare, as far as the tests use
// them.
/**
 * @typedef {{ kind: 'choice', values: readonly string[], default: string }
 *   | { kind: 'text' | 'level' | 'flag' }} AttributeSpec
 * @typedef {{ name: string, kind: 'choice', values: readonly string[], default: string }
 *   | { name: string, kind: 'text' | 'flag' }} OptionField
 * @typedef {{ label: string, values?: Readonly<Record<string, string>> }} OptionCopy
 * @typedef {{ tab: string, help: string, guides: ReadonlyArray<readonly string[]>,
 *   reserves: (heights: readonly number[], index: number) => number }} HostForm
 */

/** Every attribute of `<python-showcase>`, by name. */
const SHOWCASE_TABLE = /** @type {Readonly<Record<string, AttributeSpec>>} */ (BUNDLED_SHOWCASE_TABLE);
/** @type {Readonly<Record<string, OptionCopy>>} */
const OPTION_COPY = BUNDLED_OPTION_COPY;
/** @type {Readonly<Record<string, HostForm>>} */
const HOST_FORMS = BUNDLED_HOST_FORMS;

/** The option fields with <python-showcase>'s heading level, 2. */
const FIELDS = /** @type {OptionField[]} */ (optionFields(2));
const SCRIPT = { version: '9.9.9', integrity: 'sha384-abc' };
const HEIGHTS = [2000, 1000, 700];
const HOSTILE = `</script><script>alert(1)</script> </SCRIPT > <!-- \u2028\u2029 "double" 'single' & {{Page URL}} [x]`;
const CONTENT = { intro: HOSTILE, apps: [{ id: 'reddit', name: HOSTILE, summary: 'Python.' }] };

/**
 * The text between `start` and `end` in `text`, once.
 * @param {string} text
 * @param {string} start
 * @param {string} end
 * @returns {string}
 */
function between(text, start, end) {
  const from = text.indexOf(start);
  assert.ok(from >= 0, `no ${start}`);
  const to = text.indexOf(end, from + start.length);
  assert.ok(to >= 0, `no ${end} after ${start}`);
  return text.slice(from + start.length, to);
}

describe('the option fields, from the attribute tables', () => {
  /** @type {{ modules: { declarations?: { tagName?: string, attributes?: { name: string }[] }[] }[] }} */
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const showcase = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'python-showcase');

  it('covers every attribute of <python-showcase> in custom-elements.json: a field, or a control of its own', () => {
    const names = (showcase?.attributes ?? []).map((attribute) => attribute.name);
    assert.ok(names.length > 10, 'the manifest lists the attributes');
    const covered = new Set([...FIELDS.map((field) => field.name), ...Object.keys(SET_ELSEWHERE)]);
    assert.deepEqual(
      names.filter((name) => !covered.has(name)),
      [],
      'attributes with no builder field',
    );
    assert.deepEqual(Object.keys(SHOWCASE_TABLE).sort(), [...names].sort(), 'the tables are the manifest’s source');
  });

  it('takes each field’s kind, values and default from the tables', () => {
    for (const field of FIELDS) {
      const spec = SHOWCASE_TABLE[field.name];
      if (spec.kind === 'level') {
        assert.deepEqual(field, {
          name: field.name,
          kind: 'choice',
          values: ['1', '2', '3', '4', '5', '6'],
          default: '2',
        });
      } else if (spec.kind === 'choice') {
        assert.equal(field.kind, 'choice', field.name);
        assert.deepEqual([...field.values].sort(), [...spec.values].sort(), field.name);
        assert.equal(field.default, spec.default, field.name);
      } else assert.equal(field.kind, spec.kind, field.name);
    }
  });

  it('has the builder’s words for every option, and none for an attribute or a value the tables do not have', () => {
    for (const field of FIELDS) assert.ok(OPTION_COPY[field.name], `${field.name}: no label in option-fields.ts`);
    for (const [name, copy] of Object.entries(OPTION_COPY)) {
      const spec = SHOWCASE_TABLE[name];
      assert.ok(spec, `${name}: not an attribute`);
      const values = spec.kind === 'choice' ? spec.values : [];
      for (const value of Object.keys(copy.values ?? {})) {
        assert.ok(values.includes(value), `${name}: ${value} is not one of its values`);
      }
      if (spec.kind === 'choice') {
        assert.deepEqual(
          Object.keys(copy.values ?? {}).sort(),
          [...spec.values].sort(),
          `${name}: a name for each value`,
        );
      }
    }
  });
});

describe('the options form, read', () => {
  it('writes the attributes in the snippet’s order, leaving out defaults, empty text and unticked boxes', () => {
    const values = new URLSearchParams({
      layout: 'grid',
      theme: 'dark',
      promo: 'bottom',
      'heading-level': '3',
      heading: '  Built with Python ',
      takeaways: 'on',
      partner: ' acme ',
      campaign: '',
    });
    const { attributes } = readOptions(values, 'instagram,spotify', FIELDS);
    assert.deepEqual(Object.entries(attributes), [
      ['apps', 'instagram,spotify'],
      ['layout', ''],
      ['theme', 'dark'],
      ['promo', ''],
      ['loading', ''],
      ['heading-level', '3'],
      ['heading', 'Built with Python'],
      ['takeaways', true],
      ['dismissible', false],
      ['datalayer', false],
      ['analytics', ''],
      ['partner', 'acme'],
      ['campaign', ''],
      ['storage', ''],
    ]);
  });

  it('keeps the review settings and the content file apart from the snippet’s attributes', () => {
    const values = new URLSearchParams({
      'review-variant': 'b',
      'review-at': '2027-01-11T09:00',
      src: ' https://example.com/content.json ',
    });
    const { attributes, review, src } = readOptions(values, '', FIELDS);
    assert.equal(review.variant, 'b');
    assert.match(review['preview-at'] ?? '', /^2027-01-11T09:00:00[+-]\d\d:\d\d$/);
    assert.equal(src, 'https://example.com/content.json');
    for (const name of ['variant', 'preview-at', 'src', 'review-variant', 'review-at']) {
      assert.equal(name in attributes, false, name);
    }
    assert.equal(
      readOptions(new URLSearchParams({ 'review-at': 'not a time' }), '', FIELDS).review['preview-at'],
      undefined,
    );
  });
});

describe('the host forms', () => {
  const attributes = { layout: 'list', heading: HOSTILE, takeaways: true, partner: '' };
  /**
   * @param {string} key
   * @param {unknown} [content]
   * @param {string} [src]
   */
  const write = (key, content, src = 'https://example.com/content.json') =>
    writeHostForm(key, { ...SCRIPT, attributes, heights: HEIGHTS, content, src });

  it('has a tab, help and guides for each form, in the tabs’ order', () => {
    assert.deepEqual(HOST_FORM_KEYS, ['tag', 'mount-point', 'shortcode', 'block', 'react', 'vue', 'gtm']);
    for (const key of HOST_FORM_KEYS) {
      assert.ok(HOST_FORMS[key].tab && HOST_FORMS[key].help && HOST_FORMS[key].guides.length, key);
    }
  });

  it('carries the content inline where the form can, and names the content file where it cannot', () => {
    for (const key of ['tag', 'react', 'vue', 'gtm']) {
      const { snippet, needsFile } = write(key, CONTENT);
      assert.equal(needsFile, false, key);
      assert.doesNotMatch(snippet, /example\.com\/content\.json/, `${key}: the content is inline, no src`);
    }
    for (const key of ['mount-point', 'shortcode']) {
      const { snippet, needsFile } = write(key, CONTENT);
      assert.equal(needsFile, true, key);
      assert.match(snippet, /src="https:\/\/example\.com\/content\.json"/, key);
      assert.doesNotMatch(snippet, /reddit/, `${key}: no content in it`);
    }
    const block = write('block', CONTENT);
    assert.equal(block.needsFile, true, 'block');
    assert.match(block.snippet, /"src":"https:\/\/example\.com\/content\.json"/, 'block');
    assert.doesNotMatch(block.snippet, /reddit/, 'block: no content in it');
    assert.equal(write('mount-point', undefined, '').needsFile, false, 'no content of its own, no file');
    assert.doesNotMatch(write('mount-point', undefined, '').snippet, /data-src/);
  });

  it('reserves what each form can: the measured heights, their smallest, the plugin’s defaults, or nothing', () => {
    assert.deepEqual(
      [0, 1, 2].map((index) => HOST_FORMS.tag.reserves(HEIGHTS, index)),
      HEIGHTS,
    );
    assert.equal(HOST_FORMS['mount-point'].reserves(HEIGHTS, 0), 700);
    assert.equal(HOST_FORMS.gtm.reserves(HEIGHTS, 2), 700);
    assert.deepEqual(
      [0, 1, 2].map((index) => HOST_FORMS.shortcode.reserves(HEIGHTS, index)),
      [...DEFAULT_HEIGHTS],
    );
    assert.deepEqual(
      [0, 1, 2].map((index) => HOST_FORMS.block.reserves(HEIGHTS, index)),
      [...DEFAULT_HEIGHTS],
    );
    assert.equal(HOST_FORMS.react.reserves(HEIGHTS, 1), 0);
    assert.equal(HOST_FORMS.vue.reserves(HEIGHTS, 1), 0);
    assert.match(write('tag').snippet, /height:2000px[\s\S]*height:1000px[\s\S]*height:700px/);
    assert.match(write('mount-point').snippet, /style="min-height: 700px"/);
  });

  it('gives each form its companion: the site’s script tag, Vite’s configuration, the Tag Manager spot', () => {
    assert.match(
      write('mount-point').companion.code,
      /^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/python-showcase@9\.9\.9\/dist\/python-showcase\.js"\n\s+integrity="sha384-abc" crossorigin="anonymous" defer><\/script>$/,
    );
    assert.equal(write('vue').companion.code, VUE_COMPILER_OPTIONS);
    assert.equal(write('gtm').companion.code, '<div id="python-showcase-spot" style="min-height: 700px"></div>');
    for (const key of ['tag', 'shortcode', 'block', 'react']) assert.equal(write(key).companion, undefined, key);
  });
});

describe('the snippets, with hostile text', () => {
  const attributes = { heading: HOSTILE, partner: 'acme' };

  it('HTML: the content as inline JSON that no text in it can end, read back unchanged', () => {
    const snippet = partnerSnippet({ ...SCRIPT, attributes, heights: HEIGHTS, content: CONTENT });
    assert.equal(snippet.match(/<\/script/gi)?.length, 2, 'the script tag’s and the JSON’s own');
    const json = between(snippet, '<script type="application/json">', '</script>');
    assert.doesNotMatch(json, /[<\u2028\u2029]/);
    assert.deepEqual(JSON.parse(json), CONTENT);
    assert.match(
      snippet,
      / heading="&lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; &lt;\/SCRIPT &gt; &lt;!-- /,
    );
    assert.match(snippet, /&quot;double&quot; &#39;single&#39; &amp; /);
  });

  it('mount point and shortcode: every value inside its quotes, the shortcode’s brackets as references', () => {
    const mountPoint = mountPointSnippet({ attributes, heights: HEIGHTS });
    assert.equal(between(mountPoint, 'data-heading="', '"').includes('<'), false);
    assert.match(mountPoint, / data-partner="acme" style="min-height: 700px">/);
    const shortcode = shortcodeSnippet({ attributes });
    assert.match(shortcode, /^\[python_showcase heading="[^"[\]]*" partner="acme"\]$/);
    assert.match(shortcode, /&#91;x&#93;/);
  });

  it('React and Vue: the content as a script’s object literal, values as JSX strings or escaped attributes', () => {
    const react = reactSnippet({ version: '9.9.9', attributes, content: CONTENT });
    assert.deepEqual(JSON.parse(between(react, 'const content = ', ';\n')), CONTENT);
    assert.doesNotMatch(between(react, 'const content = ', ';\n'), /[<\u2028\u2029]/);
    assert.match(react, /\n {6}heading=\{"\\u003c\/script>/, 'a value with a quote as a string in braces');
    assert.match(react, /\n {6}partner="acme"/);
    const vue = vueSnippet({ version: '9.9.9', attributes, content: CONTENT });
    assert.deepEqual(JSON.parse(between(vue, 'const content = ', ';\n')), CONTENT);
    assert.equal(vue.match(/<\/script>/g)?.length, 1, 'only the component’s own');
    assert.match(vue, /\n {4}heading="&lt;\/script&gt;[^"]*"\n/);
  });

  it('Google Tag Manager: no {{ for Tag Manager to read as a variable, and the content read back unchanged', () => {
    const snippet = tagManagerSnippet({ ...SCRIPT, attributes, content: CONTENT });
    assert.doesNotMatch(snippet, /\{\{/);
    assert.equal(snippet.match(/<\/script>/g)?.length, 2, 'the script tag’s and the tag’s own script');
    const literal = between(snippet, 'widget.content = ', ';\n');
    assert.deepEqual(new Function(`return ${literal};`)(), CONTENT);
    assert.match(snippet, / heading="[^"]*&#123;&#123;Page URL}}/);
  });
});

describe('the WordPress block’s markup, read back by WordPress’s own parser', () => {
  const blockJson = JSON.parse(readFileSync('wordpress/python-showcase/block/block.json', 'utf8'));
  /** The block's name as the plugin registers it, which the builder's markup must name. */
  const BLOCK = blockJson.name;
  /** block.json's attributes, in their order: the order WordPress's serializer writes them in. */
  const BLOCK_ATTRIBUTES = Object.keys(blockJson.attributes);

  /**
   * The markup for `attributes`, parsed by @wordpress/block-serialization-default-parser: it must be one block and
   * nothing else, a comment that only its own end closes and no markup besides its own start.
   * @param {Record<string, string | boolean | undefined>} attributes
   */
  function parsed(attributes) {
    const markup = blockSnippet({ attributes });
    assert.equal(markup.indexOf('-->'), markup.length - 3, `${markup}: no --> but its end`);
    assert.equal(markup.lastIndexOf('<'), 0, `${markup}: no < but its start`);
    assert.doesNotMatch(markup.slice(4, -3), /--|>|&/, `${markup}: nothing else a comment or a scanner would read`);
    const blocks = parseBlocks(markup);
    assert.equal(blocks.length, 1, `${markup}: one block`);
    const { attrs, ...rest } = blocks[0];
    assert.deepEqual(rest, { blockName: BLOCK, innerBlocks: [], innerHTML: '', innerContent: [] });
    assert.ok(attrs, `${markup}: attributes WordPress can read`);
    return { markup, attrs };
  }

  it('writes no attributes as the bare block, and the design’s example as WordPress saves it', () => {
    assert.equal(blockSnippet({}), '<!-- wp:python-showcase/showcase /-->');
    assert.deepEqual(parsed({ apps: '', layout: '', takeaways: false, partner: undefined }).attrs, {});
    const example = parsed({ apps: 'spotify, netflix', layout: 'list' });
    assert.equal(example.markup, '<!-- wp:python-showcase/showcase {"apps":"spotify, netflix","layout":"list"} /-->');
    assert.deepEqual(example.attrs, { apps: 'spotify, netflix', layout: 'list' });
  });

  it('writes every option the form sets, camelCase, in block.json’s order: flags true, the heading level a number', () => {
    const values = new URLSearchParams({
      layout: 'carousel',
      theme: 'dark',
      promo: 'top',
      'heading-level': '3',
      heading: 'Built with Python',
      takeaways: 'on',
      dismissible: 'on',
      datalayer: 'on',
      partner: 'acme',
      campaign: 'fall',
      storage: 'none',
    });
    const { attributes } = readOptions(values, 'dropbox, google', FIELDS);
    const { markup, attrs } = parsed({ ...attributes, src: 'https://example.com/content.json' });
    const expected = {
      apps: 'dropbox, google',
      layout: 'carousel',
      heading: 'Built with Python',
      promo: 'top',
      takeaways: true,
      src: 'https://example.com/content.json',
      dismissible: true,
      storage: 'none',
      theme: 'dark',
      headingLevel: 3,
      partner: 'acme',
      campaign: 'fall',
      datalayer: true,
    };
    assert.deepEqual(attrs, expected);
    assert.deepEqual(
      Object.keys(attrs),
      BLOCK_ATTRIBUTES.filter((name) => name in expected),
      'in the order WordPress writes them',
    );
    assert.match(markup, /"takeaways":true,/);
    assert.match(markup, /"headingLevel":3,/);
    // Defaults and unticked boxes are left out, as the other forms leave them out.
    assert.deepEqual(parsed(readOptions(new URLSearchParams({ layout: 'grid' }), '', FIELDS).attributes).attrs, {});
  });

  it('keeps hostile text inside the comment, escaped as WordPress escapes it, and read back unchanged', () => {
    const attributes = {
      apps: 'google',
      // Ending in a backslash, which WordPress's serializer wrote as broken JSON until it escaped backslashes too.
      heading: `${HOSTILE} --> <script>alert(1)</script> -- --- \\" \\`,
      partner: 'a&b "c" \'d\' <e>',
      campaign: '--><!--',
      bogus: '--> not an option',
    };
    const { markup, attrs } = parsed(attributes);
    assert.deepEqual(attrs, {
      apps: 'google',
      heading: attributes.heading,
      partner: attributes.partner,
      campaign: '--><!--',
    });
    // WordPress's own escapes (@wordpress/blocks' serializeAttributes): a backslash, --, <, >, & and an escaped quote.
    for (const escape of ['\\u005c', '\\u002d\\u002d', '\\u003c', '\\u003e', '\\u0026', '\\u0022']) {
      assert.ok(markup.includes(escape), `${escape} in ${markup}`);
    }
    assert.doesNotMatch(markup, /bogus|not an option/, 'only the widget’s options');
  });
});
