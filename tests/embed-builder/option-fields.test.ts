// The builder's options against the public contract as published (custom-elements.json): a field for every
// attribute of <python-showcase>, offering the values the widget takes and starting at its default, and each
// option, changed, written into the snippet. An attribute added to the widget without a way to set it here fails.
import '../helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { SET_ELSEWHERE } from '../../demo/builder/option-fields.js';
import { closePages } from '../helpers/frames.js';
import { openBuilder } from '../helpers/embed-builder.js';

afterEach(closePages);

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
}

/** The attributes of <python-showcase> as custom-elements.json publishes them. */
async function manifestAttributes(): Promise<ManifestAttribute[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: ManifestAttribute[] }> }>;
  };
  const showcase = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'python-showcase');
  expect(showcase?.attributes, 'custom-elements.json describes <python-showcase>').to.have.length.above(0);
  return showcase!.attributes!;
}

/** `'grid' | 'list' | 'carousel'` → the values; undefined for any other type. */
const literalValues = (type = '') => {
  const parts = type.split('|').map((part) => part.trim());
  return parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : undefined;
};

describe('the embed builder (demo/builder.html): option fields', () => {
  it('has a field for every attribute of <python-showcase> in custom-elements.json, with its values and default', async function () {
    this.timeout(30000);
    const attributes = await manifestAttributes();
    const { doc } = await openBuilder();
    const form = doc.querySelector('form')!;
    const missing: string[] = [];
    for (const attribute of attributes) {
      const elsewhere = SET_ELSEWHERE[attribute.name];
      if (elsewhere) {
        const control = elsewhere.control.startsWith('#')
          ? doc.querySelector(elsewhere.control)
          : form.elements.namedItem(elsewhere.control);
        if (!control) missing.push(`${attribute.name} (${elsewhere.control})`);
        continue;
      }
      const field = form.elements.namedItem(attribute.name) as HTMLInputElement | HTMLSelectElement | null;
      if (!field) {
        missing.push(attribute.name);
        continue;
      }
      const type = attribute.type?.text ?? '';
      const values = literalValues(type);
      if (type === 'boolean') {
        expect(field.type, `${attribute.name}: a checkbox`).to.equal('checkbox');
        expect((field as HTMLInputElement).checked, `${attribute.name}: off`).to.be.false;
      } else if (values) {
        expect(field.tagName, `${attribute.name}: a choice`).to.equal('SELECT');
        const offered = [...(field as HTMLSelectElement).options].map((option) => option.value);
        expect([...offered].sort(), `${attribute.name}: the values the widget takes`).to.deep.equal([...values].sort());
        expect(JSON.stringify(field.value), `${attribute.name}: its default`).to.equal(
          attribute.default?.replace(/^'|'$/g, '"'),
        );
      } else if (/\bnumber\b/.test(type)) {
        expect(field.tagName, `${attribute.name}: a choice of levels`).to.equal('SELECT');
        const offered = [...(field as HTMLSelectElement).options].map((option) => option.value);
        expect(offered).to.deep.equal(['1', '2', '3', '4', '5', '6']);
        // The level chosen at first is the level the widget takes with no attribute: the preview's heading.
        const heading = doc.querySelector('#preview python-showcase')!.shadowRoot!.querySelector('.heading')!;
        expect(heading.localName, `${attribute.name}: its default`).to.equal(`h${field.value}`);
      } else {
        expect(field.type, `${attribute.name}: text`).to.equal('text');
        expect(field.value, `${attribute.name}: empty`).to.equal('');
      }
    }
    expect(missing, 'attributes with no field in the builder').to.deep.equal([]);
  });

  it('writes each option, changed from its default, into the snippet and the preview', async function () {
    this.timeout(60000);
    const builder = await openBuilder();
    const form = builder.doc.querySelector('form')!;
    const preview = builder.doc.querySelector('#preview python-showcase')!;
    for (const attribute of await manifestAttributes()) {
      if (SET_ELSEWHERE[attribute.name]) continue;
      const field = form.elements.namedItem(attribute.name) as HTMLInputElement | HTMLSelectElement;
      let value: string | boolean;
      if (field.type === 'checkbox') value = true;
      else if (field instanceof builder.win.HTMLSelectElement) {
        value = [...field.options].find((option) => !option.defaultSelected)!.value;
      } else value = `${attribute.name} text`;
      await builder.set(attribute.name, value);
      const written = value === true ? ` ${attribute.name}` : ` ${attribute.name}="${value}"`;
      expect(builder.snippet(), attribute.name).to.include(written);
      expect(preview.getAttribute(attribute.name), `${attribute.name} in the preview`).to.equal(
        value === true ? '' : value,
      );
    }
  });
});
