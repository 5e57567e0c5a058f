// @ts-check
// What the Node tests share: reading a rendered widget's card names, and a guide's snippets as an editor pastes them.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The app names on the cards of server-rendered HTML, in order. */
export const cardNames = (/** @type {string} */ html) =>
  [...html.matchAll(/<h\d class="name"[^>]*>(?:<!--[^>]*-->)*([^<]*)/g)].map((match) => match[1]);

/**
 * The code block after the marker <!-- paste:NAME --> in a guide.
 * @param {string} guide
 * @param {string} name
 */
export function pasted(guide, name) {
  const match = new RegExp(`<!-- paste:${name} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(
    readFileSync(guide, 'utf8'),
  );
  assert.ok(match, `${guide} has no snippet marked <!-- paste:${name} -->`);
  return match[1];
}

/** @typedef {{ name: string, type: { text: string } }} ManifestAttribute */

/**
 * The attributes custom-elements.json lists for `tag`, the contract as consumers read it; the test fails when it
 * lists fewer than `atLeast`.
 * @param {string} tag
 * @param {number} atLeast
 * @returns {ManifestAttribute[]}
 */
export function manifestAttributes(tag, atLeast = 1) {
  /** @type {{ modules: { declarations?: { tagName?: string, attributes?: ManifestAttribute[] }[] }[] }} */
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const attributes =
    manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag)?.attributes ?? [];
  assert.ok(attributes.length >= atLeast, `custom-elements.json lists the attributes of <${tag}>`);
  return attributes;
}

/**
 * A value of each attribute's type that is not its default, as a page sets it: a choice's last value (the
 * default is first or in the middle), a flag on, level 4, and text: `texts[name]` where an attribute needs a value
 * of its kind (an app id, a URL, a time), else `<name>-value`.
 * @param {ManifestAttribute[]} attributes
 * @param {Record<string, string>} texts
 * @returns {Record<string, string | number | boolean>}
 */
export function sampleValues(attributes, texts = {}) {
  return Object.fromEntries(
    attributes.map(({ name, type }) => {
      const choices = [...type.text.matchAll(/'([^']*)'/g)].map((match) => match[1]);
      if (choices.length) return [name, choices[choices.length - 1] ?? ''];
      if (type.text === 'boolean') return [name, true];
      if (type.text.startsWith('number')) return [name, 4];
      return [name, texts[name] ?? `${name}-value`];
    }),
  );
}

/**
 * Keeps a screenshot a test took: in `folders.taken` at every run, and in `folders.committed` (where the docs show
 * it) when the run was asked to write them (WRITE_SCREENSHOTS=1, which `folders.writer` sets). Otherwise the
 * committed one must exist, a PNG of the same size as the one just taken.
 * @param {{ taken: string, committed: string, writer: string }} folders
 * @param {string} name
 * @param {Uint8Array} png
 */
export function keepScreenshotIn(folders, name, png) {
  const size = (/** @type {Uint8Array} */ bytes) => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // A PNG's IHDR chunk, first after the 8-byte signature, holds its width and height.
    return { width: view.getUint32(16), height: view.getUint32(20) };
  };
  mkdirSync(folders.taken, { recursive: true });
  writeFileSync(join(folders.taken, name), png);
  const committed = join(folders.committed, name);
  if (process.env.WRITE_SCREENSHOTS) {
    mkdirSync(folders.committed, { recursive: true });
    writeFileSync(committed, png);
  }
  assert.ok(existsSync(committed), `${committed} exists (${folders.writer} writes it)`);
  assert.deepEqual(size(readFileSync(committed)), size(png), `${committed} is the size the test takes`);
}
