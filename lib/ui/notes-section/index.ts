export { NotesSection, type NotesSectionProps, type NotesSubject } from './NotesSection';
