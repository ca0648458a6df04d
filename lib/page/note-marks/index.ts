/** Team notes' passages found again and marked in the page (see note-marks-session.ts). */
export { createNoteMarksSession, type NoteMarksSession } from './note-marks-session';
export { anchorPassages, anchorPassagesNow, type AnchorResult, type AnchorStrategy, type NoteAnchor } from './anchor-passages';
