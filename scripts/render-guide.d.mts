/** A page's name: its file name in docs/ or docs/guides/ without `.md`. */
export const GUIDE_NAME: RegExp;
/** The Markdown files published as pages, as paths from `root`: docs/*.md, then docs/guides/*.md. */
export function docPages(root?: string): string[];
/** `markdown`, the text of `source`, as HTML with its links written relative to `page`. */
export function renderMarkdown(
  markdown: string,
  options: { source: string; page?: string; headingOffset?: number },
): { html: string; title: string | undefined; ids: string[]; images: string[] };
/** The anchors of a Markdown document's headings, as GitHub writes them. */
export function headingIds(markdown: string): string[];
/** The whole HTML page of `source` (docs/<name>.md or docs/guides/<name>.md), to be served beside it as <name>.html. */
export function renderDocPage(markdown: string, source: string): string;
