// @ts-check
// What the Node tests share: reading a rendered widget's card names, and a guide's snippets as an editor pastes them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** The app names on the cards of server-rendered HTML, in order. */
export const cardNames = (/** @type {string} */ html) =>
  [...html.matchAll(/<h\d class="name"[^>]*>(?:<!--[^>]*-->)*([^<]*)/g)].map((match) => match[1]);

/**
 * The code block after the marker <!-- paste:NAME --> in a guide.
 * @param {string} guide
 * @param {string} name
 */
export function pasted(guide, name) {
  const match = new RegExp(`<!-- paste:${name} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(readFileSync(guide, 'utf8'));
  assert.ok(match, `${guide} has no snippet marked <!-- paste:${name} -->`);
  return match[1];
}
