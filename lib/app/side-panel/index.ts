export { SidePanelApp, type SidePanelProps, type PanelView } from './SidePanelApp';
export { groupPageMentions, groupLabel, type PageGroup, type PageEntityRow } from './page-groups';
