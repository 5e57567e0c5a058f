// The tag from its own module rather than `lit`: see src/drop-in.ts.
import { css } from '@lit/reactive-element/css-tag.js';

export const showcaseStyles = css`
  .root {
    container: showcase / inline-size;
    /* 16 px in a narrow sidebar, 24 px from a 600 px container on: a percentage of the host's width. */
    padding: var(--python-showcase-padding, clamp(16px, 4%, 24px));
    border-radius: var(--python-showcase-radius, 14px);
    background: var(--python-showcase-background, var(--_surface));
  }
  .header {
    max-width: 62ch;
    margin-bottom: 20px;
  }
  .heading {
    font-size: 1.5em;
    font-weight: 750;
    line-height: 1.2;
    letter-spacing: -0.01em;
  }
  .heading:focus {
    outline: none;
  }
  .intro {
    margin: 8px 0 0;
    color: var(--python-showcase-muted, var(--_muted));
  }
  .apps {
    display: grid;
    gap: var(--python-showcase-gap, 16px);
  }
  .apps > li {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .apps python-app-card {
    flex: 1;
  }
  .grid .apps {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 200px), 1fr));
  }
  .list .apps {
    grid-template-columns: minmax(0, 1fr);
  }
  /* A row that scrolls sideways, only when the reader scrolls it: it never moves by itself. */
  .carousel .apps {
    grid-auto-flow: column;
    grid-auto-columns: min(85%, 280px);
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scroll-padding-inline: 4px;
    padding: 4px 4px 12px;
  }
  .carousel .apps > li {
    scroll-snap-align: start;
  }
  .promo-top {
    margin-bottom: 20px;
  }
  .promo-bottom {
    margin-top: 24px;
  }
  .takeaways {
    margin-top: 24px;
    padding: 20px 24px;
    border: 1px solid var(--python-showcase-border, var(--_border));
    border-radius: var(--python-showcase-radius, 14px);
  }
  .takeaways-heading {
    margin: 0 0 8px;
    font-size: 1.125em;
    font-weight: 650;
  }
  .takeaways ol {
    padding-inline-start: 1.5em;
  }
  .takeaways li + li {
    margin-top: 4px;
  }
  @container showcase (max-width: 360px) {
    .heading {
      font-size: 1.25em;
    }
  }
  @container showcase (min-width: 900px) {
    .heading {
      font-size: 2em;
    }
  }
`;
