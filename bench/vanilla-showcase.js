// The benchmark's "vanilla" contender: a hand-written custom element, no library, that builds the same DOM as
// <python-showcase> (shadow roots, adopted style sheets, the same markup and text) from the same content. It is
// the floor for any script embed. The benchmark prepends CONTENT, ICONS and STYLES taken from the built package,
// and the package's formatFigure (English figures without Intl, whose first use costs a page tens of ms).
/* global CONTENT, ICONS, STYLES, formatFigure */
const sheet = (text) => {
  const s = new CSSStyleSheet();
  s.replaceSync(text);
  return s;
};
const sheets = {
  shared: sheet(STYLES.shared),
  card: sheet(STYLES.card),
  promo: sheet(STYLES.promo),
  showcase: sheet(STYLES.showcase),
};
const SVG = 'http://www.w3.org/2000/svg';

function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) element.setAttribute(name, value);
  element.append(...children.flat().filter((child) => child != null && child !== false));
  return element;
}

class VanillaCard extends HTMLElement {
  set data(app) {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheets.shared, sheets.card];
    const figure = app.stat && formatFigure(app.stat, 'en');
    const path = ICONS[app.icon];
    const mark = h('span', { class: `mark ${path ? '' : 'monogram'}`, part: 'icon', 'aria-hidden': 'true' });
    if (path) {
      const svg = document.createElementNS(SVG, 'svg');
      svg.setAttribute('viewBox', '0 0 24 24');
      const p = document.createElementNS(SVG, 'path');
      p.setAttribute('d', path);
      svg.append(p);
      mark.append(svg);
    } else mark.append(app.name[0].toUpperCase());
    const article = h(
      'article',
      { class: 'card theme auto', part: 'card', 'aria-labelledby': 'name' },
      h(
        'div',
        { class: 'layout' },
        h(
          'div',
          { class: 'lead' },
          h(
            'div',
            { class: 'top' },
            mark,
            h('div', { class: 'name', id: 'name', role: 'heading', 'aria-level': '3', part: 'title' }, app.name),
          ),
          app.stat &&
            h(
              'p',
              { class: 'figure', part: 'figure' },
              h('span', { class: 'value', 'aria-hidden': 'true' }, figure.short),
              h('span', { class: 'sr-only' }, figure.long),
              h(
                'span',
                { class: 'label' },
                [app.stat.label, app.stat.asOf && `(${app.stat.asOf})`].filter(Boolean).join(' '),
              ),
            ),
        ),
        h(
          'div',
          { class: 'body' },
          h('p', { class: 'summary', part: 'summary' }, app.summary),
          app.uses?.length &&
            h(
              'ul',
              { class: 'uses', part: 'uses' },
              app.uses.map((use) => h('li', null, use)),
            ),
          app.url &&
            h(
              'a',
              { class: 'link', part: 'link', href: app.url, target: '_blank', rel: 'noopener' },
              `Visit ${app.name}`,
              h('span', { class: 'sr-only' }, ' (opens in a new tab)'),
              h('span', { 'aria-hidden': 'true' }, ' →'),
            ),
        ),
      ),
    );
    article.querySelector('.mark').style.setProperty('--_brand', app.color ?? '#3776AB');
    root.replaceChildren(article);
  }
}

class VanillaPromo extends HTMLElement {
  set data(promo) {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheets.shared, sheets.promo];
    const link = (l, part) =>
      l &&
      h(
        'a',
        { class: part, part, href: l.href, target: '_blank', rel: 'noopener' },
        l.label,
        h('span', { class: 'sr-only' }, ' (opens in a new tab)'),
      );
    root.replaceChildren(
      h(
        'section',
        { class: 'promo theme auto', part: 'banner', 'aria-labelledby': 'title' },
        h(
          'div',
          { class: 'layout' },
          h(
            'div',
            { class: 'text' },
            h('p', { class: 'eyebrow', part: 'eyebrow' }, promo.eyebrow),
            h('div', { class: 'title', id: 'title', role: 'heading', 'aria-level': '3', part: 'title' }, promo.title),
            h('p', { class: 'body', part: 'body' }, promo.body),
          ),
          h('div', { class: 'actions' }, link(promo.cta, 'cta'), link(promo.secondary, 'secondary')),
        ),
      ),
    );
  }
}

class VanillaShowcase extends HTMLElement {
  connectedCallback() {
    if (!this.shadowRoot) this.render(CONTENT);
  }
  set content(content) {
    this.render({ ...CONTENT, ...content });
  }
  render(content) {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheets.shared, sheets.showcase];
    const promo = document.createElement('vanilla-promo');
    promo.className = 'promo-bottom';
    promo.data = content.promo;
    root.replaceChildren(
      h(
        'section',
        { class: 'root theme auto grid', part: 'base', 'aria-labelledby': 'heading' },
        h(
          'div',
          { class: 'header' },
          h(
            'div',
            { class: 'heading', id: 'heading', role: 'heading', 'aria-level': '2', tabindex: '-1', part: 'heading' },
            content.heading,
          ),
          h('p', { class: 'intro', part: 'intro' }, content.intro),
        ),
        h(
          'ul',
          { class: 'apps', part: 'apps', role: 'list' },
          content.apps.map((app) => {
            const card = document.createElement('vanilla-card');
            card.data = app;
            return h('li', null, card);
          }),
        ),
        promo,
      ),
    );
  }
}

// Started in a task of its own, as the drop-in script starts the widget, so that the two differ in their work
// and not in when it runs.
setTimeout(() => {
  customElements.define('vanilla-card', VanillaCard);
  customElements.define('vanilla-promo', VanillaPromo);
  customElements.define('vanilla-showcase', VanillaShowcase);
});
