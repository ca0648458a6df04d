/**
 * Opening a PDF with pdf.js as the extension allows: its worker, fonts, character maps and
 * decoders come from the extension's own files (no remote code), and nothing of the document
 * is evaluated: `isEvalSupported: false` keeps pdf.js from compiling fonts into functions, and
 * the viewer loads neither pdf.js's scripting sandbox nor its annotation forms, so a PDF's
 * JavaScript never runs.
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';

/** Where the extension ships pdf.js's files: full extension URLs, directories ending in "/". */
export interface PdfAssets {
  worker: string;
  standardFonts: string;
  cMaps: string;
  wasm: string;
  iccs: string;
}

export async function openPdf(source: string | Uint8Array, assets: PdfAssets): Promise<PDFDocumentProxy> {
  GlobalWorkerOptions.workerSrc = assets.worker;
  return getDocument({
    ...(typeof source === 'string' ? { url: source } : { data: source }),
    isEvalSupported: false,
    enableXfa: false,
    standardFontDataUrl: assets.standardFonts,
    cMapUrl: assets.cMaps,
    cMapPacked: true,
    wasmUrl: assets.wasm,
    iccUrl: assets.iccs,
  }).promise;
}
