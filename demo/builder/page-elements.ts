// The elements of demo/builder.html the builder works with, each found once and typed; a missing one is the
// page's mistake, said at once rather than as a null somewhere later.

function find<T extends Element>(doc: Document, selector: string, type: abstract new () => T): T {
  const element = doc.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`builder.html: no ${type.name} at ${selector}`);
  return element;
}

export function pageElements(doc: Document) {
  const element = (selector: string) => find(doc, selector, HTMLElement);
  const button = (selector: string) => find(doc, selector, HTMLButtonElement);
  return {
    form: find(doc, '#options', HTMLFormElement),
    appList: find(doc, '#apps', HTMLOListElement),
    optionFields: element('#option-fields'),
    addApp: button('#add-app'),
    importInput: find(doc, '#import-content', HTMLInputElement),
    importStatus: element('#import-status'),
    contentProblems: element('#content-problems'),
    preview: element('#preview'),
    previewFrame: element('#preview-frame'),
    previewControls: element('#preview-controls'),
    reservation: element('#reservation'),
    reservationNote: element('#reservation-note'),
    tabList: element('#form-tabs'),
    formPanel: element('#form-panel'),
    formHelp: element('#form-help'),
    guideLinks: element('#guide-links'),
    contentWarning: element('#content-warning'),
    snippet: element('#snippet'),
    copy: button('#copy'),
    copyStatus: element('#copy-status'),
    companionBox: element('#companion-box'),
    companionHelp: element('#companion-help'),
    companion: element('#companion'),
    copyCompanion: button('#copy-companion'),
    copyCompanionStatus: element('#copy-companion-status'),
    contentBox: element('#content-box'),
    contentJson: element('#content-json'),
    download: button('#download-content'),
    copyLink: button('#copy-link'),
    copyLinkStatus: element('#copy-link-status'),
    shareStatus: element('#share-status'),
    sharedNotice: element('#shared-notice'),
    sharedNoticeTitle: element('#shared-notice-title'),
    sharedNoticeIntro: element('#shared-notice-intro'),
    sharedLinks: element('#shared-links'),
    sharedNotes: element('#shared-notes'),
  };
}

export type PageElements = ReturnType<typeof pageElements>;
