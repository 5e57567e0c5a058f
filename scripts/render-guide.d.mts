/** A guide's name: its file name in docs/guides/ without `.md`. */
export const GUIDE_NAME: RegExp;
/** The whole HTML page of the guide whose Markdown is `markdown`, to be served as docs/guides/<name>.html. */
export function renderGuide(markdown: string, name: string): string;
