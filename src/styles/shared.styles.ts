// The tag from its own module rather than `lit`: see src/drop-in.ts.
import { css } from '@lit/reactive-element/css-tag.js';

/**
 * Design tokens and resets shared by all three elements. Each element sets the tokens on its own root from
 * its `theme`, so a card or promo used alone is themed too. Hosts override the public
 * `--python-showcase-*` properties, which win over both themes.
 *
 * Sizes are in px and em, never rem: host pages often change the root font size.
 */
/** The dark palette, written once and applied by `theme="dark"` and by `theme="auto"` on a dark system. */
const darkTokens = css`
  --_surface: #0b1220;
  --_raised: #131c2e;
  --_text: #e8edf5;
  --_muted: #a9b6c8;
  --_border: #2a3850;
  --_link: #9fcbff;
  --_focus: #ffd43b;
  --_chip: #1e2a40;
  --_promo-bg: #13263f;
  --_promo-bg-2: #1f4e79;
  color-scheme: dark;
`;

export const sharedStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .theme {
    /* Contains the visually hidden text, which would otherwise be placed against the host page. */
    position: relative;
    --_surface: #fff;
    --_raised: #fff;
    --_text: #0f172a;
    --_muted: #475569;
    --_border: #dbe2ea;
    --_link: #1d5b8f;
    --_focus: #1d5b8f;
    --_chip: #eef2f7;
    --_promo-bg: #1f4e79;
    --_promo-bg-2: #2b5f8e;
    color-scheme: light;
    /* Inherited text properties would flow in from the host page: set every one of them here. */
    font: 400 var(--python-showcase-font-size, 16px) / 1.5
      var(--python-showcase-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--python-showcase-text, var(--_text));
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
  }
  .dark {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    .auto {
      ${darkTokens}
    }
  }
  /* Real headings, sized by their own classes: the browser's defaults for h1-h6 would vary with the level. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font: inherit;
  }
  /* Blocks are spaced by their own classes, never by the browser's default margins; lists are unmarked. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a {
    color: var(--python-showcase-link, var(--_link));
    text-underline-offset: 0.2em;
  }
  /* Only links, buttons and the showcase's heading (tabindex="-1") take focus here. */
  :focus-visible {
    outline: 3px solid var(--python-showcase-focus, var(--_focus));
    outline-offset: 2px;
    border-radius: 4px;
  }
  /* The widget's only motion is its hover transitions: it has no animation and no smooth scrolling. */
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
`;
