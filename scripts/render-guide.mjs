// @ts-check
// The Markdown pages of docs/ as HTML: the host guides, docs/guides/*.md, for the embed builder to link to, and the
// reference pages beside them, docs/*.md. `npm start` renders them on request (vite.config.ts) and
// `npm run build:site` writes them to site/: docs/<name>.md as docs/<name>.html, docs/guides/<name>.md as
// docs/guides/<name>.html. Every URL here is relative to that place, so the pages work under any path prefix. The
// pages are the project's own Markdown: their HTML is kept as written.
import { existsSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { Marked } from 'marked';

/** A page's name: its file name without `.md`. Anything else is not a page (and cannot leave its folder). */
export const GUIDE_NAME = /^[a-z0-9-]+$/;

/** The Markdown files published as pages, as paths from the project's root: docs/*.md, then docs/guides/*.md. */
export function docPages(root = '.') {
  return ['docs', 'docs/guides'].flatMap((folder) =>
    existsSync(posix.join(root, folder))
      ? readdirSync(posix.join(root, folder))
          .filter((file) => file.endsWith('.md') && GUIDE_NAME.test(file.slice(0, -3)))
          .sort()
          .map((file) => `${folder}/${file}`)
      : [],
  );
}

// A link to another page (`google-tag-manager.md`, `../content.md`, `guides/wordpress.md`, also with a `#heading`)
// points at that page's HTML. A link to another file of the repository (`../../README.md`, `../bench/results.md`)
// has nothing to point at among the pages, so it is shown as its text; links to the web stay links.
const PAGE_SOURCE = /^docs\/(guides\/)?[a-z0-9-]+\.md$/;

/** @type {Record<string, string>} */
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (/** @type {string} */ text) =>
  text.replace(/[&<>"]/g, (character) => HTML_ENTITIES[character] ?? '');

/**
 * GitHub's anchor for a heading, so the pages' `#the-plugin-recommended` links work on the page as on GitHub.
 * @param {string} text
 */
function headingSlug(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/**
 * Renders a page's Markdown to HTML. `source` is the Markdown file's path from the project's root and `page` the
 * path the HTML is served at (its links are written relative to it); `headingOffset` lowers every heading by that
 * many levels, for a page placed inside another. Also returns the text of the first `# ` heading, the page's
 * title, the anchors of its headings as GitHub writes them, and the images it shows (paths from the root), for a
 * site to carry.
 * @param {string} markdown
 * @param {{ source: string, page?: string, headingOffset?: number }} options
 * @returns {{ html: string, title: string | undefined, ids: string[], images: string[] }}
 */
export function renderMarkdown(markdown, { source, page = source.replace(/\.md$/, '.html'), headingOffset = 0 }) {
  /** @type {string | undefined} */
  let title;
  /** @type {string[]} */
  const ids = [];
  /** @type {string[]} */
  const images = [];
  /** The links that point at a published page, which stay links. */
  const published = new WeakSet();
  const slugsSeen = new Map();
  const from = posix.dirname(source);
  const at = posix.dirname(page);
  const marked = new Marked({
    gfm: true,
    walkTokens(token) {
      if ((token.type !== 'link' && token.type !== 'image') || /^([a-z]+:|#)/i.test(token.href)) return;
      const [, path = '', hash = ''] = /^([^#]*)(#.*)?$/.exec(token.href) ?? [];
      const target = posix.normalize(posix.join(from, path));
      if (token.type === 'image') {
        images.push(target);
        token.href = posix.relative(at, target) + hash;
      } else if (PAGE_SOURCE.test(target)) {
        token.href = posix.relative(at, target.replace(/\.md$/, '.html')) + hash;
        published.add(token);
      }
    },
    renderer: {
      link(token) {
        const local = !/^([a-z]+:|#)/i.test(token.href) && !published.has(token);
        return local ? this.parser.parseInline(token.tokens) : false;
      },
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens, this.parser.textRenderer);
        if (depth === 1) title ??= text;
        const slug = headingSlug(text);
        // GitHub numbers repeated headings' anchors: `usage`, `usage-1`, `usage-2`.
        const seen = slugsSeen.get(slug) ?? 0;
        slugsSeen.set(slug, seen + 1);
        const id = seen ? `${slug}-${seen}` : slug;
        ids.push(id);
        const level = Math.min(depth + headingOffset, 6);
        return `<h${level} id="${escapeHtml(id)}">${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { html, title, ids, images };
}

/**
 * The anchors of a Markdown document's headings, as GitHub writes them (`#what-the-tests-need`).
 * @param {string} markdown
 */
export function headingIds(markdown) {
  return renderMarkdown(markdown, { source: 'document.md' }).ids;
}

// The demo pages' stylesheet sets the page; these rules fit a long text to read: a narrower column than the demo's,
// and code blocks, tables and long words that scroll or wrap inside it, so a 375 px screen never scrolls sideways.
const GUIDE_STYLE = `
      header, main { max-width: 800px; }
      main { overflow-wrap: break-word; }
      main h1 { margin-bottom: 16px; }
      main h2 { margin-top: 40px; }
      code { font: 0.875em/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
      :not(pre) > code { overflow-wrap: anywhere; padding: 1px 4px; background: #ebe5d8; border-radius: 4px; }
      pre { overflow: auto; padding: 12px 16px; background: #1d1f21; color: #f3f3f3; border-radius: 8px; }
      table { display: block; overflow-x: auto; border-collapse: collapse; margin: 16px 0; }
      table { font: 15px/1.4 system-ui, sans-serif; }
      th, td { border: 1px solid #d8d1c2; padding: 6px 8px; text-align: left; vertical-align: top; }
      th { background: #ebe5d8; }
      img { max-width: 100%; height: auto; }
      blockquote { margin: 16px 0; padding: 0 16px; border-left: 4px solid #d8d1c2; }`;

/**
 * The whole HTML page of one Markdown file of docs/: `markdown` is the text of `source` (`docs/<name>.md` or
 * `docs/guides/<name>.md`), and the page is meant to be served beside it as `<name>.html` (its links to the demo
 * pages are relative to that place).
 * @param {string} markdown
 * @param {string} source
 */
export function renderDocPage(markdown, source) {
  const page = source.replace(/\.md$/, '.html');
  const { html, title = posix.basename(page, '.html') } = renderMarkdown(markdown, { source, page });
  const demo = (/** @type {string} */ file) => posix.relative(posix.dirname(page), `demo/${file}`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} · python-showcase</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${demo('demo.css')}" />
    <style>${GUIDE_STYLE}
    </style>
  </head>
  <body>
    <header>
      <nav aria-label="Demo pages">
        <a href="${demo('builder.html')}">Back to the embed builder</a><a href="${demo('')}/">The demo</a>
      </nav>
    </header>
    <main>
${html}    </main>
  </body>
</html>
`;
}
