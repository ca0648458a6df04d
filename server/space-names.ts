/**
 * A team space owns the document named exactly after it (its index) and every document whose
 * name starts with "<space>/". Access is granted per space, so every document name must map to
 * exactly one space.
 */

const SPACE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_DOCUMENT_NAME_LENGTH = 512;
// Control characters in a name would make logs and the database hard to read and are never
// produced by the extension.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

export function isValidSpaceName(name: string): boolean {
  return SPACE_NAME.test(name);
}

export function assertSpaceName(name: string): string {
  if (!isValidSpaceName(name)) {
    throw new Error(`space name "${name}": expected 1 to 64 letters, digits, "_" or "-"`);
  }
  return name;
}

/** The space a document belongs to, or null when the name is not a valid document name. */
export function spaceOfDocument(documentName: string): string | null {
  if (documentName.length > MAX_DOCUMENT_NAME_LENGTH || CONTROL_CHARACTER.test(documentName)) {
    return null;
  }
  const slash = documentName.indexOf('/');
  const space = slash === -1 ? documentName : documentName.slice(0, slash);
  if (!isValidSpaceName(space)) return null;
  if (slash !== -1 && slash === documentName.length - 1) return null;
  return space;
}
