// @ts-check
// Writes the documentation's generated parts, so they never disagree with what they describe:
// - in README.md, between <!-- snippet:start --> and <!-- snippet:end -->, the partner snippet, with the exact
//   version from package.json and the Subresource Integrity hash of the built dist/python-showcase.js;
// - in docs/reference.md, between <!-- api:start --> and <!-- api:end -->, the API tables (attributes, properties,
//   events, slots, parts, custom properties of each element) from custom-elements.json;
// - in README.md, between <!-- headline:start --> and <!-- headline:end -->, the headline figures: the built
//   script's size in gzip bytes, as the size budget measures it, and the last benchmark run's (bench/results.md);
// - in every Markdown page of docs/ and docs/guides/, the version and integrity hash of each CDN script tag.
// The demo's partner page gets the same snippet, and demo/api.html the same API tables as an HTML page, with an
// example of each element and the promo fields of docs/promo.md. `--check` exits 1 when any of them is out of
// date. Run after `npm run build`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_HEIGHTS, partnerSnippet } from '../dist/builder/snippets.js';
import { gzipCommandBytes } from './gzip-size.mjs';
import { docPages, renderMarkdown } from './render-guide.mjs';

/**
 * The parts of custom-elements.json this script writes from.
 * @typedef {{ name: string, description?: string }} Named
 * @typedef {Named & { type?: { text: string }, default?: string }} Typed
 * @typedef {Typed & { kind: string, static?: boolean, privacy?: string }} Member
 * @typedef {Named & { type: { text: string }, default?: string, fieldName?: string }} Attribute
 * @typedef {{ customElement?: boolean, tagName?: string, summary?: string, members?: Member[], attributes?: Attribute[],
 *   events?: Typed[], slots?: Named[], cssParts?: Named[], cssProperties?: Typed[] }} Declaration
 */

/** @type {{ modules: { declarations?: Declaration[] }[] }} */
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = `sha384-${createHash('sha384').update(readFileSync('dist/python-showcase.js')).digest('base64')}`;

/** @param {string | undefined} text */
const cell = (text) =>
  (text ?? '')
    .toString()
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
/** @param {string | undefined} text */
const code = (text) => (text ? `\`${cell(text)}\`` : '');

/**
 * @param {string[]} headers
 * @param {string[][]} rows
 */
function table(headers, rows) {
  if (!rows.length) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
}

/** @type {string[]} */
const sections = [];
for (const module of manifest.modules) {
  for (const element of module.declarations ?? []) {
    if (!element.customElement || !element.tagName) continue;
    const publicFields = (element.members ?? []).filter(
      (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public',
    );
    const attributes = element.attributes ?? [];
    sections.push(
      [
        `### \`<${element.tagName}>\``,
        '',
        cell(element.summary),
        '',
        '**Attributes and properties**',
        '',
        table(
          ['attribute', 'property', 'type', 'default', 'description'],
          publicFields.map((field) => {
            const attribute = attributes.find((a) => a.fieldName === field.name);
            return [
              code(attribute?.name) || '(property only)',
              code(field.name),
              code(field.type?.text),
              code(field.default),
              cell(field.description),
            ];
          }),
        ),
        element.events?.length ? '**Events**\n' : '',
        table(
          ['event', 'type', 'description'],
          (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
        ),
        element.slots?.length ? '**Slots**\n' : '',
        table(
          ['slot', 'description'],
          (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
        ),
        element.cssParts?.length ? '**CSS parts** (`::part(name)`)\n' : '',
        table(
          ['part', 'description'],
          (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
        ),
        element.cssProperties?.length ? '**CSS custom properties**\n' : '',
        table(
          ['property', 'default', 'description'],
          (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
        ),
      ]
        .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
        .join('\n'),
    );
  }
}

const snippet = `\`\`\`html\n${partnerSnippet({
  version,
  integrity,
  attributes: { partner: 'acme', campaign: 'spring-launch' },
  heights: DEFAULT_HEIGHTS,
  // The default content: no inline JSON. Optional in SnippetInput (demo/builder/snippets.ts), but this is read from
  // the bundle in dist/builder/, whose inferred types make every destructured field required.
  content: undefined,
})}\n\`\`\``;

/**
 * Replaces what stands between `<!-- name:start -->` and `<!-- name:end -->` in `text`, the text of `file`.
 * @param {string} file
 * @param {string} text
 * @param {string} name
 * @param {string} content
 */
function fill(file, text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`${file} needs the markers ${start} and ${end}`);
    process.exit(1);
  }
  return `${text.slice(0, from + start.length)}\n\n${content}\n\n${text.slice(to)}`;
}

// The demo's partner page carries the same snippet, loading this checkout's build instead of the CDN's.
const localSnippet = snippet
  .replace(/^```html\n|\n```$/g, '')
  .replace(
    /<script src="[^"]+"\s+integrity="[^"]+" crossorigin="anonymous" defer><\/script>/,
    '<script src="../dist/python-showcase.js" defer></script>',
  );

/**
 * Examples for the API page: markup shown as code and rendered live beside it.
 * @type {Record<string, string>}
 */
const EXAMPLES = {
  'python-showcase':
    '<python-showcase apps="spotify, netflix" layout="list" heading-level="3" partner="acme" takeaways></python-showcase>',
  'python-app-card': '<python-app-card app="dropbox" theme="dark"></python-app-card>',
  'python-course-promo': '<python-course-promo dismissible heading-level="3"></python-course-promo>',
};

/** @param {string} text */
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inline = (/** @type {string} */ text) =>
  escapeHtml(text.replace(/\\\|/g, '|'))
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');

/**
 * The Markdown this script writes (headings, paragraphs, tables) as HTML.
 * @param {string} markdown
 */
function markdownToHtml(markdown) {
  /** @type {string[]} */
  const out = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    if (line.startsWith('### ')) {
      const tag = /<([a-z-]+)>/.exec(line)?.[1];
      out.push(`<h2 id="${tag}">${inline(line.slice(4))}</h2>`);
      const example = tag && EXAMPLES[tag];
      if (example) {
        out.push(`<h3>Example</h3><pre><code>${escapeHtml(example)}</code></pre><div class="example">${example}</div>`);
      }
    } else if (line.startsWith('|')) {
      const rows = [];
      while (i < lines.length && lines[i].startsWith('|')) rows.push(lines[i++]);
      i--;
      const cells = (/** @type {string} */ row) =>
        row
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((c) => inline(c.trim()));
      const [head, , ...body] = rows;
      out.push(
        `<table><thead><tr>${cells(head)
          .map((c) => `<th scope="col">${c}</th>`)
          .join('')}</tr></thead>` +
          `<tbody>${body
            .map(
              (row) =>
                `<tr>${cells(row)
                  .map((c) => `<td>${c}</td>`)
                  .join('')}</tr>`,
            )
            .join('')}</tbody></table>`,
      );
    } else if (/^\*\*[^*]+\*\*/.test(line)) {
      out.push(`<h3>${inline(line).replace(/<\/?strong>/g, '')}</h3>`);
    } else {
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  return out.join('\n');
}

/**
 * docs/promo.md as HTML, for the API page: the promo fields, which are content rather than attributes and so not
 * in the manifest. Its links to other docs pages point at their pages (docs/<name>.html, beside demo/).
 */
function promoFieldsHtml() {
  const source = 'docs/promo.md';
  return renderMarkdown(readFileSync(source, 'utf8'), { source, page: 'demo/api.html', headingOffset: 1 }).html.trim();
}

const apiPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>API reference · python-showcase ${version}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="demo.css" />
    <style>
      table { border-collapse: collapse; width: 100%; margin: 8px 0 24px; font: 14px/1.4 system-ui, sans-serif; }
      th, td { border: 1px solid #d8d1c2; padding: 6px 8px; text-align: left; vertical-align: top; }
      th { background: #ebe5d8; }
      pre { overflow: auto; padding: 12px; background: #1d1f21; color: #f3f3f3; border-radius: 8px; }
      .example { margin: 12px 0 24px; }
    </style>
    <script type="module" src="../src/index.ts"></script>
  </head>
  <body>
    <header>
      <h1>API reference</h1>
      <p>Generated from <code>custom-elements.json</code> (version ${version}) by <code>npm run docs</code>.</p>
      <nav aria-label="Elements"><a href="./">Back to the demo</a>${Object.keys(EXAMPLES)
        .map((tag) => `<a href="#${tag}">&lt;${tag}&gt;</a>`)
        .join('')}</nav>
    </header>
    <main>
${markdownToHtml(sections.join('\n'))}
${promoFieldsHtml()}
    </main>
  </body>
</html>
`;

/**
 * The README's options at a glance: `<python-showcase>`'s attributes as the manifest lists them (from the
 * attribute tables), so the README cannot miss one or state an old default.
 */
const showcaseAttributes = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'python-showcase')?.attributes;
if (!showcaseAttributes) throw new Error('custom-elements.json lists no attributes of <python-showcase>');
const valuesOf = (/** @type {string} */ type) =>
  type === 'boolean'
    ? 'present or absent'
    : type.startsWith('number')
      ? '1 to 6'
      : (type
          .match(/'[^']*'/g)
          ?.map((value) => code(value.slice(1, -1)))
          .join(', ') ?? 'text');
const optionsTable = table(
  ['attribute', 'values', 'default', 'what it does'],
  showcaseAttributes.map((attribute) => [
    code(attribute.name),
    valuesOf(attribute.type.text),
    attribute.type.text === 'boolean' ? 'absent' : code(attribute.default?.replace(/^'|'$/g, '')),
    cell(attribute.description),
  ]),
).trim();

/**
 * The README's headline figures, from what measured them: the built script's gzip size (as the size budget in
 * scripts/test.mjs counts it), and from bench/results.md the date, the conditions and the cards shown (widget
 * against static HTML) and layout shift of its first table, so that a new build or benchmark run cannot leave
 * them stale.
 */
function headline() {
  const results = readFileSync('bench/results.md', 'utf8');
  const found = (/** @type {RegExp} */ pattern, /** @type {string} */ what) => {
    const match = pattern.exec(results);
    if (!match) throw new Error(`bench/results.md has no ${what}`);
    return match;
  };
  const [, measured] = found(/^Measured (\d{4}-\d{2}-\d{2})/m, 'date');
  // The first table's heading: its network and browser context, then its CPU slowdown.
  const [, network, slowdown] = found(
    /^\*\*(\w[^*]*?), one warm browser context\*\*, CPU (\d+)× slower/m,
    'first table',
  );
  const row = (/** @type {string} */ metric) =>
    found(new RegExp(`^\\| ${metric} \\|(.*)\\|$`, 'm'), `row "${metric}"`)[1]
      ?.split('|')
      .map((cell) => cell.trim()) ?? [];
  const columns = row('metric');
  const at = (/** @type {string} */ metric, /** @type {string} */ column) => {
    const value = row(metric)[columns.indexOf(column)];
    if (!value) throw new Error(`bench/results.md's first table has no ${column} column`);
    return value;
  };
  const bytes = gzipCommandBytes(readFileSync('dist/python-showcase.js'));
  const text =
    `Headline figures: the drop-in script is ${bytes.toLocaleString('en')} bytes gzip. In the last benchmark run ` +
    `(${measured}, with that day's build; ${network?.toLowerCase()}, CPU slowed ${slowdown}×, one warm browser ` +
    `context) it showed every card in ${at('all cards shown', 'widget')}, where static HTML took ` +
    `${at('all cards shown', 'static')}, with a cumulative layout shift of ${at('cumulative layout shift', 'widget')}. ` +
    `Every table is in [\`bench/results.md\`](bench/results.md).`;
  // Wrapped at 116 columns, as the README's prose is.
  return text.replace(/(.{1,116})(?: |$)/g, '$1\n').trim();
}

/** @type {Record<string, (text: string) => string>} */
const files = {
  'README.md': (text) =>
    fill(
      'README.md',
      fill('README.md', fill('README.md', text, 'snippet', snippet), 'options', optionsTable),
      'headline',
      headline(),
    ),
  'demo/partner.html': (text) => fill('demo/partner.html', text, 'snippet', localSnippet),
  'demo/api.html': () => apiPage,
};
// Every drop-in script tag in the docs pages and guides carries this version and its integrity hash.
const CDN_TAG =
  /https:\/\/cdn\.jsdelivr\.net\/npm\/python-showcase@[^/]+\/dist\/python-showcase\.js"(\s+)integrity="sha384-[^"]*"/g;
const cdnTags = (/** @type {string} */ text) =>
  text.replace(
    CDN_TAG,
    (_, space) =>
      `https://cdn.jsdelivr.net/npm/python-showcase@${version}/dist/python-showcase.js"${space}integrity="${integrity}"`,
  );
for (const page of docPages()) files[page] = cdnTags;
// The API reference's tables.
files['docs/reference.md'] = (text) => cdnTags(fill('docs/reference.md', text, 'api', sections.join('\n').trim()));
for (const [file, update] of Object.entries(files)) {
  const text = (() => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  })();
  const updated = update(text);
  if (updated === text) continue;
  if (process.argv.includes('--check')) {
    console.error(`${file} is out of date (API tables, snippet or script tags): run npm run docs`);
    process.exit(1);
  }
  writeFileSync(file, updated);
}
