/**
 * What text lies under a pointer position. Highlights are painted, not elements, so they get no
 * events: the position is turned into a text position and checked against a range's boxes.
 */

/** The text position nearest to the point (even over blank space), if any. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/** Whether one of the range's boxes covers the point. */
export function coversPoint(range: Range, x: number, y: number): boolean {
  return [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}
