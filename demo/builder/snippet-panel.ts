// The panel under the tabs: the chosen form's snippet with syntax colouring, what to do with it and the guides
// that say more, its companion code, and the content as a file where the form cannot carry it. Everything shown
// is text: nothing the options, the content or a shared link hold is ever parsed as HTML.
import type { HostForm, WrittenForm } from './host-forms.js';
import type { JsonObject } from './json.js';
import type { PageElements } from './page-elements.js';

/**
 * Shows `code` in `target` with syntax colouring: tags (a block's comment delimiters among them), attribute names
 * and values as spans of text.
 */
function showCode(target: HTMLElement, code: string) {
  const tokens =
    /(<\/?[a-z][\w.-]*|<!-- wp:[\w/-]+|\/?-->|\/?>|\[\/?python_showcase)|(\s:?[a-z][\w:.-]*)(?==)|("[^"\n]*"|'[^'\n]*')/gi;
  const parts: Node[] = [];
  let last = 0;
  for (const match of code.matchAll(tokens)) {
    if (match.index > last) parts.push(document.createTextNode(code.slice(last, match.index)));
    const span = document.createElement('span');
    span.className = match[1] ? 'token-tag' : match[2] ? 'token-attribute' : 'token-value';
    span.textContent = match[0];
    parts.push(span);
    last = match.index + match[0].length;
  }
  parts.push(document.createTextNode(code.slice(last)));
  target.replaceChildren(...parts);
}

/** Links the form's guides, relative to the page, so the published site works under any path. */
function showGuides(page: PageElements, guides: HostForm['guides']) {
  const links = guides.map(([label, file]) =>
    Object.assign(document.createElement('a'), {
      href: new URL(`../docs/guides/${file}.html`, document.baseURI).href,
      textContent: label,
    }),
  );
  const parts: Node[] = [document.createTextNode(links.length > 1 ? 'Guides: ' : 'Guide: ')];
  links.forEach((link, index) => parts.push(...(index ? [document.createTextNode(' · ')] : []), link));
  page.guideLinks.replaceChildren(...parts);
}

/** Shows what `form` wrote for the set-up; `src` is the content file's address, as typed. */
export function showHostForm(
  page: PageElements,
  form: HostForm,
  written: WrittenForm,
  { content, src }: { content: JsonObject | undefined; src: string },
): void {
  showCode(page.snippet, written.snippet);
  page.contentBox.hidden = !written.needsFile;
  page.contentJson.textContent = content ? JSON.stringify(content, null, 2) : '';
  page.download.hidden = !content;
  page.contentWarning.hidden = !(written.needsFile && !src);
  page.formHelp.textContent = form.help;
  showGuides(page, form.guides);
  page.companionBox.hidden = !written.companion;
  if (written.companion) {
    page.companionHelp.textContent = written.companion.help;
    showCode(page.companion, written.companion.code);
  }
  // A status says what happened to the snippet shown before; this one has not been copied.
  page.copyStatus.textContent = '';
  page.copyCompanionStatus.textContent = '';
}

/** Says what the widget would leave out of the content, once per change (a screen reader hears it each time). */
export function showProblems(page: PageElements, problems: string[]): void {
  const said = problems.join('\n');
  if (page.contentProblems.dataset.said === said) return;
  page.contentProblems.dataset.said = said;
  if (!problems.length) {
    page.contentProblems.replaceChildren();
    return;
  }
  const heading = Object.assign(document.createElement('p'), {
    textContent: `The widget will leave out ${problems.length === 1 ? 'one thing' : `${problems.length} things`}:`,
  });
  const list = document.createElement('ul');
  list.append(...problems.map((problem) => Object.assign(document.createElement('li'), { textContent: problem })));
  page.contentProblems.replaceChildren(heading, list);
}
