import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { capturingWarnings } from './helpers/console.js';

/**
 * The ES module build as an application imports it, on a page where another version of the widget already
 * registered one of the tags (a CMS plugin's copy, say). This file imports the package itself, after that.
 */
describe('the ES module build', () => {
  it('warns once, naming both versions, when another version holds a tag, and keeps that version', async () => {
    class OtherVersionCard extends HTMLElement {
      static version = '0.9.0';
    }
    customElements.define('python-app-card', OtherVersionCard);
    const { result: module, warnings } = await capturingWarnings(() => import('../src/index.js'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(module.VERSION).and.include('0.9.0');
    expect(customElements.get('python-app-card')).to.equal(OtherVersionCard);
    expect(customElements.get('python-showcase')).to.equal(module.PythonShowcase);
  });

  it('exports the default content frozen, to the last array', async () => {
    const { defaultContent } = await import('../src/index.js');
    const spotify = defaultContent.apps.find((app) => app.id === 'spotify')!;
    for (const value of [defaultContent, defaultContent.apps, spotify, spotify.stat, spotify.uses, defaultContent.promo]) {
      expect(Object.isFrozen(value)).to.be.true;
    }
    expect(() => (spotify.stat!.value = 1)).to.throw(TypeError);
    expect(() => defaultContent.apps.push(spotify)).to.throw(TypeError);
    expect(spotify.stat!.value).to.equal(500_000_000);
  });
});
