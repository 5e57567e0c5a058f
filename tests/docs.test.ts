import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Array<{ name: string }>;
  members?: Array<{ name: string; kind: string; privacy?: string; static?: boolean }>;
  events?: Array<{ name: string }>;
  slots?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
}

describe('the API reference (demo/api.html and docs/reference.md) and the README', () => {
  it('name every attribute, property, event, slot, part and custom property in custom-elements.json', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: Array<{ declarations?: Declaration[] }>;
    };
    const page = await (await fetch('/demo/api.html')).text();
    const reference = await (await fetch('/docs/reference.md')).text();
    const readme = await (await fetch('/README.md')).text();
    // The README's "Options at a glance", up to the next section.
    const optionsAt = readme.indexOf('\n## Options at a glance\n');
    expect(optionsAt, 'the README has "Options at a glance"').to.be.greaterThan(0);
    const options = readme.slice(optionsAt, readme.indexOf('\n## ', optionsAt + 1));
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
    expect(elements.map((e) => e.tagName).sort()).to.deep.equal([
      'python-app-card',
      'python-course-promo',
      'python-showcase',
    ]);
    for (const element of elements) {
      const names = [
        ...(element.attributes ?? []).map((a) => a.name),
        ...(element.members ?? [])
          .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
          .map((m) => m.name),
        ...(element.events ?? []).map((e) => e.name),
        ...(element.cssParts ?? []).map((p) => p.name),
        ...(element.cssProperties ?? []).map((p) => p.name),
      ];
      expect(names.length, element.tagName).to.be.greaterThan(5);
      for (const name of names) {
        expect(page, `${element.tagName} ${name} on the API page`).to.include(`<code>${name}</code>`);
        expect(reference, `${element.tagName} ${name} in docs/reference.md`).to.include(`\`${name}\``);
      }
    }
    // Every attribute of the widget is at a glance in the README.
    const showcase = elements.find((e) => e.tagName === 'python-showcase')!;
    expect(showcase.attributes!.length).to.be.greaterThan(10);
    for (const { name } of showcase.attributes!) {
      expect(options, `python-showcase ${name} in the README's options`).to.include(`\`${name}\``);
    }
  });

  it('package.json points tools at custom-elements.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { customElements: string };
    expect(pkg.customElements).to.equal('custom-elements.json');
  });

  it('the API page renders its live examples', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '700px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/api.html';
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      await new Promise((resolve) => setTimeout(resolve, 500));
      const examples = [...doc.querySelectorAll('.example > *')];
      expect(examples.map((e) => e.localName).sort()).to.deep.equal([
        'python-app-card',
        'python-course-promo',
        'python-showcase',
      ]);
      for (const example of examples)
        expect(example.shadowRoot?.textContent?.trim(), example.localName).to.not.equal('');
    } finally {
      frame.remove();
    }
  });
});
