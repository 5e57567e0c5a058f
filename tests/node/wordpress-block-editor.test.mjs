// @ts-check
// The block editor script (wordpress/python-showcase/block/index.js) run in Node on a stand-in for WordPress's
// globals, without a browser: its sidebar offers every option of the contract with translatable words, and its
// transforms to and from the Shortcode block write and read the shortcode as the embed builder does. The real
// block editor is driven in tests/node/wordpress-block.test.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import * as shortcode from '@wordpress/shortcode';
import { shortcodeSnippet } from '../../dist/builder/snippets.js';

const SCRIPT = 'wordpress/python-showcase/block/index.js';
const source = readFileSync(SCRIPT, 'utf8');

/**
 * The contract the script holds, read from its generated region.
 * @type {{ name: string, attribute: string, kind: string, values?: string[], default?: string }[]}
 */
const CONTRACT = JSON.parse(/const CONTRACT = (\[[\s\S]*?\n\t\]);/.exec(source)?.[1] ?? '[]');

/** What `__()` returns here: the text marked, so that what did not pass through it shows. */
const translated = (/** @type {string} */ text) => `⟦${text}⟧`;
/** A value made in the script's own realm, as plain data here. */
const plain = (/** @type {unknown} */ value) => JSON.parse(JSON.stringify(value));
const isTranslated = (/** @type {unknown} */ text) => typeof text === 'string' && /^⟦[\s\S]*⟧$/.test(text);

/** The character references a shortcode value may hold, as the browser's decodeEntities reads them. */
/** @type {Record<string, string>} */
const REFERENCES = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#91': '[', '#93': ']' };
const decodeEntities = (/** @type {string} */ text) =>
  text.replace(/&(amp|quot|lt|gt|#39|#91|#93);/g, (_, name) => REFERENCES[name]);

/**
 * @typedef {{ type: unknown, props: Record<string, any>, children: unknown[] }} Element
 * @typedef {{ edit: (props: object) => Element, transforms: Record<'from' | 'to', any[]> }} BlockSettings
 */

/** Runs the script on stand-ins for WordPress's globals and returns the block's settings as it registered them. */
function loadBlock() {
  /** @type {BlockSettings | undefined} */
  let settings;
  const components = new Proxy({}, { get: (_, name) => String(name) });
  const wp = {
    blocks: {
      registerBlockType: (/** @type {string} */ _name, /** @type {BlockSettings} */ given) => (settings = given),
      createBlock: (/** @type {string} */ name, /** @type {object} */ attributes) => ({ name, attributes }),
    },
    blockEditor: { useBlockProps: () => ({}), InspectorControls: 'InspectorControls', BlockControls: 'BlockControls' },
    components,
    element: {
      createElement: (/** @type {unknown} */ type, /** @type {any} */ props, /** @type {unknown[]} */ ...children) => ({
        type,
        props: props ?? {},
        children,
      }),
      Fragment: 'Fragment',
      useState: (/** @type {unknown} */ initial) => [typeof initial === 'function' ? initial() : initial, () => {}],
      useRef: (/** @type {unknown} */ current) => ({ current }),
      useEffect: () => {},
    },
    i18n: {
      __: translated,
      sprintf: (/** @type {string} */ format, /** @type {unknown[]} */ ...values) => {
        let next = 0;
        return format.replace(/%(?:(\d)\$)?[sd]/g, (_, position) => String(values[position ? position - 1 : next++]));
      },
    },
    htmlEntities: { decodeEntities },
    shortcode,
    a11y: { speak: () => {} },
    data: { useSelect: () => false },
  };
  runInNewContext(source, { window: { wp }, console });
  assert.ok(settings, 'the script registers the block');
  return settings;
}

/**
 * Every element in `tree`, with the panel (PanelBody) it is in.
 * @param {unknown} tree
 * @param {string | undefined} panel
 * @returns {{ element: Element, panel: string | undefined }[]}
 */
function elements(tree, panel = undefined) {
  if (Array.isArray(tree)) return tree.flatMap((child) => elements(child, panel));
  if (!tree || typeof tree !== 'object') return [];
  const element = /** @type {Element} */ (tree);
  const inside = element.type === 'PanelBody' ? element.props.key : panel;
  return [
    { element, panel: inside },
    ...elements(element.props.children, inside),
    ...elements(element.children, inside),
  ];
}

describe('the block editor script', () => {
  const block = loadBlock();

  it('reads the contract from its generated region', () => assert.ok(CONTRACT.length >= 10));

  it("gives every option of the contract a control in a panel of its own, with a translatable label and help in plain words, and every choice's values translatable labels", () => {
    const tree = block.edit({ attributes: { heading: 'x' }, setAttributes: () => {} });
    const controls = elements(tree).filter(({ element }) => element.props.key && 'label' in element.props);
    for (const option of CONTRACT) {
      const found = controls.find(({ element }) => element.props.key === option.name);
      assert.ok(found, `${option.name} has a control`);
      const { element, panel } = found;
      assert.ok(panel && panel !== 'more', `${option.name} is in a panel of its own, not "More" (${panel})`);
      assert.ok(isTranslated(element.props.label), `${option.name}'s label is translatable: ${element.props.label}`);
      assert.ok(isTranslated(element.props.help), `${option.name}'s help is translatable: ${element.props.help}`);
      assert.doesNotMatch(element.props.help, /`|\bdocs\/|\.md\b/, `${option.name}'s help is plain words`);
      if (option.kind === 'choice') {
        /** @type {{ value: string, label: string }[]} */
        const choices = element.props.options;
        assert.deepEqual(
          Array.from(choices, ({ value }) => value),
          ['', ...(option.values ?? [])],
        );
        for (const { value, label } of choices) {
          // The default's entry is "Default (%s)", its value named by its label.
          const own = value === '' ? /\(⟦.+⟧\)⟧$/.test(label) : isTranslated(label);
          assert.ok(own, `${option.name}=${value || '(default)'} has a translatable label: ${label}`);
        }
      }
    }
  });

  it('puts /* translators: */ before every sprintf( __( … %s … ) )', () => {
    for (const [at] of [...source.matchAll(/sprintf\(\s*__\(\s*'[^']*%/g)].map((match) => [match.index])) {
      const before = source.slice(Math.max(0, at - 400), at);
      const lastComment = before.lastIndexOf('/* translators:');
      const lastStatement = Math.max(before.lastIndexOf(';'), before.lastIndexOf('}'));
      assert.ok(
        lastComment >= 0 && lastComment > lastStatement - 200,
        `a translators comment before: ${source.slice(at, at + 80)}`,
      );
    }
  });

  const toShortcode = (/** @type {Record<string, unknown>} */ attributes) =>
    block.transforms.to[0].transform(attributes).attributes.text;
  const fromShortcodeBlock = block.transforms.from.find((transform) => transform.type === 'block');

  it('writes the same shortcode as the embed builder for hostile values, and reads it back as they were', () => {
    const hostile = {
      apps: 'spotify, netflix',
      heading: `Apps "built" & [python_showcase] 'here' <b>x</b> ]]`,
      partner: 'a"] [b',
      campaign: 'this & that',
      takeaways: true,
      headingLevel: 3,
    };
    const written = toShortcode(hostile);
    const builderAttributes = Object.fromEntries(
      CONTRACT.filter((option) => hostile[/** @type {keyof typeof hostile} */ (option.attribute)] !== undefined).map(
        (option) => {
          const value = hostile[/** @type {keyof typeof hostile} */ (option.attribute)];
          return [option.name, value === true ? true : String(value)];
        },
      ),
    );
    assert.equal(written, shortcodeSnippet({ attributes: builderAttributes }));
    assert.equal(shortcode.next('python_showcase', written)?.content, written, 'the shortcode ends where it should');
    // Back from a Shortcode block: the values as they were, but markup is never a value.
    assert.ok(fromShortcodeBlock.isMatch({ text: written }));
    const { apps, partner, campaign, takeaways, headingLevel } = hostile;
    assert.deepEqual(plain(fromShortcodeBlock.transform({ text: written }).attributes), {
      apps,
      partner,
      campaign,
      takeaways,
      headingLevel,
    });
    const kept = toShortcode({ heading: `Apps "built" & [more]` });
    assert.deepEqual(plain(fromShortcodeBlock.transform({ text: kept }).attributes), {
      heading: `Apps "built" & [more]`,
    });
  });

  // WordPress stores `&` as `&amp;` in the attributes of whoever may not post unfiltered HTML (kses).
  it('writes a value WordPress stored with &amp; as the author typed it', () => {
    assert.equal(toShortcode({ heading: 'Apps &amp; more' }), '[python_showcase heading="Apps &amp; more"]');
  });

  it('takes a Shortcode block only when it is one widget shortcode and nothing else', () => {
    assert.ok(fromShortcodeBlock.isMatch({ text: '  [python_showcase layout="list"]\n' }));
    for (const text of [
      'Intro [python_showcase layout="list"]',
      '[python_showcase layout="list"] and more',
      '[python_showcase][python_showcase]',
      '[python_showcase]inside[/python_showcase]',
      '[gallery]',
      '',
    ]) {
      assert.equal(fromShortcodeBlock.isMatch({ text }), false, text);
    }
  });

  it('keeps a hostile attribute out of a block transformed from a shortcode', () => {
    const text = `[python_showcase layout="list" onclick="alert(1)" heading='"><img src=x onerror=alert(2)>' src="javascript:alert(3)" theme="evil"]`;
    const expected = { name: 'python-showcase/showcase', attributes: { layout: 'list' } };
    assert.deepEqual(plain(fromShortcodeBlock.transform({ text })), expected);
    const raw = block.transforms.from.find((transform) => transform.type === 'shortcode');
    assert.deepEqual(plain(raw.transform(shortcode.attrs(text.slice('[python_showcase'.length, -1)))), expected);
  });
});
