/**
 * Sending PDFs to the extension's viewer: the context-menu items (a link to a PDF, the page of
 * a PDF tab, the toolbar button's menu) and, when the reader turned on "open every PDF", tabs
 * navigating to an address that ends in .pdf. An address that does not say it is a PDF
 * (`/download?id=3` served as application/pdf) is not caught by the option: the tab's menu
 * items open it instead.
 */
import { looksLikePdfAddress, pdfViewerAddress, PDF_URL_PATTERNS } from '../shared/pdf-address';

export const PDF_LINK_MENU_ID = 'attache-open-pdf-link';
export const PDF_PAGE_MENU_ID = 'attache-open-pdf-page';
export const PDF_ACTION_MENU_ID = 'attache-open-pdf-tab';

type MenuContext = 'link' | 'page' | 'action';

export interface MenuItem {
  id: string;
  title: string;
  contexts: [MenuContext, ...MenuContext[]];
  targetUrlPatterns?: string[];
  documentUrlPatterns?: string[];
}

export const PDF_MENU_ITEMS: readonly MenuItem[] = [
  { id: PDF_LINK_MENU_ID, title: 'Open PDF in Attaché', contexts: ['link'], targetUrlPatterns: [...PDF_URL_PATTERNS] },
  { id: PDF_PAGE_MENU_ID, title: 'Open in Attaché', contexts: ['page'], documentUrlPatterns: [...PDF_URL_PATTERNS] },
  // The toolbar button's menu works on any tab, so a PDF whose address does not end in .pdf can
  // be opened too; the viewer says so if the tab holds no PDF.
  { id: PDF_ACTION_MENU_ID, title: 'Open this tab’s PDF in Attaché', contexts: ['action'] },
];

export interface PdfMenuClick {
  menuItemId: string | number;
  linkUrl?: string;
  pageUrl?: string;
}

/** Where a click on one of the PDF menu items should go; undefined for other items or no address. */
export function pdfMenuTarget(viewerUrl: string, click: PdfMenuClick, tabUrl: string | undefined): { url: string; newTab: boolean } | undefined {
  const address =
    click.menuItemId === PDF_LINK_MENU_ID
      ? click.linkUrl
      : click.menuItemId === PDF_PAGE_MENU_ID || click.menuItemId === PDF_ACTION_MENU_ID
        ? (click.pageUrl ?? tabUrl)
        : undefined;
  if (!address || !/^(https?|file):/i.test(address)) return undefined;
  return { url: pdfViewerAddress(viewerUrl, address), newTab: click.menuItemId === PDF_LINK_MENU_ID };
}

/** The viewer address a navigating tab is sent to when "open every PDF" is on; undefined to leave it. */
export function pdfRedirect(viewerUrl: string, openPdfs: boolean, navigatedTo: string | undefined): string | undefined {
  if (!openPdfs || !navigatedTo || !looksLikePdfAddress(navigatedTo)) return undefined;
  return pdfViewerAddress(viewerUrl, navigatedTo);
}
