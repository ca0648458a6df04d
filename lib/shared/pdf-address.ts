/**
 * Addresses of the PDF viewer (`pdf-viewer.html?file=<address of the PDF>`) and of the PDFs it
 * may open. The background builds them (menus, the open-every-PDF option) and the viewer reads
 * them; the `file` parameter comes from whoever wrote the address, so it is checked where read.
 */

/** The viewer page, relative to the extension's root. */
export const PDF_VIEWER_PATH = '/pdf-viewer.html';

const OPENABLE = new Set(['http:', 'https:', 'file:']);

/** The viewer's address for a PDF, given the viewer page's full URL. */
export function pdfViewerAddress(viewerUrl: string, pdfUrl: string): string {
  return `${viewerUrl}?file=${encodeURIComponent(pdfUrl)}`;
}

export type PdfParameter = { ok: true; url: string } | { ok: false; problem: string };

/** The PDF a viewer address names: an absolute http, https or file address, fragment dropped. */
export function readPdfParameter(search: string): PdfParameter {
  const raw = new URLSearchParams(search).get('file');
  if (raw === null || raw === '') return { ok: false, problem: 'No PDF given: the address needs ?file= followed by the address of a PDF.' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: `“${raw.slice(0, 200)}” is not a full address (expected one starting with https://, http:// or file://).` };
  }
  if (!OPENABLE.has(url.protocol)) {
    return { ok: false, problem: `Only https, http and file addresses can be opened, not ${url.protocol.slice(0, 20)}.` };
  }
  url.hash = '';
  return { ok: true, url: url.href };
}

/**
 * Whether an address looks like a PDF by its path alone (ends in .pdf, whatever the query):
 * all the open-every-PDF option and the link menu can tell before anything is fetched.
 */
export function looksLikePdfAddress(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  return OPENABLE.has(url.protocol) && /\.pdf$/i.test(url.pathname);
}

/** Link patterns for context menus (`targetUrlPatterns`, `documentUrlPatterns`): paths ending in .pdf. */
export const PDF_URL_PATTERNS: readonly string[] = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*', 'file:///*.pdf', 'file:///*.PDF'];
