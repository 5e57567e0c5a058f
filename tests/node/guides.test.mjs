// @ts-check
// Every CDN script tag in the README and in every page and guide of docs/ names the exact version with the built
// file's integrity hash and crossorigin, so a partner who pastes it gets a file that cannot change under the page.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { docPages } from '../../scripts/render-guide.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = `sha384-${createHash('sha384').update(readFileSync('dist/python-showcase.js')).digest('base64')}`;
const documents = ['README.md', ...docPages()];

describe('CDN script tags in the docs', () => {
  for (const file of documents) {
    const tags = [...readFileSync(file, 'utf8').matchAll(/<script src="https:\/\/cdn\.jsdelivr\.net\/[^>]*>/g)].map((m) => m[0]);
    if (!tags.length) continue;
    it(`${file}: ${tags.length} tag(s) with the exact version, the integrity hash and crossorigin`, () => {
      for (const tag of tags) {
        assert.match(tag, new RegExp(`python-showcase@${version.replaceAll('.', '\\.')}/dist/python-showcase\\.js"`));
        assert.ok(tag.includes(`integrity="${integrity}"`), `${tag}: integrity`);
        assert.ok(tag.includes('crossorigin="anonymous"'), `${tag}: crossorigin`);
      }
    });
  }
});
