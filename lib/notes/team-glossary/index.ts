/** The team glossary: entries a team adds, as Yjs data in its space, checked with the bundled glossary's rules. */
export type { TeamEntry, TeamEntryFields, TeamFact, TeamRelation, TeamSource } from './team-entry-types';
export { MAX_ENTRY_CHARS, MAX_TEAM_ENTRIES } from './team-entry-types';
export { checkTeamEntry, checkTeamEntryFields, formatTeamEntryProblem, isWebAddress, type TeamEntryProblem } from './check-team-entry';
export { readTeamGlossary, type ReadTeamGlossaryResult } from './read-team-glossary';
export { removeTeamEntry, saveTeamEntry, type SaveContext, type SaveResult } from './glossary-edits';
export { formatClash, teamClashes, type BundledOwner, type TeamClash } from './form-clashes';
export { entriesMap } from './glossary-layout';
export type { TeamGlossary } from './team-glossary';
export { teamCardPart, teamEntityDetails, teamEntityEntry, withTeamExtensions, type EntityLabel } from './team-card-details';
export { isTeamEntity, teamEntity } from './team-entity';
export { readStoredTeamGlossary } from './stored-team-glossary';
