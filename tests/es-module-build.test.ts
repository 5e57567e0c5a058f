import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { capturingWarnings } from './helpers/console.js';

/**
 * The ES module build as an application imports it, on a page where another version of the widget already
 * registered one of the tags (a CMS plugin's copy, say). This file imports the package itself, after that.
 */
describe('the ES module build', () => {
  it('defines none of its tags, with one warning naming both versions, when another version holds some', async () => {
    class OtherVersionCard extends HTMLElement {
      static version = '0.9.0';
    }
    class OtherVersionPromo extends HTMLElement {
      static version = '0.9.0';
    }
    customElements.define('python-app-card', OtherVersionCard);
    customElements.define('python-course-promo', OtherVersionPromo);
    const { result: module, warnings } = await capturingWarnings(() => import('../src/index.js'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(module.VERSION).and.include('0.9.0');
    expect(customElements.get('python-app-card')).to.equal(OtherVersionCard);
    expect(customElements.get('python-course-promo')).to.equal(OtherVersionPromo);
    expect(customElements.get('python-showcase'), 'no widget made of two versions').to.equal(undefined);
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
