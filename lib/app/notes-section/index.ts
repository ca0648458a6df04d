/** The side panel's team notes on an entity or a page. */
export { NotesSection, type NotesSectionProps } from './NotesSection';
export type { NotesSubject } from '../notes/notes-subject';
