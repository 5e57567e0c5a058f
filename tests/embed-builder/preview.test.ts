// The preview at each measuring width, on a light or dark host page, with the height each form reserves.
import '../helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { closePages, waitFor } from '../helpers/frames.js';
import { openBuilder } from '../helpers/embed-builder.js';

afterEach(closePages);

describe('the embed builder (demo/builder.html): preview', () => {
  it('previews at 320, 768 and 1280 px, not scaled, on a light or dark page, with the reserved height outlined', async function () {
    this.timeout(30000);
    const { doc, snippet, tab } = await openBuilder();
    const reserved = [...snippet().matchAll(/height:(\d+)px/g)].map((m) => Number(m[1]));
    expect(reserved).to.have.length(3);
    const pick = async (name: string, value: string) => {
      const before = doc.body.dataset.previewReady;
      doc.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.click();
      await waitFor(() => doc.body.dataset.previewReady !== before, 'the preview');
    };
    const widget = doc.querySelector<HTMLElement>('#preview python-showcase')!;
    const outline = doc.querySelector<HTMLElement>('#reservation')!;
    const note = () => doc.querySelector('#reservation-note')!.textContent;
    for (const [width, index] of [
      [320, 0],
      [768, 1],
      [1280, 2],
    ] as const) {
      await pick('preview-width', String(width));
      expect(widget.getBoundingClientRect().width, `laid out at ${width} px`).to.equal(width);
      expect(outline.getBoundingClientRect().height).to.equal(reserved[index]);
      expect(note()).to.include(`At ${width} px the snippet reserves ${reserved[index]} px`);
      expect(Math.abs(widget.getBoundingClientRect().height - reserved[index]!), 'the reservation fits').to.be.below(2);
    }
    // Each form outlines what it reserves: a mount point its min-height, a React component nothing.
    await tab('mount-point');
    const minHeight = Number(/min-height: (\d+)px/.exec(snippet())![1]);
    expect(minHeight).to.equal(Math.min(...reserved));
    expect(outline.getBoundingClientRect().height, 'the mount point’s min-height').to.equal(minHeight);
    await tab('react');
    expect(outline.hidden).to.be.true;
    expect(note()).to.include('the component reserves no height');
    await tab('tag');
    await pick('preview-page', 'dark');
    expect(widget.shadowRoot!.querySelector('.root')!.classList.contains('dark')).to.be.true;
    expect(getComputedStyle(doc.querySelector('#preview-frame')!).backgroundColor).to.equal('rgb(5, 8, 15)');
    await pick('preview-page', 'light');
    expect(widget.shadowRoot!.querySelector('.root')!.classList.contains('light')).to.be.true;
  });
});
