// The tag from its own module rather than `lit`: see src/drop-in.ts.
import { css } from '@lit/reactive-element/css-tag.js';

export const coursePromoStyles = css`
  .promo {
    /* The band is dark blue in both themes; its text and focus ring are set for that background. */
    --_focus: #ffd43b;
    --_link: #fff;
    container: promo / inline-size;
    position: relative;
    padding: 28px 24px;
    border-radius: var(--python-showcase-radius, 14px);
    color: #fff;
    background: linear-gradient(
      120deg,
      var(--python-showcase-promo-background, var(--_promo-bg)) 40%,
      var(--python-showcase-promo-background, var(--_promo-bg-2))
    );
  }
  .layout {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: 6px;
    max-width: 62ch;
  }
  .eyebrow {
    color: #ffd43b;
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  .title {
    font-size: 1.375em;
    font-weight: 750;
    line-height: 1.25;
  }
  .body {
    color: #e6eef7;
  }
  .deadline {
    color: #ffd43b;
    font-weight: 650;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 12px 20px;
  }
  .cta {
    display: inline-block;
    padding: 10px 20px;
    border-radius: 999px;
    background: #ffd43b;
    color: #14243a;
    font-weight: 700;
    text-decoration: none;
    transition: transform 0.15s ease;
  }
  .cta:hover {
    transform: translateY(-1px);
    background: #ffe27a;
  }
  .secondary {
    font-weight: 600;
  }
  @container promo (min-width: 720px) {
    .layout {
      flex-direction: row;
      align-items: center;
      justify-content: space-between;
      gap: 32px;
      padding: 4px 12px;
    }
    .text {
      flex: 1 1 320px;
    }
    .actions {
      flex: 0 1 auto;
      justify-content: flex-end;
    }
    .title {
      font-size: 1.625em;
    }
  }
  .dismissible .layout {
    padding-inline-end: 28px;
  }
  .close {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
    display: grid;
    place-items: center;
    width: 36px;
    height: 36px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: #fff;
    cursor: pointer;
  }
  .close:hover {
    background: rgb(255 255 255 / 0.12);
  }
  .close svg {
    width: 16px;
    height: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  @media (forced-colors: active) {
    .promo,
    .cta {
      border: 1px solid CanvasText;
    }
  }
`;
