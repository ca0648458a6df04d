import type * as Y from 'yjs';
import { noteBodyText } from './index-layout';

export function readBody(doc: Y.Doc): string {
  return noteBodyText(doc).toString();
}

/**
 * Empties a purged note's body. The server keeps every document it has seen; emptying it is
 * what removes the text from the server's copy and from every member's device.
 */
export function clearNoteBody(doc: Y.Doc, origin?: unknown): void {
  const text = noteBodyText(doc);
  if (text.length > 0) doc.transact(() => text.delete(0, text.length), origin);
}
