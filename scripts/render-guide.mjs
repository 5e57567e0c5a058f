// The host guides in docs/guides/*.md as HTML pages, for the embed builder to link to: `npm start` renders them on
// request (vite.config.ts) and `npm run build:site` writes them to site/docs/guides/. Both put a guide at
// docs/guides/<name>.html, two folders below the demo pages, so every URL here is relative to that place and the
// pages work under any path prefix. The guides are the project's own Markdown: their HTML is kept as written.
import { Marked } from 'marked';

/** A guide's name: its file name without `.md`. Anything else is not a guide (and cannot leave the folder). */
export const GUIDE_NAME = /^[a-z0-9-]+$/;

// A link from one guide to another (`google-tag-manager.md`, also with a `#heading`) points at the other guide's
// page. A link to another file of the repository (`../../README.md`) has nothing to point at among the pages, so
// it is shown as its text; links to the web stay links.
const GUIDE_LINK = /^([a-z0-9-]+)\.md(#.*)?$/;

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]);

/** GitHub's anchor for a heading, so the guides' `#the-plugin-recommended` links work on the page as on GitHub. */
function headingSlug(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Renders a guide's Markdown to HTML; also returns the text of its first `# ` heading, the guide's title. */
function renderMarkdown(markdown) {
  let title;
  const slugsSeen = new Map();
  const marked = new Marked({
    gfm: true,
    walkTokens(token) {
      if (token.type !== 'link') return;
      const guideLink = GUIDE_LINK.exec(token.href);
      if (guideLink) token.href = `${guideLink[1]}.html${guideLink[2] ?? ''}`;
    },
    renderer: {
      link({ href, tokens }) {
        const local = !/^(https?:|mailto:|#)/.test(href) && !/^[a-z0-9-]+\.html(#.*)?$/.test(href);
        return local ? this.parser.parseInline(tokens) : false;
      },
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens, this.parser.textRenderer);
        if (depth === 1) title ??= text;
        const slug = headingSlug(text);
        // GitHub numbers repeated headings' anchors: `usage`, `usage-1`, `usage-2`.
        const seen = slugsSeen.get(slug) ?? 0;
        slugsSeen.set(slug, seen + 1);
        const id = seen ? `${slug}-${seen}` : slug;
        return `<h${depth} id="${escapeHtml(id)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { html, title };
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
 * The whole HTML page of one guide: `markdown` is the text of docs/guides/<name>.md. The page is meant to be
 * served as docs/guides/<name>.html (its links to the demo pages are relative to that place).
 */
export function renderGuide(markdown, name) {
  const { html, title = name } = renderMarkdown(markdown);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} · python-showcase</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="../../demo/demo.css" />
    <style>${GUIDE_STYLE}
    </style>
  </head>
  <body>
    <header>
      <nav aria-label="Demo pages">
        <a href="../../demo/builder.html">Back to the embed builder</a><a href="../../demo/">The demo</a>
      </nav>
    </header>
    <main>
${html}    </main>
  </body>
</html>
`;
}
