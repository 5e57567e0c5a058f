// @ts-check
// Every link in the README and in the Markdown pages of docs/ (guides included) leads somewhere: a relative link
// names a file or folder of the repository (not one that only a build writes), a `#anchor` names a heading of its
// target as GitHub writes heading anchors (or an id of an HTML file), and a link to the web is a well-formed
// http(s) or mailto URL. Images are links too. The README stays one a newcomer reads in five minutes: at most
// 20,000 bytes; the reference lives in docs/. Its layout map names every folder of the repository.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, it } from 'node:test';
import { lexer, walkTokens } from 'marked';
import { headingIds } from '../../scripts/render-guide.mjs';

const README_LIMIT = 20_000;

const documents = [
  'README.md',
  ...readdirSync('docs', { recursive: true })
    .map((path) => posix.join('docs', String(path).split('\\').join('/')))
    .filter((path) => path.endsWith('.md'))
    .sort(),
];

// Folders only a build or a test run writes (.gitignore): a link into them leads nowhere in the repository.
const GENERATED = readFileSync('.gitignore', 'utf8')
  .split('\n')
  .map((line) => line.trim().replace(/^\//, ''))
  .filter((line) => line.endsWith('/'));

/**
 * Every link target in a Markdown text: links, images, and href/src attributes of raw HTML outside code.
 * @param {string} markdown
 */
export function linkTargets(markdown) {
  /** @type {string[]} */
  const targets = [];
  walkTokens(lexer(markdown), (token) => {
    if (token.type === 'link' || token.type === 'image') targets.push(token.href);
    else if (token.type === 'html') {
      for (const [, target] of token.raw.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/g)) targets.push(target);
    }
  });
  return targets;
}

/** @type {Map<string, Set<string> | null>} */
const anchorsCache = new Map();
/**
 * The anchors a file offers: its headings' for Markdown, its ids and names for HTML; null for anything else.
 * @param {string} file
 */
function anchorsOf(file) {
  if (!anchorsCache.has(file)) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.md')) anchorsCache.set(file, new Set(headingIds(text)));
    else if (file.endsWith('.html'))
      anchorsCache.set(file, new Set([...text.matchAll(/\b(?:id|name)="([^"]+)"/g)].map((match) => match[1])));
    else anchorsCache.set(file, null);
  }
  return anchorsCache.get(file);
}

/**
 * What is wrong with the link `target` written in `file`, or undefined when it leads somewhere.
 * @param {string} file
 * @param {string} target
 */
export function brokenLink(file, target) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    if (/^mailto:[^@\s]+@[^@\s]+$/i.test(target)) return undefined;
    let url;
    try {
      url = new URL(target);
    } catch {
      return 'not a valid URL';
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return `a ${url.protocol} link`;
    return url.hostname ? undefined : 'no host';
  }
  // Matches every string: each part is optional.
  const [, rawPath, hash] = /** @type {RegExpExecArray} */ (/^([^#?]*)(?:\?[^#]*)?(?:#(.*))?$/.exec(target));
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return 'a malformed path';
  }
  const resolved = path ? posix.normalize(posix.join(posix.dirname(file), path)) : file;
  if (resolved.startsWith('../') || posix.isAbsolute(resolved)) return 'outside the repository';
  if (!existsSync(resolved)) return `${resolved} does not exist`;
  const generated = GENERATED.find((folder) => `${resolved}/`.startsWith(folder));
  if (generated) return `${resolved} is written by a build (${generated} is not in the repository)`;
  if (hash === undefined) return undefined;
  if (!hash) return 'an empty #anchor';
  if (statSync(resolved).isDirectory()) return `#${hash} on a folder`;
  const anchors = anchorsOf(resolved);
  if (!anchors) return `#${hash}: ${resolved} has no anchors to check`;
  return anchors.has(decodeURIComponent(hash)) ? undefined : `${resolved} has no heading or id #${hash}`;
}

describe('links in the README and docs/', () => {
  for (const file of documents) {
    it(`${file}: every link leads somewhere`, () => {
      const targets = linkTargets(readFileSync(file, 'utf8'));
      const broken = targets
        .map((target) => [target, brokenLink(file, target)])
        .filter(([, problem]) => problem)
        .map(([target, problem]) => `${target}: ${problem}`);
      assert.deepEqual(broken, [], `${file} has broken links`);
    });
  }

  it('the README links to every page of docs/ and every guide', () => {
    const linked = new Set(
      linkTargets(readFileSync('README.md', 'utf8')).map((target) => posix.normalize(target.replace(/#.*$/, ''))),
    );
    for (const file of documents.filter((path) => path.startsWith('docs/'))) {
      assert.ok(linked.has(file), `README.md links to ${file}`);
    }
  });

  it("the README's layout map names every folder, to the second level", () => {
    const readme = readFileSync('README.md', 'utf8');
    const from = readme.indexOf('\n## Layout\n');
    assert.ok(from > 0, 'README.md has a "Layout" section');
    const layout = readme.slice(from, readme.indexOf('\n## ', from + 1));
    const folders = new Set(
      execFileSync('git', ['ls-files'], { encoding: 'utf8' })
        .split('\n')
        .flatMap((path) => {
          const parts = path.split('/').slice(0, -1);
          return parts.slice(0, 2).map((_, i) => `${parts.slice(0, i + 1).join('/')}/`);
        }),
    );
    assert.ok(folders.has('src/elements/'), 'git ls-files lists the repository');
    for (const folder of folders) assert.ok(layout.includes(`\`${folder}`), `the layout map names ${folder}`);
  });

  it(`the README is at most ${README_LIMIT.toLocaleString('en')} bytes`, () => {
    const bytes = statSync('README.md').size;
    assert.ok(bytes <= README_LIMIT, `README.md is ${bytes} bytes`);
  });

  it('finds the links it checks: Markdown links, images, HTML attributes, none inside code', () => {
    assert.deepEqual(
      linkTargets(
        [
          '# Title',
          '[a](a.md) ![b](b.png) <a href="c.html">c</a> [d][ref] `[e](e.md)`',
          '',
          '```html',
          '<a href="f.html">f</a> [g](g.md)',
          '```',
          '',
          '[ref]: d.md#x',
        ].join('\n'),
      ),
      ['a.md', 'b.png', 'c.html', 'd.md#x'],
    );
    assert.equal(brokenLink('README.md', 'docs/content.md#the-format'), undefined);
    assert.match(brokenLink('README.md', 'docs/content.md#no-such-heading') ?? '', /no heading/);
    assert.match(brokenLink('README.md', 'docs/no-such-page.md') ?? '', /does not exist/);
    assert.match(brokenLink('README.md', '#no-such-heading') ?? '', /no heading/);
    assert.match(brokenLink('docs/content.md', '../../outside.md') ?? '', /outside the repository/);
    assert.match(brokenLink('README.md', 'javascript:alert(1)') ?? '', /javascript: link/);
  });
});
