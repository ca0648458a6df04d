/** The PDF viewer page: pdf.js with the recogniser over its text layer. */
export { PdfViewer, type OpenCard, type ViewerChrome, type ViewerMilestones, type ViewerServices } from './pdf-viewer';
export { ViewerCard } from './ViewerCard';
export { viewerHighlightStyles } from './highlights';
export type { PdfAssets } from './open-pdf';
export type { WorkerLike } from './recognizer-client';
