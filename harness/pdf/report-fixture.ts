/**
 * The multi-page report the PDF viewer's end-to-end test opens: known terms on known pages,
 * a word split across two text runs, a term hyphenated at a line end, and a page with no text.
 */
import { textPdf, type PdfPage } from './text-pdf';

export const REPORT_PAGES: PdfPage[] = [
  { lines: ['Report of the regional meeting', '', 'APCERT ran a drill with the national teams of the region.'] },
  {
    lines: [
      ['Parties to the Budap', 'est Convention met in the spring.'],
      'Delegates discussed confidence-',
      'building measures at length.',
    ],
  },
  { lines: [] },
  { lines: ['CICIR hosted the closing dialogue.', 'APCERT thanked the hosts.'] },
];

export const REPORT_PDF = textPdf(REPORT_PAGES);

/** What the viewer should paint, per page, as `type: text` (a range's text leaves out the layer's line breaks). */
export const REPORT_HIGHLIGHTS: Record<number, string[]> = {
  1: ['organization: APCERT'],
  2: ['concept: confidence-building measures', 'instrument: Budapest Convention'],
  4: ['organization: APCERT', 'organization: CICIR'],
};

/** The side panel's rows for the report: `entity-id:count:pages`. */
export const REPORT_PANEL_ROWS = ['apcert:2:pp. 1, 4', 'budapest-convention:1:p. 2', 'cicir:1:p. 4', 'confidence-building-measures:1:p. 2'];

/** Runs in the viewer: every painted range as `page → type: text`, sorted. */
export function readViewerHighlights(): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    const type = name.replace(/^attache-pdf-/, '');
    if (type === 'current' || type === 'flash') continue;
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const page = Number(r.startContainer.parentElement?.closest<HTMLElement>('.pv-page')?.dataset.page);
      (out[page] ??= []).push(`${type}: ${range.toString()}`);
    }
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}
