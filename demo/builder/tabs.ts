// The host forms' tabs: one per form, arrow keys, Home and End move between them (WAI-ARIA Authoring Practices,
// tabs with automatic activation). The selected form is the state's; the panel shows what it writes.
import type { BuilderState } from './builder-state.js';
import { HOST_FORMS, HOST_FORM_KEYS, isHostFormKey } from './host-forms.js';
import type { PageElements } from './page-elements.js';

export interface Tabs {
  /** Selects the tab of `key` (the HTML tab for anything else) without telling anyone: for a restored link. */
  select(key: string): void;
}

/** Lists the tabs; `onChoose` follows a reader's choice. */
export function createTabs(page: PageElements, state: BuilderState, onChoose: () => void): Tabs {
  const tabs = HOST_FORM_KEYS.map((key) => {
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      id: `tab-${key}`,
      textContent: HOST_FORMS[key].tab,
    });
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-controls', page.formPanel.id);
    button.dataset.form = key;
    return button;
  });

  function select(key: string) {
    state.form = isHostFormKey(key) ? key : 'tag';
    for (const tab of tabs) {
      const selected = tab.dataset.form === state.form;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
    page.formPanel.setAttribute('aria-labelledby', `tab-${state.form}`);
  }

  const choose = (key: string) => {
    select(key);
    onChoose();
  };
  for (const tab of tabs) tab.addEventListener('click', () => choose(tab.dataset.form ?? ''));
  page.tabList.append(...tabs);
  page.tabList.addEventListener('keydown', (event) => {
    const index = tabs.findIndex((tab) => tab === document.activeElement);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (index < 0 || next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    tab.focus();
    choose(tab.dataset.form ?? '');
  });
  select(state.form);
  return { select };
}
