/**
 * Writing text into HTML that someone else will paste or serve: the one place that keeps an attribute value
 * inside its quotes, inline JSON inside its `<script>` and a WordPress block's attributes inside its comment. The
 * server renderer (src/server/ssr.ts) and the embed builder's snippets (demo/builder/) both write with these, so a
 * fix here reaches both. Pure functions, no DOM: safe to import in Node and in the browser.
 */

/** The character references an attribute value is written with; the rest of the text is left as it is. */
const ATTRIBUTE_REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

/**
 * `value` as the text of a quoted attribute value (`name="…"` or `name='…'`): neither quote can end it, `&`
 * cannot start a character reference the author did not write, and `<` and `>` cannot be read as a tag by
 * whatever scans the markup without parsing it (an editor's filter, a shortcode parser). The browser reads the
 * value back exactly as given.
 */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (character) => ATTRIBUTE_REFERENCES[character]!);
}

/**
 * `value` as JSON that can stand as the text of a `<script>` element or as a JavaScript expression inside one:
 * every `<` written as `\u003c`, so no `</script>`, `<!--` or `<script` (in any case, with any spaces) can end
 * or change the script (its text is never entity-decoded, so `&lt;` would stay `&lt;`); U+2028 and U+2029 as
 * `\u2028` and `\u2029`, line terminators for JavaScript engines before ES2019 (JSON allows them raw).
 * `JSON.parse` and JavaScript read back the same value. `space` indents as `JSON.stringify` does.
 */
export function scriptSafeJson(value: unknown, space?: number): string {
  const json = JSON.stringify(value, null, space) as string | undefined;
  if (json === undefined) throw new TypeError('scriptSafeJson: the value has no JSON form');
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * `content` as an inline `<script type="application/json">` element, as the widget reads it from its light DOM:
 * an HTML parser keeps all of it inside the element, and `JSON.parse` of its text gives back `content`.
 */
export function inlineJsonScript(content: unknown): string {
  return `<script type="application/json">${scriptSafeJson(content)}</script>`;
}

/**
 * `attributes` as the JSON of a WordPress block's comment delimiter (`<!-- wp:name {…} /-->`), escaped as WordPress's
 * own serializer escapes it (serializeAttributes in @wordpress/blocks 16, serialize_block_attributes() in PHP), so
 * the markup is what the block editor would save: JSON's `\\` as `\u005c` first (which keeps the last step from
 * taking a string's closing quote after a backslash for an escaped one); `--` as `\u002d\u002d`, so no value can
 * end the comment; `<`, `>` and `&` as `\u003c`, `\u003e` and `\u0026`, for whatever scans the markup without
 * parsing it; and JSON's `\"` as `\u0022`, which the server's stripslashes leaves alone. WordPress's block parser
 * reads back `attributes`.
 */
export function blockCommentJson(attributes: Record<string, unknown>): string {
  return JSON.stringify(attributes)
    .replaceAll('\\\\', '\\u005c')
    .replaceAll('--', '\\u002d\\u002d')
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\\"', '\\u0022');
}
