// @ts-check
// The embed builder's shared links (demo/builder/share-link.ts, as npm run build bundles it for Node), read and
// written without a browser: the length limit, what a reader is told, and that nothing in a link reaches an
// object's prototype.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultContent } from '../../dist/esm/index.js';
import { MAX_LINK_LENGTH, SCHEMA_VERSION, readLink, writeLink } from '../../dist/builder/share-link.js';

const ADDRESS = 'https://partners.example.com/showcase/demo/builder.html';
const acceptAll = () => true;
const encode = (/** @type {string} */ json) => Buffer.from(json, 'utf8').toString('base64url');

describe('shared links', () => {
  it('round-trips options and content, built-in apps written as their changes', () => {
    const content = {
      intro: 'Five apps, one language. ✨',
      apps: [
        { ...structuredClone(defaultContent.apps[2]), url: 'https://example.com/spotify' },
        structuredClone(defaultContent.apps[0]),
        { id: 'reddit', name: 'Reddit', summary: 'Python served the front page.' },
      ],
    };
    const { link, left } = writeLink(
      ADDRESS,
      { options: { layout: 'list', takeaways: true }, content },
      defaultContent,
    );
    assert.deepEqual(left, []);
    assert.ok(link.length <= MAX_LINK_LENGTH);
    assert.ok(!link.includes('Django'), 'an unchanged built-in app is written as its id');
    const read = readLink(new URL(link).hash, acceptAll, defaultContent);
    assert.deepEqual(read.options, { layout: 'list', takeaways: true });
    assert.deepEqual(read.content, content);
    assert.deepEqual(read.notes, []);
  });

  it('leaves out content that does not fit, says so, and tells the reader', () => {
    const apps = Array.from({ length: 12 }, (_, n) => ({ id: `app-${n}`, name: `App ${n}`, summary: 'x'.repeat(200) }));
    const { link, left } = writeLink(
      ADDRESS,
      { options: { heading: 'H', apps: 'spotify' }, content: { apps } },
      defaultContent,
    );
    assert.ok(link.length <= MAX_LINK_LENGTH, `${link.length} characters`);
    assert.deepEqual(left, ['content']);
    const read = readLink(new URL(link).hash, acceptAll, defaultContent);
    assert.equal(read.content, undefined);
    assert.deepEqual(read.options, { heading: 'H', apps: 'spotify' });
    assert.match(read.notes.join('\n'), /content was too long for a link and is not in it/);
  });

  it('does not write an option a reader would refuse', () => {
    const { link, left } = writeLink(
      ADDRESS,
      { options: { heading: 'h'.repeat(1001), layout: 'list' }, content: undefined },
      defaultContent,
    );
    assert.deepEqual(left, ['heading']);
    assert.match(readLink(new URL(link).hash, acceptAll, defaultContent).notes.join('\n'), /not in it: heading/);
  });

  it('never applies a __proto__ key: not to a built-in app, not to Object.prototype', () => {
    const json = `{"v":${SCHEMA_VERSION},"o":{},"c":{"apps":[{"id":"spotify","__proto__":{"polluted":true}},"instagram"],"promo":{"id":"${defaultContent.promo.id}","__proto__":{"polluted":true}}}}`;
    const { content } = readLink(`#config=${encode(json)}`, acceptAll, defaultContent);
    for (const entry of [content.apps[0], content.promo]) {
      assert.equal(Object.getPrototypeOf(entry), Object.prototype);
      assert.equal('polluted' in entry, false);
    }
    assert.deepEqual(content.apps[0], defaultContent.apps[2]);
    assert.equal('polluted' in {}, false);
  });

  it('reads an old, odd or cut link for what it holds, with a note for each oddity', () => {
    const json = JSON.stringify({
      v: 0,
      o: { layout: 'list', bad: { nested: 1 } },
      script: 'https://evil.example/x.js',
    });
    const read = readLink(`#config=${encode(json)}`, (/** @type {string} */ name) => name === 'layout', defaultContent);
    assert.deepEqual(read.options, { layout: 'list' });
    assert.match(read.notes.join('\n'), /another version of the builder \(settings version 0\)/);
    assert.match(read.notes.join('\n'), /bad: not an option/);
    assert.match(read.notes.join('\n'), /script: not something a link sets/);
    assert.match(readLink('#config=eyJ2Ijox%%', acceptAll, defaultContent).notes[0], /could not be read/);
  });
});
