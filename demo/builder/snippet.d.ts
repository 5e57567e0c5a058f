// Types for snippet.js, which the README generator (Node) and the embed builder (browser) load as plain
// JavaScript, and the tests import from TypeScript.
type Attributes = Record<string, string | boolean | undefined>;
export const FALLBACK: string;
export const BREAKPOINTS: number[];
export const DEFAULT_HEIGHTS: number[];
export function reservationCss(heights: number[]): string;
export function partnerSnippet(options: {
  version: string;
  integrity: string;
  attributes?: Attributes;
  heights: number[];
  content?: unknown;
}): string;
export function siteScriptTag(options: { version: string; integrity: string; defer?: boolean }): string;
export function mountPointSnippet(options: { attributes?: Attributes; heights: number[] }): string;
export function shortcodeSnippet(options: { attributes?: Attributes }): string;
export function reactSnippet(options: { version: string; attributes?: Attributes; content?: unknown }): string;
export function vueSnippet(options: { version: string; attributes?: Attributes; content?: unknown }): string;
export const CUSTOM_ELEMENT_PREFIX: string;
export const VUE_COMPILER_OPTIONS: string;
export const TAG_MANAGER_SPOT: string;
export function tagManagerSpot(options: { heights: number[] }): string;
export function tagManagerSnippet(options: {
  version: string;
  integrity: string;
  attributes?: Attributes;
  content?: unknown;
}): string;
