import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingAttributes {
  class: string;
  id?: string;
  part?: string;
  /** Whether script may move focus to it (`tabindex="-1"`), as the showcase does after its promo is closed. */
  focusTarget?: boolean;
}

/**
 * A real `<h1>`–`<h6>` at the level `heading-level` asks for, so the widget fits the host page's outline.
 * Lit cannot bind a tag name; six small templates cost the drop-in script less than `lit/static-html.js`.
 */
export function heading(level: number, attributes: HeadingAttributes, content: unknown): TemplateResult {
  const { class: className, id = nothing, part = nothing } = attributes;
  const tabindex = attributes.focusTarget ? '-1' : nothing;
  switch (level) {
    case 1:
      return html`<h1 class=${className} id=${id} part=${part} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} id=${id} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} id=${id} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} id=${id} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} id=${id} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 class=${className} id=${id} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}
