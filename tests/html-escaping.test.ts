import { expect } from '@open-wc/testing';
import { blockCommentJson, escapeAttribute, inlineJsonScript, scriptSafeJson } from '../src/embed/html-escaping.js';

// What the server renderer and the embed builder write into someone else's HTML, read back by this browser's own
// HTML parser: hostile text stays inside its attribute or its script, and comes back exactly as it went in.

/** Text that would end, comment out or restart a script or an attribute if it were written as it is. */
const HOSTILE = [
  '</script><script>window.escapedRan = 1</script>',
  '</SCRIPT ><img src=x onerror="window.escapedRan = 1">',
  '</script/><b>bold</b>',
  '<!--<script>',
  '<script>',
  '-->',
  'a line\u2028separator and a paragraph\u2029separator',
  '"double" and \'single\' quotes',
  '& &amp; &lt;script&gt; &#60; &#x3c;',
  '"><img src=x onerror="window.escapedRan = 1">',
];

/** An HTML document around `body`, as a browser parses a pasted page (nothing in it runs). */
const parse = (body: string) =>
  new DOMParser().parseFromString(
    `<!doctype html><html><body>${body}<p id="after">after</p></body></html>`,
    'text/html',
  );

/** A content document with `text` everywhere text can go: values, a key, a list, a nested object. */
const contentWith = (text: string) => ({
  heading: text,
  [text]: text,
  apps: [{ id: 'hostile', name: text, summary: text, stat: { value: 1, label: text } }],
  takeaways: [text, `${text}${text}`],
});

describe('html escaping (src/embed/html-escaping.ts)', () => {
  describe('inlineJsonScript', () => {
    for (const text of HOSTILE) {
      it(`keeps ${JSON.stringify(text)} inside the script, and JSON.parse gives it back`, () => {
        const content = contentWith(text);
        const doc = parse(`<python-showcase>${inlineJsonScript(content)}</python-showcase>`);
        const scripts = doc.querySelectorAll('script');
        expect(scripts.length, 'one script').to.equal(1);
        expect(scripts[0]!.type).to.equal('application/json');
        expect(scripts[0]!.parentElement!.localName, 'inside the widget').to.equal('python-showcase');
        expect(doc.querySelectorAll('img, b').length, 'no element from the text').to.equal(0);
        expect(doc.querySelector('#after')?.parentElement?.localName, 'what follows is parsed as before').to.equal(
          'body',
        );
        expect(JSON.parse(scripts[0]!.textContent)).to.deep.equal(content);
      });
    }

    it('is tested against text that does break out of a script written without it', () => {
      const unescaped = (content: unknown) => `<script type="application/json">${JSON.stringify(content)}</script>`;
      for (const text of [HOSTILE[0]!, HOSTILE[1]!, HOSTILE[2]!]) {
        const doc = parse(unescaped({ heading: text }));
        expect(doc.querySelectorAll('script, img, b').length, text).to.be.greaterThan(1);
      }
    });
  });

  describe('scriptSafeJson', () => {
    for (const text of HOSTILE) {
      it(`writes ${JSON.stringify(text)} as JavaScript that gives it back, with no < or raw line separator`, () => {
        const content = contentWith(text);
        for (const json of [scriptSafeJson(content), scriptSafeJson(content, 2)]) {
          expect(json).to.not.match(/[<\u2028\u2029]/);
          expect(JSON.parse(json)).to.deep.equal(content);
          // As a classic script's expression, as the Google Tag Manager tag and the React and Vue components use it.
          // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the text is what is tested.
          expect((new Function(`return ${json};`) as () => unknown)()).to.deep.equal(content);
          const doc = parse(`<script>window.content = ${json};</script>`);
          expect(doc.querySelectorAll('script').length, 'one script').to.equal(1);
          expect(doc.querySelector('script')!.textContent).to.equal(`window.content = ${json};`);
        }
      });
    }

    it('refuses a value with no JSON form rather than write "undefined"', () => {
      expect(() => scriptSafeJson(undefined)).to.throw(TypeError);
      expect(() => scriptSafeJson(() => 1)).to.throw(TypeError);
    });
  });

  describe('escapeAttribute', () => {
    for (const text of HOSTILE) {
      it(`keeps ${JSON.stringify(text)} inside a double- or single-quoted attribute, read back as written`, () => {
        const doc = parse(
          `<python-showcase heading="${escapeAttribute(text)}" partner='${escapeAttribute(text)}'></python-showcase>`,
        );
        const widgets = doc.querySelectorAll('python-showcase');
        expect(widgets.length).to.equal(1);
        expect(widgets[0]!.getAttribute('heading')).to.equal(text);
        expect(widgets[0]!.getAttribute('partner')).to.equal(text);
        expect(widgets[0]!.getAttributeNames()).to.deep.equal(['heading', 'partner']);
        expect(doc.querySelectorAll('script, img, b').length, 'no element from the text').to.equal(0);
        expect(doc.querySelector('#after')?.parentElement?.localName).to.equal('body');
      });
    }

    it('writes no quote, < or > of its own, and no & that does not start a reference', () => {
      const written = escapeAttribute(HOSTILE.join(''));
      expect(written).to.not.match(/["'<>]/);
      expect(written.replace(/&(amp|quot|#39|lt|gt);/g, '')).to.not.include('&');
    });
  });

  describe('blockCommentJson', () => {
    for (const text of [...HOSTILE, 'a backslash at the end \\', '\\"\\', '--->']) {
      it(`keeps ${JSON.stringify(text)} inside a block's comment, and JSON.parse gives it back`, () => {
        const attributes = { heading: text, [text]: true, headingLevel: 3 };
        const json = blockCommentJson(attributes);
        expect(json).to.not.match(/--|[<>&]|\\"/);
        expect(JSON.parse(json)).to.deep.equal(attributes);
        const doc = parse(`<!-- wp:python-showcase/showcase ${json} /-->`);
        const comments = [...doc.body.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE);
        expect(comments.map((comment) => comment.textContent)).to.deep.equal([
          ` wp:python-showcase/showcase ${json} /`,
        ]);
        expect(doc.querySelectorAll('script, img, b').length, 'no element from the text').to.equal(0);
        expect(doc.body.firstChild, 'the comment is all there is before what follows').to.equal(comments[0]);
        expect(doc.querySelector('#after')?.parentElement?.localName).to.equal('body');
      });
    }
  });
});
