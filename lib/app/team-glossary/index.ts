export { TeamGlossaryView, type TeamGlossaryViewProps } from './TeamGlossaryView';
export { AddToTeamGlossary, type AddToTeamGlossaryProps } from './AddToTeamGlossary';
export { useTeamSnapshot } from './use-team-snapshot';
export { withTeamGlossary } from './team-snapshot';
