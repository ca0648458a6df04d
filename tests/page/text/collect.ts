import { BLOCK_SEPARATOR, TextCollector, VisibilityCache, type TextChunk } from '../../../lib/page/text';

export interface CollectTestOptions {
  scanCode?: boolean;
  chunkSize?: number;
  onShadowRoot?: (root: ShadowRoot) => void;
}

export function collectChunks(roots: Node[], options: CollectTestOptions = {}): TextChunk[] {
  const collector = new TextCollector(roots, {
    scanCode: options.scanCode ?? false,
    chunkSize: options.chunkSize ?? 10_000,
    visibility: new VisibilityCache(),
    onShadowRoot: options.onShadowRoot,
  });
  const chunks: TextChunk[] = [];
  for (let chunk = collector.next(); chunk; chunk = collector.next()) chunks.push(chunk);
  return chunks;
}

/** The collected text with block separators shown as " | ", for readable expectations. */
export function readable(roots: Node[], options?: CollectTestOptions): string {
  return collectChunks(roots, options)
    .map((c) => c.text)
    .join('')
    .split(BLOCK_SEPARATOR)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' | ');
}
