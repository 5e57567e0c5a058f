// @ts-check
// The attribute tables (src/elements/**/*.attributes.ts) are the one place an attribute's default is written:
// the elements read it from there (scripts/contract.mjs reads the tables as the tools outside the browser do).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readTables } from '../../scripts/contract.mjs';

const elementSources = readdirSync('src/elements', { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.attributes.ts'))
  .map((name) => join('src/elements', name));

describe('the attribute tables', () => {
  it("hold each choice's default once: no element source assigns it as a literal", () => {
    const choices = [...readTables().values()].flat().filter((attribute) => attribute.kind === 'choice');
    assert.ok(choices.length >= 4, 'the tables have choice attributes');
    assert.ok(elementSources.length >= 4, 'the element sources are found');
    for (const file of elementSources) {
      const source = readFileSync(file, 'utf8');
      for (const attribute of choices) {
        if (attribute.kind !== 'choice') continue;
        // An assignment or initialiser (`= 'grid'`), not a comparison (`=== 'grid'`).
        const assigned = new RegExp(`(?<![=!<>])=(?!=)\\s*'${attribute.default}'`).exec(source);
        assert.equal(assigned, null, `${file} writes ${attribute.name}'s default '${attribute.default}' again`);
      }
    }
  });
});
