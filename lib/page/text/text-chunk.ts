/**
 * A stretch of page text as the recogniser reads it, and the way back from its offsets to
 * the DOM. Block boundaries appear in `text` as BLOCK_SEPARATOR, which belongs to no node.
 */

/**
 * U+2029 PARAGRAPH SEPARATOR: a line break to the recogniser (its headline rule works per
 * line), and a character no text node of an HTML page realistically holds, so a match that
 * contains it is known to run across two blocks.
 */
export const BLOCK_SEPARATOR = '\u2029';

export interface TextChunk {
  text: string;
  /** The text nodes read, in document order. */
  nodes: Text[];
  /** `starts[i]` is the offset in `text` where the data of `nodes[i]` begins. */
  starts: number[];
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** Index of the node whose data holds `offset` (the last node starting at or before it). */
function nodeAt(chunk: TextChunk, offset: number): number {
  let lo = 0;
  let hi = chunk.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunk.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The DOM boundary points of chunk text [start, end), or undefined if the stretch does not
 * lie in text nodes (it begins or ends on a separator).
 */
export function domRangeOf(chunk: TextChunk, start: number, end: number): { start: DomPoint; end: DomPoint } | undefined {
  if (chunk.nodes.length === 0 || end <= start) return undefined;
  const a = nodeAt(chunk, start);
  // The end is located by its last character, so a range ending exactly where a node ends
  // stays in that node instead of pointing at offset 0 of the next.
  const b = nodeAt(chunk, end - 1);
  const startOffset = start - chunk.starts[a]!;
  const endOffset = end - chunk.starts[b]!;
  if (startOffset >= chunk.nodes[a]!.data.length || endOffset > chunk.nodes[b]!.data.length) return undefined;
  return { start: { node: chunk.nodes[a]!, offset: startOffset }, end: { node: chunk.nodes[b]!, offset: endOffset } };
}

/** The nodes a stretch [start, end) of the chunk touches, first to last. */
export function nodesOf(chunk: TextChunk, start: number, end: number): Text[] {
  return chunk.nodes.slice(nodeAt(chunk, start), nodeAt(chunk, end - 1) + 1);
}
