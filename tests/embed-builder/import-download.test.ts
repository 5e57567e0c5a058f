// A content.json imported to keep editing it, and downloaded again with the edits.
import '../helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { closePages, waitFor } from '../helpers/frames.js';
import { visibleState, openBuilder, catchDownloads } from '../helpers/embed-builder.js';

afterEach(closePages);

describe('the embed builder (demo/builder.html): content files: import and download', () => {
  it('imports a content.json to keep editing it, names what the widget would leave out, and refuses a file that is not JSON', async function () {
    this.timeout(30000);
    const builder = await openBuilder();
    const { doc, win, set, editApp } = builder;
    // Import: a content.json with an app of its own, takeaways and a bad link.
    const imported = {
      heading: 'Imported heading',
      intro: 'From a file.',
      apps: [
        { id: 'reddit', name: 'Reddit', summary: 'Python served the front page.', url: 'https://www.reddit.com/' },
        { id: 'bad', name: 'Bad', summary: 'A bad link.', url: 'javascript:alert(1)' },
        { id: 'spotify', name: 'Spotify', summary: 'Changed.', stat: { value: 600000000, label: 'listeners' } },
      ],
      takeaways: ['One takeaway from the file.'],
    };
    const input = doc.querySelector<HTMLInputElement>('#import-content')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(imported)], 'content.json', { type: 'application/json' }));
    input.files = transfer.files;
    const before = builder.step();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await builder.ready(before);
    expect(doc.querySelector('#import-status')!.textContent).to.include(
      'content.json: apps[1].url: not an https, http or mailto URL',
    );
    await set('takeaways', true);
    const state = visibleState(doc);
    expect(state.heading).to.equal('Imported heading');
    expect(state.intro).to.equal('From a file.');
    expect(state.cards.map((card) => card.name)).to.deep.equal(['Reddit', 'Bad', 'Spotify']);
    expect(
      doc.querySelector('#preview python-showcase')!.shadowRoot!.querySelector('.takeaways')!.textContent,
    ).to.include('One takeaway from the file.');
    // Keep editing what was imported; the download holds the file's content with the edit.
    await editApp('Reddit', 'summary', 'Edited after import.');
    const downloads = catchDownloads(win);
    doc.querySelector<HTMLButtonElement>('#download-content')!.click();
    await waitFor(() => downloads.length, 'the download');
    const saved = JSON.parse(await downloads[0]!.text()) as {
      apps: Array<{ id: string; summary: string }>;
      takeaways: string[];
    };
    expect(saved.apps.map((app) => app.id)).to.deep.equal(['reddit', 'bad', 'spotify']);
    expect(saved.apps[0]!.summary).to.equal('Edited after import.');
    expect(saved.takeaways).to.deep.equal(['One takeaway from the file.']);

    // Not JSON: a message, and nothing changes.
    const broken = new DataTransfer();
    broken.items.add(new File(['{"heading": '], 'broken.json', { type: 'application/json' }));
    input.files = broken.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(
      () => doc.querySelector('#import-status')!.textContent.includes('broken.json: not JSON'),
      'the message',
    );
    expect(visibleState(doc).heading).to.equal('Imported heading');
  });
});
