import { MAX_CONTEXT_LENGTH, MAX_QUOTE_LENGTH, type PageSelection } from '../../shared/page-quote';

/** Characters of context kept on each side: enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 64;

/** The selection in `doc` as a page-note quote; null when nothing (or only white space) is selected. DOM-side. */
export function quoteSelection(doc: Document): PageSelection | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const selected = range.toString();
  const quoteStart = selected.length - selected.trimStart().length;
  const trimmed = selected.trim();
  if (trimmed === '') return null;

  const quote = trimmed.slice(0, MAX_QUOTE_LENGTH);
  // White space trimmed off the selection, and any part past the quote's limit, belong to the context.
  const squeeze = (text: string) => text.replace(/\s+/g, ' ');
  const before = squeeze(textBefore(doc, range, CONTEXT_LENGTH) + selected.slice(0, quoteStart));
  const after = squeeze(selected.slice(quoteStart + quote.length) + textAfter(doc, range, CONTEXT_LENGTH));
  const keep = Math.min(CONTEXT_LENGTH, MAX_CONTEXT_LENGTH);
  return { quote, prefix: before.slice(-keep), suffix: after.slice(0, keep) };
}

function textWalker(doc: Document, range: Range): TreeWalker {
  return doc.createTreeWalker(range.commonAncestorContainer.getRootNode() as Node, NodeFilter.SHOW_TEXT);
}

function textBefore(doc: Document, range: Range, limit: number): string {
  const { startContainer, startOffset } = range;
  const walker = textWalker(doc, range);
  let text = '';
  if (startContainer.nodeType === Node.TEXT_NODE) {
    text = (startContainer as Text).data.slice(0, startOffset);
    walker.currentNode = startContainer;
  } else if (startOffset > 0) {
    // The boundary follows a child: the text ends with that child's last text.
    const last = deepestLast(startContainer.childNodes[startOffset - 1]!);
    text = last.nodeType === Node.TEXT_NODE ? (last as Text).data : '';
    walker.currentNode = last;
  } else {
    walker.currentNode = startContainer;
  }
  for (let node = walker.previousNode(); node && text.length < limit; node = walker.previousNode()) {
    text = (node as Text).data + text;
  }
  return text.slice(-limit);
}

function textAfter(doc: Document, range: Range, limit: number): string {
  const { endContainer, endOffset } = range;
  let text = endContainer.nodeType === Node.TEXT_NODE ? (endContainer as Text).data.slice(endOffset) : '';
  const walker = textWalker(doc, range);
  if (endContainer.nodeType === Node.TEXT_NODE) {
    walker.currentNode = endContainer;
  } else {
    // The last node inside the boundary; the walk goes on from after it.
    const last = endOffset > 0 ? endContainer.childNodes[endOffset - 1] : null;
    walker.currentNode = last ? deepestLast(last) : endContainer;
  }
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
    text += (node as Text).data;
  }
  return text.slice(0, limit);
}

function deepestLast(node: Node): Node {
  let current = node;
  while (current.lastChild) current = current.lastChild;
  return current;
}
