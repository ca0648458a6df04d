/**
 * A tiny PDF writer for tests and benchmarks: pages of lines of text in Helvetica (ASCII only),
 * so fixtures are made from text in the tests rather than shipped as binary files. A page with
 * no lines is drawn as a grey box, as a scanned page looks to a reader of its text: nothing.
 *
 * Each line may be given as runs (`['Budap', 'est Convention']`): the runs follow each other
 * with no gap, in Helvetica and Helvetica-Bold in turn (as a PDF switches styles inside a word),
 * so that pdf.js gives each run as a text item of its own (it merges runs of one font) and tests
 * can check that the viewer joins them.
 */

export type PdfLine = string | string[];

export interface PdfPage {
  lines: PdfLine[];
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const FONT_SIZE = 11;
const LEADING = 14;
const LEFT = 72;
const TOP = 720;

function escapeText(text: string): string {
  if (/[^\x20-\x7e]/.test(text)) throw new Error(`text-pdf: only printable ASCII, found ${JSON.stringify(text)}`);
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

function pageContent(page: PdfPage): string {
  if (page.lines.length === 0) return '0.8 g 72 72 468 648 re f\n';
  const ops = ['BT', `/F1 ${FONT_SIZE} Tf`];
  page.lines.forEach((line, i) => {
    const runs = typeof line === 'string' ? [line] : line;
    ops.push(`1 0 0 1 ${LEFT} ${TOP - i * LEADING} Tm`);
    runs.forEach((run, r) => ops.push(`/F${(r % 2) + 1} ${FONT_SIZE} Tf (${escapeText(run)}) Tj`));
  });
  ops.push('ET');
  return `${ops.join('\n')}\n`;
}

/** The bytes of a PDF with these pages, as a latin1 string (every character below 0x80). */
export function textPdf(pages: readonly PdfPage[]): string {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  // 1 catalog, 2 page tree, 3 and 4 fonts, then per page: the page and its content stream.
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const kids = pages.map((_, i) => `${5 + 2 * i} 0 R`).join(' ');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  pages.forEach((page, i) => {
    const content = pageContent(page);
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${6 + 2 * i} 0 R >>`);
    add(`<< /Length ${content.length} >>\nstream\n${content}endstream`);
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}
