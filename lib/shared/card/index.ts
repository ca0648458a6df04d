/** The context card: one component, several hosts (in-page dialog, popup, side panel). */
export { EntityCard, type EntityCardProps } from './EntityCard';
export { CARD_CSS } from './card-styles';
export { entityTypeLabel } from './entity-type-label';
