import { describe, expect, it } from 'vitest';
import { PDF_ACTION_MENU_ID, PDF_LINK_MENU_ID, PDF_PAGE_MENU_ID, pdfMenuTarget, pdfRedirect } from '../../lib/background/pdf-opening';
import { looksLikePdfAddress, readPdfParameter } from '../../lib/shared/pdf-address';

const VIEWER = 'chrome-extension://abc/pdf-viewer.html';
const viewer = (pdf: string) => `${VIEWER}?file=${encodeURIComponent(pdf)}`;

describe('opening PDFs in the viewer', () => {
  it('opens a PDF link in a new tab, and a PDF tab in place', () => {
    expect(pdfMenuTarget(VIEWER, { menuItemId: PDF_LINK_MENU_ID, linkUrl: 'https://un.org/a/68/98.pdf' }, 'https://un.org/')).toEqual({
      url: viewer('https://un.org/a/68/98.pdf'),
      newTab: true,
    });
    expect(pdfMenuTarget(VIEWER, { menuItemId: PDF_PAGE_MENU_ID, pageUrl: 'file:///home/r/report.pdf' }, undefined)).toEqual({
      url: viewer('file:///home/r/report.pdf'),
      newTab: false,
    });
    expect(pdfMenuTarget(VIEWER, { menuItemId: PDF_ACTION_MENU_ID }, 'https://example.org/download?id=3')).toEqual({
      url: viewer('https://example.org/download?id=3'),
      newTab: false,
    });
  });

  it('leaves other menu items and addresses that are no documents alone', () => {
    expect(pdfMenuTarget(VIEWER, { menuItemId: 'attache-look-up', linkUrl: 'https://un.org/x.pdf' }, undefined)).toBeUndefined();
    expect(pdfMenuTarget(VIEWER, { menuItemId: PDF_ACTION_MENU_ID }, 'chrome://extensions/')).toBeUndefined();
  });

  it('sends a tab to the viewer only with the option on and an address ending in .pdf', () => {
    expect(pdfRedirect(VIEWER, true, 'https://un.org/docs/A_68_98.PDF?lang=en')).toBe(viewer('https://un.org/docs/A_68_98.PDF?lang=en'));
    expect(pdfRedirect(VIEWER, false, 'https://un.org/docs/a.pdf')).toBeUndefined();
    expect(pdfRedirect(VIEWER, true, 'https://un.org/docs/a.html')).toBeUndefined();
    expect(pdfRedirect(VIEWER, true, 'https://un.org/pdf')).toBeUndefined();
    // The viewer's own address names a PDF only in its query: never redirected again.
    expect(pdfRedirect(VIEWER, true, viewer('https://un.org/a.pdf'))).toBeUndefined();
    expect(looksLikePdfAddress('ftp://un.org/a.pdf')).toBe(false);
  });

  it("reads the viewer's file parameter, refusing what it cannot open", () => {
    expect(readPdfParameter(`?file=${encodeURIComponent('https://un.org/a.pdf#page=3')}`)).toEqual({ ok: true, url: 'https://un.org/a.pdf' });
    expect(readPdfParameter('')).toMatchObject({ ok: false, problem: expect.stringContaining('?file=') });
    expect(readPdfParameter('?file=report.pdf')).toMatchObject({ ok: false, problem: expect.stringContaining('not a full address') });
    expect(readPdfParameter(`?file=${encodeURIComponent('javascript:alert(1)')}`)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('javascript:'),
    });
  });
});
