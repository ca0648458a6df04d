export { TeamGlossaryView, type TeamGlossaryViewProps } from './TeamGlossaryView';
