// The tag from its own module rather than `lit`: see src/drop-in.ts.
import { css } from '@lit/reactive-element/css-tag.js';

export const appCardStyles = css`
  :host {
    height: 100%;
  }
  .card {
    container: card / inline-size;
    height: 100%;
    padding: 20px;
    background: var(--python-showcase-card-background, var(--_raised));
    border: 1px solid var(--python-showcase-border, var(--_border));
    border-radius: var(--python-showcase-radius, 14px);
    transition:
      transform 0.2s ease,
      box-shadow 0.2s ease;
  }
  .card:hover {
    transform: translateY(-2px);
    box-shadow: 0 8px 24px rgb(15 23 42 / 0.1);
  }
  .layout,
  .lead,
  .body {
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  .layout {
    height: 100%;
  }
  .body {
    flex: 1;
  }
  .top {
    display: flex;
    align-items: center;
    gap: 12px;
  }
  .mark,
  .logo {
    flex: none;
  }
  .mark text {
    font-size: 1.125em;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
  }
  .name {
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .figure {
    display: flex;
    flex-direction: column;
  }
  .value {
    font-size: 2.25em;
    font-weight: 750;
    line-height: 1.1;
    letter-spacing: -0.02em;
    font-variant-numeric: tabular-nums;
  }
  .label {
    color: var(--python-showcase-muted, var(--_muted));
    font-size: 0.875em;
  }
  .summary {
    overflow-wrap: anywhere;
  }
  .uses {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .uses li {
    padding: 2px 10px;
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_chip);
    font-size: 0.75em;
    line-height: 1.6;
  }
  .link {
    margin-top: auto;
    align-self: flex-start;
    font-weight: 600;
    text-decoration: none;
  }
  .link:hover {
    text-decoration: underline;
  }
  /* A wide card (the list layout, or a card used alone on a page) puts its name and figure beside the text. */
  @container card (min-width: 520px) {
    .layout {
      flex-direction: row;
      gap: 24px;
    }
    .lead {
      flex: 0 0 33%;
    }
  }
`;
