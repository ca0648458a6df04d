/**
 * Opening PDFs in the extension's viewer: clicks on the context-menu items for PDF links, PDF
 * tabs and the toolbar button (created with the look-up item, `PDF_MENU_ITEMS`), and the
 * "open every PDF" option (logic in lib/background/pdf-opening.ts).
 */
import type { PublicPath } from 'wxt/browser';
import { pdfMenuTarget, pdfRedirect } from '../../lib/background/pdf-opening';
import { PDF_VIEWER_PATH } from '../../lib/shared/pdf-address';
import { createSettingsStore } from '../../lib/shared/settings';

export function setUpPdfOpening(): void {
  const viewerUrl = browser.runtime.getURL(PDF_VIEWER_PATH as PublicPath);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const target = pdfMenuTarget(viewerUrl, info, tab?.url);
    if (!target) return;
    const opened =
      target.newTab || tab?.id === undefined
        ? browser.tabs.create({ url: target.url, ...(tab?.index === undefined ? {} : { index: tab.index + 1 }) })
        : browser.tabs.update(tab.id, { url: target.url });
    opened.catch((error: unknown) => console.error('Attaché: PDF viewer not opened:', error));
  });

  const settings = createSettingsStore(browser.storage.local);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url === undefined) return;
    settings
      .load()
      .then((current) => {
        const to = pdfRedirect(viewerUrl, current.openPdfs, change.url);
        if (to) return browser.tabs.update(tabId, { url: to });
      })
      .catch((error: unknown) => console.error('Attaché: PDF not sent to the viewer:', error));
  });
}
