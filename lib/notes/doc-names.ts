/**
 * How a space's documents are named. The sync server grants access per space and maps every
 * document to the space before its first "/", so these names are a contract with it: the index
 * is named exactly after the space, each note body is `SPACE/note/<id>`, and the team glossary
 * is `SPACE/glossary`.
 */

const NOTE_SEGMENT = '/note/';

export function indexDocName(space: string): string {
  return space;
}

export function noteDocName(space: string, noteId: string): string {
  return `${space}${NOTE_SEGMENT}${noteId}`;
}

export function glossaryDocName(space: string): string {
  return `${space}/glossary`;
}

/**
 * The IndexedDB database that keeps a document on this device. The prefix keeps notes apart
 * from the corpus database, which a corpus update may clear.
 */
export function localDatabaseName(docName: string): string {
  return `attache-notes:${docName}`;
}
