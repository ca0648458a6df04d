/** Team glossary entries recognised on pages: followed in the background, compiled with the bundled corpus. */
export { followTeamGlossary, type TeamGlossaryFollower } from './follow-team-glossary';
export { createTeamRecognizerSource, type TeamRecognizerDeps, type TeamTermsNow } from './team-recognizer-source';
export { withTeamEntries, type RecognizedEntity } from './team-terms';
