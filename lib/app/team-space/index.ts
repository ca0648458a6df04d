/** The options page's team space section: membership, sync status, export and import. */
export { TeamSpaceSection, type TeamSpaceSectionProps, type TeamSpaceServices } from './TeamSpaceSection';
export { describeSyncStatus } from './status-text';
export { checkJoinForm, type JoinFormValues } from './membership-form';
